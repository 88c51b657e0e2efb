import { en } from "../../src/locales/en";
import { format, stringsFor, uiLanguageFor } from "../../src/locales";

describe("UI languages", () => {
  it.each([
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-Hant", "zh-TW"],
  ])("%s shows the pane in %s", (tag, lang) => {
    expect(uiLanguageFor(tag)).toBe(lang);
  });

  it("translates every string, and never leaves one equal to English where words are meant", () => {
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const table = stringsFor(lang);
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      const untranslated = Object.keys(en).filter(
        (k) => k !== "appName" && table[k as keyof typeof en] === en[k as keyof typeof en]
      );
      expect(untranslated).toEqual([]);
    }
  });

  it("fills slots and leaves unknown ones visible", () => {
    expect(format("{count} messages, {other}", { count: 3 })).toBe("3 messages, {other}");
  });
});
