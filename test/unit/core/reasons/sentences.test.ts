import { sentences } from "../../../../src/core/reasons/sentences";

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it("does not end at the full stop of a day written before its month", () => {
    expect(split("Wir können die Zahlung am 15. Dezember nicht leisten. Danke.")).toEqual([
      "Wir können die Zahlung am 15. Dezember nicht leisten.",
      "Danke.",
    ]);
    expect(split("Wir zahlen bis 3. März. Danke.")).toEqual(["Wir zahlen bis 3. März.", "Danke."]);
  });

  it("ends after a trade term's last capital and after a company's Ltd. before a capital", () => {
    expect(split("We can't pay via L/C. We will pay by T/T.")).toEqual([
      "We can't pay via L/C.",
      "We will pay by T/T.",
    ]);
    expect(split("Please send it to Shenzhen ABC Co., Ltd. We will pay on Friday.")).toEqual([
      "Please send it to Shenzhen ABC Co., Ltd.",
      "We will pay on Friday.",
    ]);
    // An initial, and an abbreviation that goes on in lower case, do not end one.
    expect(split("Mr. J. Wang of ABC Ltd. and his bank will pay.")).toEqual([
      "Mr. J. Wang of ABC Ltd. and his bank will pay.",
    ]);
  });

  it("still ends at a number's full stop before any other word", () => {
    expect(split("We ordered 15. Payment follows.")).toEqual([
      "We ordered 15.",
      "Payment follows.",
    ]);
    expect(split("Wir bestellen 120. Mai ist zu spät.")).toEqual([
      "Wir bestellen 120.",
      "Mai ist zu spät.",
    ]);
  });
});
