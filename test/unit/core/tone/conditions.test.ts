import { checkTone } from "../../../../src/core/tone";

/*
 * A condition before a phrase makes it courteous ("如您还没有付款，请告诉我们"); a word that
 * only begins like a condition word does not (如今 "now", 如期 "on schedule").
 */
describe("condition words", () => {
  it.each([
    "如您还没有付款，请告诉我们。",
    "如果你们还没有付款，请告诉我。",
    "如已付款，请忽略此邮件。",
  ])("keep a condition courteous: %s", (sentence) => {
    expect(checkTone(sentence, "zh")).toEqual([]);
  });

  it("do not hide an accusation after 如今 (now)", () => {
    expect(checkTone("如今你们还没有付款。", "zh").map((f) => f.category)).toEqual(["accusation"]);
  });
});
