import { en, type Strings } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";
import type { UiLanguage } from "../core/policy/explain";

export { format } from "./format";
export type { Strings, UiLanguage };

const TABLES: Record<UiLanguage, Strings> = { en, "zh-CN": zhCN, "zh-TW": zhTW };

/** The roaming setting with the UI language the rep chose (absent: follow the client). */
export const UI_LANGUAGE_KEY = "kindly.uiLanguage";
export const UI_LANGUAGES: readonly UiLanguage[] = ["en", "zh-CN", "zh-TW"];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value);
}

/** The UI language: the one the rep chose in Kindly's settings (`chosen`), else the client's display language's. */
export function chosenUiLanguage(chosen: unknown, displayLanguage: string): UiLanguage {
  return isUiLanguage(chosen) ? chosen : uiLanguageFor(displayLanguage);
}

/** The UI language for a client's display language: Traditional Chinese for zh-TW/HK/MO and Hant, Simplified for other Chinese, else English. */
export function uiLanguageFor(tag: string): UiLanguage {
  const t = tag.toLowerCase();
  if (!t.startsWith("zh")) return "en";
  return /hant|-tw|-hk|-mo/.test(t) ? "zh-TW" : "zh-CN";
}

export function stringsFor(lang: UiLanguage): Strings {
  return TABLES[lang];
}
