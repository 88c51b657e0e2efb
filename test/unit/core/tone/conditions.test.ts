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

/*
 * Words that are a condition or a guess in one sense only: English "may" the modal, not the
 * month; "sure" only when unsure; French "si" (if), not "si" (so); Portuguese "se" (if),
 * not the reflexive pronoun. In their other sense they hide no accusation.
 */
describe("condition words with a second sense", () => {
  it.each<[string, "en" | "fr" | "pt"]>([
    ["Since May you have not paid a single cent.", "en"],
    ["In May you still had not paid.", "en"],
    ["May 5 passed and you have not paid.", "en"],
    ["I am sure you have not paid.", "en"],
    ["I'm sure it's no oversight that you haven't paid.", "en"],
    ["Il est si tard et vous n'avez toujours pas payé.", "fr"],
    ["Cela fait si longtemps et vous n'avez toujours pas payé.", "fr"],
    ["Já se passaram três meses e vocês ainda não pagaram.", "pt"],
    ["Passaram-se três meses e vocês ainda não pagaram.", "pt"],
    ["Se passaram três meses e vocês ainda não pagaram.", "pt"],
  ])("do not hide an accusation: %s", (sentence, lang) => {
    expect(checkTone(sentence, lang).map((f) => f.category)).toEqual(["accusation"]);
  });

  it.each<[string, "en" | "fr" | "pt"]>([
    ["If you may have paid already, please ignore this reminder.", "en"],
    ["You may have not paid yet because of the holiday.", "en"],
    ["I'm not sure you have received our invoice.", "en"],
    ["In May we shipped the second container.", "en"],
    ["Si vous avez déjà payé, merci d'ignorer ce message.", "fr"],
    ["Si vous n'avez toujours pas payé, merci de nous le dire.", "fr"],
    ["Se já pagaram, por favor desconsiderem esta mensagem.", "pt"],
    ["Se vocês ainda não pagaram, por favor avisem-nos.", "pt"],
  ])("keep a genuine condition courteous: %s", (sentence, lang) => {
    expect(checkTone(sentence, lang)).toEqual([]);
  });
});

/*
 * Sure of the buyer's good faith, the standard polite collection line: what follows is no
 * accusation, and no condition that would make a reassurance a threat.
 */
describe("a benevolent assumption", () => {
  it.each<[string, "en" | "pt"]>([
    ["I'm sure it's just an oversight that you haven't paid yet.", "en"],
    ["I am sure this was simply a mistake and you have not paid because of it.", "en"],
    ["We're sure there is a good reason you haven't paid yet.", "en"],
    [
      "Tenho certeza de que se trata apenas de um esquecimento e que vocês ainda não pagaram.",
      "pt",
    ],
  ])("is courteous: %s", (sentence, lang) => {
    expect(checkTone(sentence, lang)).toEqual([]);
  });

  it("leaves a negated threat a reassurance", () => {
    const sentence = "I'm sure it's just an oversight and we will not take any legal action.";
    expect(checkTone(sentence, "en")).toEqual([]);
  });
});
