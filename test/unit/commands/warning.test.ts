import {
  heldMessage,
  MAX_ALERT_CHARS,
  roomAfter,
  toneWarning,
} from "../../../src/commands/warning";
import { checkTone, type ToneFinding } from "../../../src/core/tone";

const finding = (
  start: number,
  category: ToneFinding["category"],
  phrase: string
): ToneFinding => ({
  start,
  end: start + phrase.length,
  category,
  phrase,
  suggestion: "We would be glad to find a solution together.",
  lang: "en",
});

describe("the tone part of the Outlook alert", () => {
  it("names the threat first, however late in the draft it stands", () => {
    const draft =
      "Hi Omar!! The balance is OVERDUE. Please pay this week, otherwise we will hand the matter over to our lawyers.";
    const findings = checkTone(draft, "en");
    expect(findings.map((f) => f.category)).toEqual(["shouting", "shouting", "threat"]);
    const warning = toneWarning(findings, "en");
    expect(warning).toMatch(/^Some words may upset the buyer: “[^”]*lawyers” \(try: /);
    expect(warning).toMatch(/; and 1 more\.$/);
  });

  it("orders by how much each hurts, then by place", () => {
    const warning = toneWarning(
      [
        finding(0, "shouting", "!!"),
        finding(10, "rude_pressure", "pay immediately"),
        finding(40, "accusation", "you ignored"),
        finding(60, "threat", "legal action"),
      ],
      "en"
    );
    expect(warning).toMatch(
      /^Some words may upset the buyer: “legal action” .*; “you ignored” .*; and 2 more\.$/
    );
  });

  it("quotes long phrases short, so the count of the rest is never clipped off", () => {
    const long = (start: number) => finding(start, "threat", "x".repeat(300));
    const findings = [long(0), long(400), long(800)];
    const message = heldMessage(
      ["Too soon to chase: wait until Mon 23 Nov. " + "y".repeat(150)],
      "en"
    );
    for (const parts of [[], [message]]) {
      const all = heldMessage(
        [...parts, toneWarning(findings, "en", roomAfter(parts, "en"))],
        "en"
      );
      expect(Array.from(all).length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
      expect(all).toMatch(/ and [12] more\.$/);
    }
  });

  it("counts the rest in Chinese too", () => {
    const findings = [finding(0, "shouting", "!!"), finding(5, "threat", "追究法律责任")];
    expect(toneWarning(findings, "zh-CN")).toMatch(/^有些措辞可能让买家不快：“追究法律责任”/);
  });
});
