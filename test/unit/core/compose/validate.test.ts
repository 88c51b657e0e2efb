import {
  MAX_LIBRARY_CHARS,
  parseLibraries,
  validateLibrary,
} from "../../../../src/core/compose/validate";
import { fullLibrary } from "./build";

const KNOWN_FIELDS =
  "(known: buyerName, repName, company, orderRef, amount, confirmedOn, slotDeadline, priceValidUntil)";
const KINDS = "opening, order_reference, understanding, lever, ask, help, closing";
const LANGS = "en, zh, es, fr, de, pt, ru, ar";
const KEYS = "id, kind, text, relationship, reason, lever, strength, ask";

const closing = { id: "c", kind: "closing", text: "Best regards,\n{repName}" };
/** A team file whose only paragraph is `paragraph`. */
const one = (paragraph: unknown) => ({ lang: "en", paragraphs: [paragraph] });

describe("validateLibrary", () => {
  it("accepts a complete library as it is", () => {
    const library = fullLibrary("ar");
    expect(validateLibrary(library, "ar.json")).toEqual({ file: library, errors: [] });
  });

  it("returns a fresh file with known keys only", () => {
    const paragraph = { ...closing };
    const { file } = validateLibrary({ lang: "en", paragraphs: [paragraph] }, "team.json");
    expect(file?.paragraphs[0]).toEqual(closing);
    expect(file?.paragraphs[0]).not.toBe(paragraph);
  });

  const whole: [string, unknown, string][] = [
    ["null", null, 'team.json: expected an object with "lang" and "paragraphs", got null'],
    ["an array", [], 'team.json: expected an object with "lang" and "paragraphs", got array'],
    ["no lang", { paragraphs: [] }, `team.json: lang: missing (one of ${LANGS})`],
    [
      "a numeric lang",
      { lang: 7, paragraphs: [] },
      "team.json: lang: expected a string, got number",
    ],
    [
      "an unknown lang",
      { lang: "it", paragraphs: [] },
      `team.json: lang: unknown language "it" (known: ${LANGS})`,
    ],
    ["no paragraphs", { lang: "en" }, "team.json: paragraphs: missing (an array of paragraphs)"],
    [
      "paragraphs as an object",
      { lang: "en", paragraphs: {} },
      "team.json: paragraphs: expected an array, got object",
    ],
  ];
  it.each(whole)("rejects a file with %s", (_, value, message) => {
    expect(validateLibrary(value, "team.json")).toEqual({ file: null, errors: [message] });
  });

  it("reports an unexpected top-level key and keeps the file", () => {
    const result = validateLibrary({ lang: "en", paragraphs: [closing], name: "x" }, "team.json");
    expect(result.errors).toEqual(['team.json: unexpected key "name" (allowed: lang, paragraphs)']);
    expect(result.file).toEqual({ lang: "en", paragraphs: [closing] });
  });

  const paragraphs: [string, unknown, string[]][] = [
    ["a string", "hello", ["team.json: paragraphs[0]: expected an object, got string"]],
    [
      "an unknown field",
      { ...closing, text: "Re {orderNo}" },
      [`team.json: paragraphs[0].text: unknown field {orderNo} ${KNOWN_FIELDS}`],
    ],
    [
      "a field in the wrong case",
      { ...closing, text: "Re {OrderRef}" },
      ["team.json: paragraphs[0].text: unknown field {OrderRef} (did you mean {orderRef}?)"],
    ],
    [
      "an empty slot",
      { ...closing, text: "Re {}" },
      [`team.json: paragraphs[0].text: empty slot {} ${KNOWN_FIELDS}`],
    ],
    [
      "an unclosed brace",
      { ...closing, text: "Re {orderRef" },
      ['team.json: paragraphs[0].text: unbalanced braces: "{" at character 4 is not closed'],
    ],
    [
      "a brace opened twice",
      { ...closing, text: "{{orderRef}}" },
      [
        'team.json: paragraphs[0].text: unbalanced braces: "{" at character 1 is not closed',
        'team.json: paragraphs[0].text: unbalanced braces: "}" at character 12 has no "{"',
      ],
    ],
    [
      "a stray closing brace",
      { ...closing, text: "Thanks :}" },
      ['team.json: paragraphs[0].text: unbalanced braces: "}" at character 9 has no "{"'],
    ],
    [
      "markup",
      { ...closing, text: '<b>Thanks!</b> <a href="https://pay.example">Pay</a>\n{repName}' },
      [
        'team.json: paragraphs[0].text: markup "<b>", "</b>", "<a href="https://pay.example">" and 1 more is not allowed: paragraphs are plain text, and the buyer would see it as typed',
      ],
    ],
    [
      "an HTML comment and an entity",
      { ...closing, text: "Thanks&nbsp;<!-- x -->" },
      [
        'team.json: paragraphs[0].text: markup "&nbsp;" and "<!--" is not allowed: paragraphs are plain text, and the buyer would see it as typed',
      ],
    ],
    [
      "the id of another slot",
      { id: "opening.first", kind: "closing", text: "Bye,\n{repName}" },
      [
        'team.json: paragraphs[0].id: "opening.first" is the id of the built-in paragraph for slot opening.first, but this paragraph fills slot closing; use "closing" or a new id',
      ],
    ],
    [
      "the id of the same lever in the other strength",
      { id: "lever.effort.gentle", kind: "lever", lever: "effort", strength: "firm", text: "A" },
      [
        'team.json: paragraphs[0].id: "lever.effort.gentle" is the id of the built-in paragraph for slot lever.effort.gentle, but this paragraph fills slot lever.effort.firm; use "lever.effort.firm" or a new id',
      ],
    ],
    ["empty text", { ...closing, text: " \n " }, ["team.json: paragraphs[0].text: empty"]],
    [
      "numeric text",
      { ...closing, text: 42 },
      ["team.json: paragraphs[0].text: expected a string, got number"],
    ],
    ["no text", { id: "c", kind: "closing" }, ["team.json: paragraphs[0].text: missing"]],
    ["no id", { kind: "closing", text: "Hi" }, ["team.json: paragraphs[0].id: missing"]],
    ["an empty id", { ...closing, id: "" }, ["team.json: paragraphs[0].id: empty"]],
    [
      "a null id",
      { ...closing, id: null },
      ["team.json: paragraphs[0].id: expected a string, got null"],
    ],
    [
      "no kind",
      { id: "c", text: "Hi" },
      [`team.json: paragraphs[0].kind: missing (one of ${KINDS})`],
    ],
    [
      "an unknown kind",
      { ...closing, kind: "intro" },
      [`team.json: paragraphs[0].kind: unknown kind "intro" (known: ${KINDS})`],
    ],
    [
      "a lever without its conditions",
      { id: "l", kind: "lever", text: "Soon please." },
      ['team.json: paragraphs[0]: kind "lever" needs "lever" and "strength"'],
    ],
    [
      "a lever without its strength",
      { id: "l", kind: "lever", lever: "effort", text: "Soon please." },
      ['team.json: paragraphs[0]: kind "lever" needs "strength"'],
    ],
    [
      "an opening without its relationship",
      { id: "o", kind: "opening", text: "Dear {buyerName}," },
      ['team.json: paragraphs[0]: kind "opening" needs "relationship"'],
    ],
    [
      "an unknown strength",
      { id: "l", kind: "lever", lever: "effort", strength: "hard", text: "Now." },
      ['team.json: paragraphs[0].strength: unknown strength "hard" (known: gentle, firm)'],
    ],
    [
      "an unknown reason",
      { id: "u", kind: "understanding", reason: "war", text: "I see." },
      [
        'team.json: paragraphs[0].reason: unknown reason "war" (known: middleman, cash_flow, exchange_rate, competitor, away, unknown)',
      ],
    ],
    [
      "a numeric ask",
      { id: "a", kind: "ask", ask: 1, text: "When?" },
      ["team.json: paragraphs[0].ask: expected a string, got number"],
    ],
    [
      "a condition its kind does not use",
      { ...closing, lever: "effort" },
      ['team.json: paragraphs[0].lever: not used by kind "closing"'],
    ],
    [
      "an unexpected key",
      { ...closing, subject: "Hi" },
      [`team.json: paragraphs[0]: unexpected key "subject" (allowed: ${KEYS})`],
    ],
    [
      "several problems",
      { id: 3, kind: "lever", text: "{x}", tone: "warm" },
      [
        `team.json: paragraphs[0]: unexpected key "tone" (allowed: ${KEYS})`,
        "team.json: paragraphs[0].id: expected a string, got number",
        `team.json: paragraphs[0].text: unknown field {x} ${KNOWN_FIELDS}`,
        'team.json: paragraphs[0]: kind "lever" needs "lever" and "strength"',
      ],
    ],
  ];
  it.each(paragraphs)("drops a paragraph with %s, with its error", (_, paragraph, messages) => {
    expect(validateLibrary(one(paragraph), "team.json")).toEqual({
      file: { lang: "en", paragraphs: [] },
      errors: messages,
    });
  });

  it("keeps the valid paragraphs of a file with invalid ones", () => {
    const opening = { id: "o", kind: "opening", relationship: "first", text: "Dear {buyerName}," };
    const result = validateLibrary(
      { lang: "en", paragraphs: [opening, { id: "x", kind: "lever", text: "Hm" }, closing] },
      "team.json"
    );
    expect(result.errors).toEqual([
      'team.json: paragraphs[1]: kind "lever" needs "lever" and "strength"',
    ]);
    expect(result.file).toEqual({ lang: "en", paragraphs: [opening, closing] });
  });

  it("accepts plain text that only looks like markup, and a slot's own id", () => {
    const texts = ["Prices < 5% off, R&D; terms", "Write to <sales@example.com>", "a <-> b, 3 > 2"];
    for (const text of texts) {
      expect(validateLibrary(one({ ...closing, text }), "team.json").errors).toEqual([]);
    }
    const own = { id: "closing", kind: "closing", text: "Bye" };
    expect(validateLibrary(one(own), "team.json")).toEqual({ file: one(own), errors: [] });
  });

  it("keeps the first of two paragraphs with the same id", () => {
    const result = validateLibrary(
      { lang: "en", paragraphs: [closing, { ...closing, kind: "help" }] },
      "team.json"
    );
    expect(result.errors).toEqual([
      'team.json: paragraphs[1].id: duplicate id "c" (first at paragraphs[0])',
    ]);
    expect(result.file?.paragraphs).toEqual([closing]);
  });

  it("counts the id of an invalid paragraph as taken", () => {
    const result = validateLibrary(
      { lang: "en", paragraphs: [{ ...closing, text: "" }, closing] },
      "team.json"
    );
    expect(result.errors).toEqual([
      "team.json: paragraphs[0].text: empty",
      'team.json: paragraphs[1].id: duplicate id "c" (first at paragraphs[0])',
    ]);
    expect(result.file?.paragraphs).toEqual([]);
  });

  it("keeps the first of two paragraphs for the same slot", () => {
    const gentle = { id: "a", kind: "lever", lever: "effort", strength: "gentle", text: "A" };
    const result = validateLibrary(
      { lang: "en", paragraphs: [gentle, { ...gentle, id: "b" }] },
      "team.json"
    );
    expect(result.errors).toEqual([
      "team.json: paragraphs[1]: same slot lever.effort.gentle as paragraphs[0]; only one can be used",
    ]);
    expect(result.file?.paragraphs).toEqual([gentle]);
  });
});

describe("parseLibraries", () => {
  it("validates parsed JSON", () => {
    expect(parseLibraries(JSON.stringify(one(closing)), "team.json")).toEqual({
      files: [{ lang: "en", paragraphs: [closing] }],
      errors: [],
    });
  });

  it("reads an array of files, one per language, and refuses it whole for one mistake", () => {
    const es = { lang: "es", paragraphs: [{ ...closing, text: "Gracias." }] };
    expect(parseLibraries(JSON.stringify([one(closing), es]), "team.json")).toEqual({
      files: [{ lang: "en", paragraphs: [closing] }, es],
      errors: [],
    });
    expect(parseLibraries("[]", "team.json")).toEqual({
      files: [],
      errors: ["team.json: an empty array, with no paragraph file in it"],
    });
    const twice = parseLibraries(JSON.stringify([one(closing), es, one(closing)]), "team.json");
    expect(twice).toEqual({
      files: [],
      errors: ['team.json [2]: a second file for "en" (the first is [0])'],
    });
    const wrong = { lang: "xx", paragraphs: [] };
    const { files, errors } = parseLibraries(JSON.stringify([one(closing), wrong]), "team.json");
    expect(files).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(/^team\.json \[1\]: lang: unknown language "xx"/),
    ]);
  });

  it("refuses a file too large before parsing it", () => {
    // Not JSON either (cut short): parsed first, it would be refused as "not valid JSON".
    const huge = JSON.stringify(
      one({ ...closing, text: "Thanks ".repeat(MAX_LIBRARY_CHARS / 7) })
    ).slice(0, -1);
    expect(parseLibraries(huge, "team.json")).toEqual({
      files: [],
      errors: [
        `team.json: file too large (${huge.length.toLocaleString("en-US")} characters; a paragraph file may hold at most 262,144)`,
      ],
    });
    // Just under the cap is read as usual.
    const fits = JSON.stringify(one({ ...closing, text: "x".repeat(MAX_LIBRARY_CHARS - 100) }));
    expect(fits.length).toBeLessThanOrEqual(MAX_LIBRARY_CHARS);
    expect(parseLibraries(fits, "team.json").errors).toEqual([]);
  });

  it("reports text that is not JSON on one line", () => {
    const { files, errors } = parseLibraries('{"lang": "en",', "team.json");
    expect(files).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^team\.json: not valid JSON: /);
    expect(errors[0]).not.toMatch(/\n/);
  });
});
