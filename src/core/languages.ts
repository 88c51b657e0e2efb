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

/** Languages Kindly writes reminders in, and reads buyers' reasons and promises in. */
export const BUYER_LANGUAGES = ["en", "zh-CN", "es", "fr", "de", "pt", "ru", "ar"] as const;
export type BuyerLanguage = (typeof BUYER_LANGUAGES)[number];
