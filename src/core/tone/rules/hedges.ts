import type { BuyerLanguage } from "../../text/language";

/*
 * Words that make a clause a condition or a guess. "If you have not paid yet, please let
 * me know" is courteous; "you have not paid" is not. Rules that blame the buyer use these
 * as their `notBefore`. Patterns in the notation of pattern.ts.
 */
export const CONDITION: Readonly<Record<BuyerLanguage, string>> = {
  en: "(?<!\\p{L})(if|in case|unless|whether|should|provided|perhaps|maybe|might|may|hope|sure)(?!\\p{L})",
  // 如 alone is "if" ("如已付款"), not in the words it begins: 如今 (now), 如期 and 如约 (as
  // agreed), 如此 (so), 如下 (as follows), 如何 (how), 如实 (truly), 如同 (like).
  zh: "(如果|如(?![今期约此下何实同])|若|假如|万一|要是|倘若|是否|可能|也许|或许|假设|是不是)",
  es: "(?<!\\p{L})(si|en caso de que|caso de que|por si|a menos que|salvo que|quizás|quizá|tal vez|puede que|ojalá)(?!\\p{L})",
  fr: "(?<!\\p{L})(si|s'il|s'ils|au cas où|à moins que|sauf si|peut-être|dans le cas où)(?!\\p{L})",
  de: "(?<!\\p{L})(falls|wenn|sofern|soweit|ob|sollten|sollte|vielleicht|eventuell|möglicherweise)(?!\\p{L})",
  pt: "(?<!\\p{L})(se|caso|a menos que|a não ser que|talvez|porventura)(?!\\p{L})",
  ru: "(?<!\\p{L})(если|в случае|ли|возможно|может быть|вдруг|разве)(?!\\p{L})",
  ar: "(?<!\\p{L})[وف]?(إذا|لو|ربما|في حال|في حالة|قد)(?!\\p{L})",
};
