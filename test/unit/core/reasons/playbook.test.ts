import { playbook } from "../../../../src/core/reasons";
import { DELAY_REASONS } from "../../../../src/core/policy";
import type { UiLanguage } from "../../../../src/core/policy/explain";

const LANGS: UiLanguage[] = ["en", "zh-CN", "zh-TW"];

describe("playbook", () => {
  it.each(LANGS)("has a label and advice for every reason in %s", (lang) => {
    const labels = new Set<string>();
    for (const reason of DELAY_REASONS) {
      const book = playbook(reason, lang);
      expect(book.label.trim()).not.toBe("");
      expect(book.advice.length).toBeGreaterThan(0);
      for (const line of book.advice) expect(line.trim()).not.toBe("");
      labels.add(book.label);
    }
    // Each reason is told apart in the pane's picker.
    expect(labels.size).toBe(DELAY_REASONS.length);
  });

  it("asks the rep to check their own side once the buyer has explained", () => {
    for (const lang of LANGS) {
      for (const reason of DELAY_REASONS.filter((r) => r !== "unknown")) {
        expect(playbook(reason, lang).checkOwnSide).toHaveLength(3);
      }
      expect(playbook("unknown", lang).checkOwnSide).toEqual([]);
    }
  });

  it("says what PRODUCT.md §4 says", () => {
    expect(playbook("middleman", "en").label).toBe("Waiting for his own customer");
    expect(playbook("competitor", "en").advice.join(" ")).toMatch(/manager/);
    expect(playbook("competitor", "en").advice.join(" ")).toMatch(/phone/);
    expect(playbook("away", "en").advice.join(" ")).toMatch(/return date/);
    expect(playbook("cash_flow", "zh-CN").advice.join("")).toMatch(/理解/);
    expect(playbook("exchange_rate", "zh-TW").label).toMatch(/匯率/);
    expect(playbook("middleman", "en").checkOwnSide.join(" ")).toMatch(/PI.*bank.*documents/s);
  });

  it("writes Traditional Chinese for zh-TW, not Simplified", () => {
    for (const reason of DELAY_REASONS) {
      const book = playbook(reason, "zh-TW");
      const all = [book.label, ...book.advice, ...book.checkOwnSide].join("");
      expect(all).not.toMatch(/[们这么说时发后问题户账单据贸产边]/);
    }
  });

  it("hands out copies: the pane cannot change the book", () => {
    playbook("away", "en").advice.push("changed");
    expect(playbook("away", "en").advice).not.toContain("changed");
  });
});
