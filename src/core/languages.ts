/** Languages whose mail-client formats (reply headers, auto-replies, dates) the thread reader knows. */
export const MAIL_LANGUAGES = [
  "en",
  "zh",
  "es",
  "fr",
  "de",
  "pt",
  "it",
  "ru",
  "ja",
  "ar",
  "nl",
  "pl",
  "tr",
] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];
