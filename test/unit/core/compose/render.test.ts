import { orderRefText } from "../../../../src/core/compose/order-ref";
import { compose } from "../../../../src/core/compose/render";
import {
  FIELD_NAMES,
  type ComposeFields,
  type LibraryFile,
} from "../../../../src/core/compose/types";
import type { BuyerLanguage } from "../../../../src/core/text/language";
import { fullLibrary, request, without } from "./build";

// Intl puts no-break spaces and direction marks around amounts; what matters is the
// digits, the separators and where the code goes.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/[\u200f\u061c]/g, "");

const ids = (library: LibraryFile, overrides: Parameters<typeof request>[0] = {}) =>
  compose(request(overrides), library).paragraphs.map(({ id }) => id);

function only(text: string, fields: ComposeFields, lang: BuyerLanguage = "en") {
  const library: LibraryFile = { lang, paragraphs: [{ id: "closing", kind: "closing", text }] };
  return compose(request({ lang, fields }), library);
}

describe("compose: which paragraphs", () => {
  it("takes one paragraph per kind, in reminder order", () => {
    expect(ids(fullLibrary())).toEqual([
      "opening.first",
      "order_reference",
      "understanding.cash_flow",
      "ask.date",
      "help",
      "closing",
    ]);
  });

  it("opens by relationship", () => {
    expect(ids(fullLibrary(), { relationship: "later" })[0]).toBe("opening.later");
    expect(ids(fullLibrary(), { relationship: "first" })[0]).toBe("opening.first");
  });

  it("opens a later chase with a first-chase opening when the library has no later one", () => {
    expect(ids(without(fullLibrary(), "opening.later"), { relationship: "later" })[0]).toBe(
      "opening.first"
    );
  });

  it("never opens a first chase with a later-chase opening", () => {
    expect(ids(without(fullLibrary(), "opening.first"))[0]).toBe("order_reference");
  });

  it("understands by reason, falling back to the unknown reason's paragraph", () => {
    expect(ids(fullLibrary(), { reason: "middleman" })).toContain("understanding.middleman");
    expect(ids(fullLibrary(), { reason: "unknown" })).toContain("understanding.unknown");
    const partial = without(fullLibrary(), "understanding.away");
    expect(ids(partial, { reason: "away" })).toContain("understanding.unknown");
    const none = without(partial, "understanding.unknown");
    expect(ids(none, { reason: "away" }).some((id) => id.startsWith("understanding"))).toBe(false);
  });

  it("puts the ticked levers in LEVERS order, each once, with the chosen strength", () => {
    const chosen = ids(fullLibrary(), {
      levers: ["effort", "production", "effort"],
      strength: "firm",
    });
    expect(chosen.filter((id) => id.startsWith("lever"))).toEqual([
      "lever.production.firm",
      "lever.effort.firm",
    ]);
    expect(chosen.indexOf("lever.production.firm")).toBeGreaterThan(
      chosen.indexOf("understanding.cash_flow")
    );
    expect(chosen.indexOf("lever.effort.firm")).toBeLessThan(chosen.indexOf("ask.date"));
  });

  it("takes a lever's other wording when the chosen strength is absent", () => {
    const library = without(fullLibrary(), "lever.price_validity.firm", "lever.effort.gentle");
    expect(ids(library, { levers: ["price_validity"], strength: "firm" })).toContain(
      "lever.price_validity.gentle"
    );
    expect(ids(library, { levers: ["effort"], strength: "gentle" })).toContain("lever.effort.firm");
  });

  it("leaves out a lever with neither wording", () => {
    const library = without(fullLibrary(), "lever.effort.firm", "lever.effort.gentle");
    const chosen = ids(library, { levers: ["production", "effort"] });
    expect(chosen.filter((id) => id.startsWith("lever"))).toEqual(["lever.production.gentle"]);
  });

  it("asks for what the rep chose, with no stand-in", () => {
    expect(ids(fullLibrary(), { ask: "slip" })).toContain("ask.slip");
    expect(ids(without(fullLibrary(), "ask.slip"), { ask: "slip" })).not.toContain("ask.date");
  });

  it("skips the kinds a team library lacks", () => {
    const team: LibraryFile = {
      lang: "en",
      paragraphs: [
        { id: "t.close", kind: "closing", text: "Cheers" },
        { id: "t.help", kind: "help", text: "Ask me" },
      ],
    };
    const composed = compose(request({ levers: ["effort"] }), team);
    expect(composed.paragraphs.map(({ id }) => id)).toEqual(["t.help", "t.close"]);
    expect(composed.text).toBe("Ask me\n\nCheers");
  });

  it("composes nothing from an empty library without failing", () => {
    const composed = compose(request(), { lang: "en", paragraphs: [] });
    expect(composed).toEqual({
      html: '<div dir="ltr" lang="en"></div>',
      text: "",
      missing: [],
      paragraphs: [],
      dir: "ltr",
      lang: "en",
    });
  });
});

describe("compose: fields", () => {
  it("fills every field of a chosen paragraph", () => {
    const composed = compose(request({ levers: ["production", "price_validity"] }), fullLibrary());
    expect(composed.paragraphs.map(({ text }) => plain(text))).toEqual([
      "[opening.first] Omar",
      "[order_reference] PI SR-2611-045 USD 12,500.00 2 November 2026",
      "[understanding.cash_flow]",
      "[lever.production.gentle] 15 December 2026",
      "[lever.price_validity.gentle] 31 December 2026",
      "[ask.date]",
      "[help]",
      "[closing] Lin Wei Sunrise Textiles",
    ]);
    expect(composed.missing).toEqual([]);
  });

  it("writes strings trimmed, on one line", () => {
    expect(only("{buyerName}|{company}", { buyerName: "  Omar ", company: "A\r\n  B" }).text).toBe(
      "Omar|A B"
    );
  });

  const dates: [BuyerLanguage, string][] = [
    ["en", "15 December 2026"],
    ["zh", "2026年12月15日"],
    ["es", "15 de diciembre de 2026"],
    ["fr", "15 décembre 2026"],
    ["de", "15. Dezember 2026"],
    ["pt", "15 de dezembro de 2026"],
    ["ru", "15 декабря 2026 г."],
    ["ar", "15 ديسمبر 2026"],
  ];
  it.each(dates)("writes dates out in %s", (lang, expected) => {
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-15" }, lang).text).toBe(expected);
  });

  it("reads the day as a calendar day, not an instant in the machine's zone", () => {
    expect(only("{confirmedOn}", { confirmedOn: "2027-01-01" }).text).toBe("1 January 2027");
  });

  it("writes the first of the month as an ordinal in French and Portuguese, and only there", () => {
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-01" }, "pt").text).toBe(
      "1º de dezembro de 2026"
    );
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-11" }, "pt").text).toBe(
      "11 de dezembro de 2026"
    );
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-01" }, "fr").text).toBe(
      "1er décembre 2026"
    );
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-11" }, "fr").text).toBe(
      "11 décembre 2026"
    );
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-21" }, "fr").text).toBe(
      "21 décembre 2026"
    );
    expect(only("{slotDeadline}", { slotDeadline: "2026-12-01" }, "es").text).toBe(
      "1 de diciembre de 2026"
    );
  });

  const amounts: [BuyerLanguage, string][] = [
    ["en", "USD 12,500.50"],
    ["zh", "USD 12,500.50"],
    ["es", "12.500,50 USD"],
    ["fr", "12 500,50 USD"],
    ["de", "12.500,50 USD"],
    ["pt", "USD 12.500,50"],
    ["ru", "12 500,50 USD"],
    ["ar", "12,500.50 USD"],
  ];
  it.each(amounts)("writes the amount with its currency code in %s", (lang, expected) => {
    const amount = { amount: 12500.5, currency: "USD" };
    expect(plain(only("{amount}", { amount }, lang).text)).toBe(expected);
  });

  it("writes Arabic with Latin digits, as on the PI", () => {
    const text = only(
      "{amount} {confirmedOn}",
      {
        amount: { amount: 8400, currency: "AED" },
        confirmedOn: "2026-03-09",
      },
      "ar"
    ).text;
    expect(text).toMatch(/8,400\.00/);
    expect(text).toMatch(/9 مارس 2026/);
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it("takes currency codes in any case and words after the number", () => {
    expect(plain(only("{amount}", { amount: { amount: 12500, currency: " eur" } }).text)).toBe(
      "EUR 12,500.00"
    );
    expect(only("{amount}", { amount: { amount: 12500, currency: "US dollars" } }).text).toBe(
      "12,500.00 US dollars"
    );
    expect(only("{amount}", { amount: { amount: 12500, currency: "" } }).text).toBe("12,500.00");
  });

  it("counts a blank string, an impossible date or a non-finite amount as missing", () => {
    const composed = only("{buyerName} {confirmedOn} {slotDeadline} {priceValidUntil} {amount}", {
      buyerName: "   ",
      confirmedOn: "2026-02-30",
      slotDeadline: "15/12/2026",
      priceValidUntil: "2026-13-01",
      amount: { amount: Number.NaN, currency: "USD" },
    });
    expect(composed.text).toBe("… … … … …");
    expect(composed.missing).toEqual([
      "buyerName",
      "amount",
      "confirmedOn",
      "slotDeadline",
      "priceValidUntil",
    ]);
  });

  it("lists each missing field once, in FIELD_NAMES order, and writes … for it", () => {
    const composed = compose(
      request({ levers: ["production", "price_validity", "effort"], fields: {} }),
      fullLibrary()
    );
    expect(composed.missing).toEqual(FIELD_NAMES);
    expect(composed.text).not.toMatch(/[{}]/);
    expect(composed.paragraphs[0].text).toBe("[opening.first] …");
    const twice = only("{repName}, {repName} {buyerName}", { buyerName: "Omar" });
    expect(twice.text).toBe("…, … Omar");
    expect(twice.missing).toEqual(["repName"]);
  });

  it("asks only for the fields of the paragraphs chosen", () => {
    const composed = compose(
      request({ fields: { buyerName: "Omar", repName: "Lin", company: "Sunrise" } }),
      fullLibrary()
    );
    expect(composed.missing).toEqual(["orderRef", "amount", "confirmedOn"]);
  });

  it("writes a value's braces as they are: slots are filled once", () => {
    const composed = only("{orderRef} / {buyerName}", {
      orderRef: "{buyerName} {orderRef}",
      buyerName: "{amount}",
    });
    expect(composed.text).toBe("{buyerName} {orderRef} / {amount}");
    expect(composed.missing).toEqual([]);
  });

  it("writes the dates in the library's language, the language of the sentences", () => {
    const library: LibraryFile = {
      lang: "de",
      paragraphs: [{ id: "c", kind: "closing", text: "{slotDeadline}" }],
    };
    const composed = compose(request({ lang: "de" }), library);
    expect(composed.text).toBe("15. Dezember 2026");
    expect(composed.lang).toBe("de");
  });
});

describe("compose: HTML and text", () => {
  it("wraps one <p> per paragraph in a div with dir and lang, lines as <br>", () => {
    const library: LibraryFile = {
      lang: "en",
      paragraphs: [
        { id: "o", kind: "opening", relationship: "first", text: "Dear {buyerName}," },
        { id: "c", kind: "closing", text: "Best regards,\n{repName}\n{company}" },
      ],
    };
    const composed = compose(request(), library);
    expect(composed.html).toBe(
      '<div dir="ltr" lang="en"><p>Dear Omar,</p><p>Best regards,<br>Lin Wei<br>Sunrise Textiles</p></div>'
    );
    expect(composed.text).toBe("Dear Omar,\n\nBest regards,\nLin Wei\nSunrise Textiles");
    expect(composed.paragraphs[1]).toEqual({
      id: "c",
      kind: "closing",
      text: "Best regards,\nLin Wei\nSunrise Textiles",
    });
  });

  it("escapes everything from values and templates", () => {
    const composed = only(`<b>Hi</b> & "{buyerName}" 'x'`, {
      buyerName: `<script>alert("x")</script> & 'co'`,
    });
    expect(composed.html).toBe(
      '<div dir="ltr" lang="en"><p>&lt;b&gt;Hi&lt;/b&gt; &amp; &quot;' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;&quot; &#39;x&#39;</p></div>"
    );
    expect(composed.text).toBe(`<b>Hi</b> & "<script>alert("x")</script> & 'co'" 'x'`);
  });

  it("trims a template and keeps its inner line breaks", () => {
    expect(only("\n  Thanks,\r\n{repName}  \n", {}).text).toBe("Thanks,\n…");
  });

  it("drops control characters and repairs lone surrogates", () => {
    expect(only("{buyerName}", { buyerName: "O\u0000m\u0007a\ud800r" }).text).toBe("Oma\ufffdr");
  });

  it("writes Arabic right to left", () => {
    const composed = compose(request({ lang: "ar" }), fullLibrary("ar"));
    expect(composed.dir).toBe("rtl");
    expect(composed.html.startsWith('<div dir="rtl" lang="ar"><p>')).toBe(true);
  });

  it("marks Chinese as Simplified for the reader's fonts", () => {
    const composed = compose(request({ lang: "zh" }), fullLibrary("zh"));
    expect(composed.dir).toBe("ltr");
    expect(composed.html.startsWith('<div dir="ltr" lang="zh-Hans">')).toBe(true);
  });
});

describe("compose: bidi controls in typed values", () => {
  // Issue [reliability] #9: a control a buyer's name opens and never closes must not reach the letter.
  const CONTROLS: [string, string][] = [
    ["LRE", "\u202A"],
    ["RLE", "\u202B"],
    ["PDF", "\u202C"],
    ["LRO", "\u202D"],
    ["RLO", "\u202E"],
    ["LRI", "\u2066"],
    ["RLI", "\u2067"],
    ["FSI", "\u2068"],
    ["PDI", "\u2069"],
    ["LRM", "\u200E"],
    ["RLM", "\u200F"],
    ["ALM", "\u061C"],
  ];
  const greeting: LibraryFile = {
    lang: "en",
    paragraphs: [
      {
        id: "o",
        kind: "opening",
        relationship: "first",
        text: "Dear {buyerName}, about {orderRef}:",
      },
      { id: "c", kind: "closing", text: "Best regards,\n{repName}\n{company}" },
    ],
  };

  it.each(CONTROLS)("drops %s from a name, in the plain text and the HTML", (_, control) => {
    const composed = compose(
      request({
        fields: { ...request().fields, buyerName: `${control}Ali`, orderRef: `PI 45${control}` },
      }),
      greeting
    );
    expect(composed.text).toBe(
      "Dear Ali, about PI 45:\n\nBest regards,\nLin Wei\nSunrise Textiles"
    );
    expect(composed.html).toBe(
      '<div dir="ltr" lang="en"><p>Dear Ali, about PI 45:</p><p>Best regards,<br>Lin Wei<br>Sunrise Textiles</p></div>'
    );
  });

  it("drops them from every typed field and the currency, unbalanced or not", () => {
    const composed = only("{buyerName}|{repName}|{company}|{orderRef}|{amount}", {
      buyerName: "\u202Eأحمد المنصوري \u2066王磊\u2069 שלום",
      repName: "Lin\u202B Wei",
      company: "\u2067Sunrise\u202C Textiles\u2069\u2069",
      orderRef: "\u202DPI SR-45",
      amount: { amount: 12.5, currency: "\u202Edollars" },
    });
    const expected = "أحمد المنصوري 王磊 שלום|Lin Wei|Sunrise Textiles|PI SR-45|12.50 dollars";
    expect(composed.text).toBe(expected);
    expect(composed.html).toBe(`<div dir="ltr" lang="en"><p>${expected}</p></div>`);
  });

  it("drops them in a right-to-left letter too", () => {
    const composed = only("عزيزي {buyerName}،", { buyerName: "\u202EOmar\u2067" }, "ar");
    expect(composed.text).toBe("عزيزي Omar،");
    expect(composed.html).toBe('<div dir="rtl" lang="ar"><p>عزيزي Omar،</p></div>');
  });

  it("asks for a name made only of invisible characters, and keeps joiners inside a name", () => {
    for (const buyerName of ["\u200B", "\u2060", "\uFEFF", " \u200B\u200D\u00AD "]) {
      expect(only("Dear {buyerName},", { buyerName }).missing).toEqual(["buyerName"]);
    }
    const composed = only("{company}", { company: "\u0645\u200C\u0646" });
    expect(composed.missing).toEqual([]);
    expect(composed.text).toBe("\u0645\u200C\u0646");
  });

  it("asks for a name made only of bidi controls", () => {
    const composed = only("Dear {buyerName},", { buyerName: " \u202E\u2066\u200F " });
    expect(composed.missing).toEqual(["buyerName"]);
    expect(composed.text).toBe("Dear …,");
  });
});

describe("orderRefText", () => {
  it("labels the reference in the buyer's words and keeps it as written", () => {
    expect(orderRefText({ kind: "PI", value: "SR-2611-045" }, "en")).toBe("PI SR-2611-045");
    expect(orderRefText({ kind: "contract", value: "HT-2611-008" }, "zh")).toBe("合同 HT-2611-008");
    expect(orderRefText({ kind: "order", value: "A1234" }, "de")).toBe("Auftrag A1234");
  });
});
