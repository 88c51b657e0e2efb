import { checkTone } from "../../../../src/core/tone";
import type { ToneCategory } from "../../../../src/core/tone";
import type { BuyerLanguage } from "../../../../src/core/text/language";

type Expected = [start: number, end: number, category: ToneCategory, phrase: string];

// Exact findings: offsets into the text as written (accents decomposed, curly apostrophes,
// Arabic vowel marks and full-width letters included), and the phrase those offsets give.
const cases: Array<[string, BuyerLanguage, Expected[]]> = [
  [
    "Unfortunately you have failed to pay the deposit on time.",
    "en",
    [[14, 36, "accusation", "you have failed to pay"]],
  ],
  [
    "Hello Tom,\nyou still haven't paid. Per my last email, we need it.",
    "en",
    [
      [11, 33, "accusation", "you still haven't paid"],
      [35, 52, "passive_aggression", "Per my last email"],
    ],
  ],
  ["You still haven\u2019t paid.", "en", [[0, 22, "accusation", "You still haven\u2019t paid"]]],
  [
    "PLEASE PAY THE BALANCE THIS WEEK!!! Thank you.",
    "en",
    [
      [0, 32, "shouting", "PLEASE PAY THE BALANCE THIS WEEK"],
      [32, 35, "shouting", "!!!"],
    ],
  ],
  [
    "Don't waste our time!!",
    "en",
    [
      [0, 20, "doubt", "Don't waste our time"],
      [20, 22, "shouting", "!!"],
    ],
  ],
  [
    "\uff30\uff2c\uff25\uff21\uff33\uff25 pay immediately",
    "en",
    [[7, 22, "rude_pressure", "pay immediately"]],
  ],
  ["我们不得不采取法律措施。请理解。", "zh", [[2, 11, "threat", "不得不采取法律措施"]]],
  ["请尽快付款！！", "zh", [[5, 7, "shouting", "！！"]]],
  [
    "Nos veremos obligados a iniciar acciones legales.",
    "es",
    [[0, 48, "threat", "Nos veremos obligados a iniciar acciones legales"]],
  ],
  [
    // "é" written as "e" + a combining accent: the phrase keeps the accent.
    "Nous serons contraints d\u2019engager une proce\u0301dure judiciaire.",
    "fr",
    [[0, 58, "threat", "Nous serons contraints d\u2019engager une proce\u0301dure judiciaire"]],
  ],
  [
    "Bitte zahlen Sie sofort. Maßnahmen gegen Sie folgen.",
    "de",
    [
      [6, 23, "rude_pressure", "zahlen Sie sofort"],
      [25, 44, "threat", "Maßnahmen gegen Sie"],
    ],
  ],
  [
    "Seremos obrigados a tomar medidas judiciais.",
    "pt",
    [[0, 43, "threat", "Seremos obrigados a tomar medidas judiciais"]],
  ],
  [
    "Мы будем вынуждены обратиться в суд.",
    "ru",
    [[3, 35, "threat", "будем вынуждены обратиться в суд"]],
  ],
  [
    "سنضطر إلى اتخاذ الإجراءات القانونية.",
    "ar",
    [[0, 35, "threat", "سنضطر إلى اتخاذ الإجراءات القانونية"]],
  ],
  [
    // The same sentence with vowel marks: they are skipped when matching, kept in the phrase.
    "سَنُضطرُّ إلى اتخاذ الإجراءاتِ القانونيةِ.",
    "ar",
    [[0, 41, "threat", "سَنُضطرُّ إلى اتخاذ الإجراءاتِ القانونيةِ"]],
  ],
];

describe("exact findings", () => {
  it.each(cases)("%s", (text, lang, expected) => {
    const found = checkTone(text, lang).map((f) => [f.start, f.end, f.category, f.phrase]);
    expect(found).toEqual(expected);
    for (const [start, end, , phrase] of expected) expect(text.slice(start, end)).toBe(phrase);
  });
});

describe("suggestions", () => {
  it("offers a softer wording in the language of the phrase", () => {
    expect(checkTone("Pay immediately.", "en")[0].suggestion).toBe(
      "Could you let me know when the payment can be arranged?"
    );
    expect(checkTone("请立即付款。", "zh")[0]).toMatchObject({
      lang: "zh",
      suggestion: "方便告知预计的付款时间吗？",
    });
    expect(checkTone("Nos veremos obligados a iniciar acciones legales.", "es")[0]).toMatchObject({
      lang: "es",
      suggestion: "Con gusto buscaremos juntos una solución.",
    });
  });

  it("opens with a capital when the phrase does", () => {
    expect(checkTone("You still haven't paid.", "en")[0].suggestion).toBe(
      "It seems the payment has not reached us yet"
    );
    expect(checkTone("Sorry, but you still haven't paid.", "en")[0].suggestion).toBe(
      "it seems the payment has not reached us yet"
    );
  });

  it("opens with a capital when merged phrases of one category open with one", () => {
    // Several rules match inside these; the wording comes from one that starts mid-sentence.
    expect(checkTone("Vous devez payer l'acompte au plus vite.", "fr")[0]).toMatchObject({
      phrase: "Vous devez payer l'acompte au plus vite",
      suggestion: "Pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
    });
    expect(checkTone("Vocês devem pagar o quanto antes.", "pt")[0].suggestion).toBe(
      "Poderia me informar quando o pagamento poderá ser feito?"
    );
    expect(checkTone("Usted ignoró mis correos.", "es")[0].suggestion).toBe(
      "Quizás mis correos anteriores no le llegaron"
    );
    // Inside a sentence the merged wording stays in lower case.
    expect(checkTone("Bonjour, vous devez payer l'acompte au plus vite.", "fr")[0].suggestion).toBe(
      "pourriez-vous m'indiquer quand le règlement pourra être effectué ?"
    );
  });

  it("puts shouted words in normal case and keeps codes as they are", () => {
    const [finding] = checkTone("PLEASE PAY PI SR-2611-045 IN USD THIS WEEK", "en");
    expect(finding).toMatchObject({
      category: "shouting",
      phrase: "PLEASE PAY PI SR-2611-045 IN USD THIS WEEK",
      suggestion: "Please pay PI SR-2611-045 in USD this week",
    });
  });

  it("writes German nouns with their capital", () => {
    expect(
      checkTone("Sehr geehrter Herr Müller,\nWIR WARTEN NOCH IMMER AUF DIE ZAHLUNG.", "de")[0]
    ).toMatchObject({
      category: "shouting",
      suggestion: "Wir warten noch immer auf die Zahlung",
    });
    expect(
      checkTone("BITTE ÜBERWEISEN SIE DIE ANZAHLUNG FÜR DIE BESTELLUNG.", "de")[0].suggestion
    ).toBe("Bitte überweisen Sie die Anzahlung für die Bestellung");
    // Verbs, adverbs and function words stay in lower case, after a greeting's comma too.
    expect(checkTone("Guten Tag, BITTE ZAHLEN SIE JETZT.", "de")[0].suggestion).toBe(
      "bitte zahlen Sie jetzt"
    );
  });

  it("writes short words that are also codes in lower case inside a run", () => {
    expect(checkTone("Bonjour,\nMERCI DE RÉGLER LA FACTURE.", "fr")[0].suggestion).toBe(
      "Merci de régler la facture"
    );
    expect(checkTone("I NEED IT NOW", "en")[0].suggestion).toBe("I need it now");
  });

  it("collapses a run of marks to one", () => {
    expect(checkTone("Where is the payment?!?", "en")[0]).toMatchObject({
      phrase: "?!?",
      suggestion: "?",
    });
    expect(checkTone("款项呢？？", "zh")[0]).toMatchObject({
      phrase: "？？",
      suggestion: "？",
      lang: "zh",
    });
  });
});

describe("overlaps", () => {
  it("merges overlapping phrases of one category into one finding", () => {
    // "you must pay" and "must pay the balance asap" are both rude pressure.
    const found = checkTone("Sorry, you must pay the balance ASAP.", "en");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      category: "rude_pressure",
      phrase: "you must pay the balance ASAP",
    });
  });

  it("reports a sentence in capitals as shouting, first", () => {
    const found = checkTone("I NEED THE PAYMENT NOW", "en");
    expect(found.map((f) => f.category)).toEqual(["shouting"]);
  });

  it("never hides a threat behind shouting", () => {
    const found = checkTone("WE WILL TAKE LEGAL ACTION", "en");
    expect(found.map((f) => f.category)).toEqual(["threat"]);
  });
});

describe("languages", () => {
  it("runs English rules beside the given language, as reps mix English into every language", () => {
    expect(
      checkTone("Bitte beachten Sie: you still haven't paid.", "de").map((f) => f.lang)
    ).toEqual(["en"]);
  });

  it("reads every script present in a bilingual draft", () => {
    const found = checkTone("You ignored my emails.\n你们一直没有付款。", "en");
    expect(found.map((f) => [f.category, f.lang])).toEqual([
      ["accusation", "en"],
      ["accusation", "zh"],
    ]);
  });

  it("treats a missing, null or unknown language as unknown", () => {
    const text = "Pague inmediatamente.";
    expect(checkTone(text)).toEqual(checkTone(text, null));
    expect(checkTone(text, "xx" as BuyerLanguage)).toEqual(checkTone(text));
    expect(checkTone(text)[0].lang).toBe("es");
  });
});
