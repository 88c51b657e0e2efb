import { checkTone } from "../../../../src/core/tone";
import type { BuyerLanguage } from "../../../../src/core/text/language";

/*
 * Words of the trade that share letters with a threat: a power of attorney for customs,
 * the risk that passes under FOB, a smoke alarm (报警器), a letter of credit (信用证), a
 * payment received (收账), spare parts (قطع الغيار). The threats those letters also write
 * are still found.
 */

const TRADE: ReadonlyArray<[BuyerLanguage, string]> = [
  ["en", "Please send the power of attorney for customs clearance."],
  ["en", "Under FOB terms the goods travel at your risk once loaded."],
  ["en", "The goods are shipped at your own risk under EXW."],
  ["zh", "烟雾报警器的订单已经生产完毕。"],
  ["zh", "信用证的问题影响了信用证的交单时间。"],
  ["zh", "收账后会立即安排生产。"],
  ["ar", "شحنة قطع الغيار جزء مهم من تعاوننا."],
];

const THREATS: ReadonlyArray<[BuyerLanguage, string]> = [
  ["en", "Our attorney will contact you."],
  ["en", "Any further delay is entirely at your own risk."],
  ["zh", "我们会马上报警。"],
  ["zh", "这会影响您的信用。"],
  ["zh", "我们会把此事交给收账公司。"],
  ["ar", "سنقطع علاقتنا بكم."],
  ["ar", "قطع العلاقة معكم أمر وارد."],
];

describe("trade words", () => {
  it.each(TRADE)("are no threat in %s: %s", (lang, sentence) => {
    expect(checkTone(sentence, lang)).toEqual([]);
  });

  it.each(THREATS)("leave the threat in %s: %s", (lang, sentence) => {
    expect(checkTone(sentence, lang).map((f) => f.category)).toContain("threat");
  });
});
