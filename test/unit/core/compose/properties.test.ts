/**
 * @jest-environment jsdom
 */
import fc from "fast-check";
import { compose } from "../../../../src/core/compose/render";
import { ALL_SLOTS } from "../../../../src/core/compose/slots";
import { DELAY_REASONS } from "../../../../src/core/policy";
import {
  FIELD_NAMES,
  LEVERS,
  type ComposeFields,
  type ComposeRequest,
  type LibraryFile,
} from "../../../../src/core/compose/types";
import { BUYER_LANGUAGES } from "../../../../src/core/text/language";
import { RUNS, runsFraction } from "../../property-runs";
import { readHtml } from "./well-formed";

// Half the runs for the property that reads every composition back through jsdom's parser,
// which costs several times the composition itself.
const DOM_RUNS = runsFraction(0.5);

// The characters that break naive renderers: markup, entities, quotes, braces, bidi
// controls, line and paragraph separators, emoji, control characters, lone surrogates.
const NASTY = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "{",
  "}",
  "<script>alert(1)</script>",
  "</p>",
  "<br>",
  "&amp;",
  "&#x3C;",
  "{orderRef}",
  "{buyerName",
  "}{",
  "\u200f",
  "\u202e",
  "\u2067",
  "\u061c",
  "😀",
  "👩🏽‍💼",
  "\n",
  "\r\n",
  "\u2028",
  "\t",
  "\u0000",
  "\u0007",
  "\u0085",
  "\ud800",
  "\udfff",
  "\u00a0",
  " ",
  "عربي",
  "中文",
  "ß",
];
const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 4 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 3,
  })
);
const value = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
const braceless = value.map((text) => text.replace(/[{}]/g, ""));

const date = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  value
);

function fieldsFrom(text: fc.Arbitrary<string>): fc.Arbitrary<ComposeFields> {
  return fc.record(
    {
      buyerName: text,
      repName: text,
      company: text,
      orderRef: text,
      amount: fc.record({
        amount: fc.oneof(fc.double(), fc.integer({ min: 0, max: 10_000_000 })),
        currency: fc.oneof(fc.constantFrom("USD", "eur", "CNY", "JPY", "KWD"), text),
      }),
      confirmedOn: date,
      slotDeadline: date,
      priceValidUntil: date,
    },
    { requiredKeys: [] }
  );
}

// A template: text (no braces: they are reserved for slots) with {field} slots and line
// breaks, never blank (validation refuses a blank paragraph).
const template = fc
  .array(
    fc.oneof(
      braceless,
      fc.constantFrom(...FIELD_NAMES).map((field) => `{${field}}`),
      fc.constant("\n")
    ),
    { maxLength: 8 }
  )
  .map((parts) => `x${parts.join("")}`);

const library: fc.Arbitrary<LibraryFile> = fc
  .tuple(
    fc.constantFrom(...BUYER_LANGUAGES),
    fc.array(template, { minLength: ALL_SLOTS.length, maxLength: ALL_SLOTS.length })
  )
  .map(([lang, texts]) => ({
    lang,
    paragraphs: ALL_SLOTS.map(({ key: id, ...slot }, i) => ({ id, ...slot, text: texts[i] })),
  }));

function requestFrom(fields: fc.Arbitrary<ComposeFields>): fc.Arbitrary<ComposeRequest> {
  return fc.record({
    lang: fc.constantFrom(...BUYER_LANGUAGES),
    reason: fc.constantFrom(...DELAY_REASONS),
    levers: fc.subarray([...LEVERS]),
    strength: fc.constantFrom("gentle" as const, "firm" as const),
    relationship: fc.constantFrom("first" as const, "later" as const),
    ask: fc.constantFrom("date" as const, "slip" as const),
    fields,
  });
}

/** A paragraph's text read back from the DOM: text as is, <br> as a line break. */
function textOf(p: Element): string {
  return [...p.childNodes]
    .map((node) => (node.nodeName === "BR" ? "\n" : (node.textContent ?? "")))
    .join("");
}

// Markup a typed value can carry: pasted from a web page or a form, or meant to attack.
const MARKUP = [
  "<script>alert('x')</script>",
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "</p></div><p>",
  "<!-- -->",
  "<![CDATA[x]]>",
  "&amp;",
  "&lt;b&gt;",
  "&#x3C;",
  "' OR '1'='1",
  "javascript:alert(1)",
  "<",
  ">",
  "&",
  '"',
  "'",
];
/** A typed value with markup in it, that cleaning leaves as it is (printable ASCII, not blank). */
const markup = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 6 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => `x${parts.join("")}`);
const TYPED = ["buyerName", "repName", "company", "orderRef"] as const;
const TYPED_TEMPLATE = `‹${TYPED.map((field) => `{${field}}`).join("›‹")}›`;
const markupFields: fc.Arbitrary<ComposeFields> = fc.record({
  buyerName: markup,
  repName: markup,
  company: markup,
  orderRef: markup,
});

/** The five characters HTML text must not hold raw, escaped (written here, not taken from the composer). */
function escaped(text: string): string {
  const by: Record<string, string> = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
  };
  return [...text].map((ch) => by[ch] ?? ch).join("");
}

const TEXT = `(?:[^<>&"']|&(?:amp|lt|gt|quot|#39);)`;
const WELL_FORMED = new RegExp(
  `^<div dir="(?:ltr|rtl)" lang="[A-Za-z-]+">(?:<p>(?:${TEXT}|<br>)*</p>)*</div>$`,
  "u"
);
const PLACEHOLDER = new RegExp(`\\{(?:${FIELD_NAMES.join("|")})\\}`);

describe("compose: properties", () => {
  it("writes no markup but its own, whatever the values and templates hold", () => {
    fc.assert(
      fc.property(requestFrom(fieldsFrom(value)), library, (request, lib) => {
        const composed = compose(request, lib);
        const doc = new DOMParser().parseFromString(composed.html, "text/html");
        expect(doc.head.childNodes).toHaveLength(0);
        expect(doc.body.childNodes).toHaveLength(1);
        const div = doc.body.firstElementChild!;
        expect(div.tagName).toBe("DIV");
        expect(div.getAttributeNames().sort()).toEqual(["dir", "lang"]);
        expect(div.getAttribute("dir")).toBe(composed.dir);
        const ps = [...div.childNodes];
        expect(ps).toHaveLength(composed.paragraphs.length);
        ps.forEach((p, i) => {
          expect(p.nodeName).toBe("P");
          expect((p as Element).getAttributeNames()).toEqual([]);
          for (const child of p.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) continue;
            expect(child.nodeName).toBe("BR");
            expect(child.childNodes).toHaveLength(0);
            expect((child as Element).getAttributeNames()).toEqual([]);
          }
          expect(textOf(p as Element)).toBe(composed.paragraphs[i].text);
        });
        expect(composed.text).toBe(composed.paragraphs.map(({ text }) => text).join("\n\n"));
      }),
      { numRuns: DOM_RUNS }
    );
  });

  it("writes well-formed HTML and well-formed Unicode", () => {
    fc.assert(
      fc.property(requestFrom(fieldsFrom(value)), library, (request, lib) => {
        const composed = compose(request, lib);
        expect(composed.html).toMatch(WELL_FORMED);
        const read = readHtml(composed.html);
        expect(read.problem).toBeNull();
        expect(read.elements[0]).toBe("div");
        expect(read.elements.slice(1).filter((e) => e !== "p" && e !== "br")).toEqual([]);
        // encodeURIComponent throws on a lone surrogate: the mail could not be encoded.
        expect(() => encodeURIComponent(composed.html + composed.text)).not.toThrow();
        // eslint-disable-next-line no-control-regex
        expect(composed.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\r]/);
      }),
      { numRuns: RUNS }
    );
  });

  it("leaves no {field} of a template in the text, and names each missing field once", () => {
    fc.assert(
      fc.property(requestFrom(fieldsFrom(braceless)), library, (request, lib) => {
        const composed = compose(request, lib);
        expect(composed.text).not.toMatch(PLACEHOLDER);
        expect(composed.html).not.toMatch(PLACEHOLDER);
        expect(composed.missing).toEqual(FIELD_NAMES.filter((f) => composed.missing.includes(f)));
        // A typed string is missing only when nothing but blanks, control characters and bidi
        // controls was typed.
        for (const field of ["buyerName", "repName", "company", "orderRef"] as const) {
          if (composed.missing.includes(field) && request.fields[field] !== undefined) {
            expect(request.fields[field]).toMatch(
              /^[\s\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/u
            );
          }
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("writes markup in a field value only escaped: < > & \" ' and scripts stay text", () => {
    // Each paragraph names the four typed fields between marks that need no escaping.
    const lib: fc.Arbitrary<LibraryFile> = fc.constantFrom(...BUYER_LANGUAGES).map((lang) => ({
      lang,
      paragraphs: ALL_SLOTS.map(({ key: id, ...slot }) => ({ id, ...slot, text: TYPED_TEMPLATE })),
    }));
    fc.assert(
      fc.property(requestFrom(markupFields), lib, (request, library) => {
        const composed = compose(request, library);
        const values = TYPED.map((field) => request.fields[field]!.trim());
        const expected = `‹${values.join("›‹")}›`;
        // The values are the text, as typed; the HTML holds them escaped, in a <p> of their own.
        expect(composed.paragraphs.map(({ text }) => text)).toEqual(
          composed.paragraphs.map(() => expected)
        );
        expect(composed.html).toContain(`<p>${escaped(expected)}</p>`);
        const read = readHtml(composed.html);
        expect(read.problem).toBeNull();
        expect(read.elements.filter((e) => e !== "p")).toEqual(["div"]);
        // Outside the tags: no raw quote, and only the five references the composer writes.
        expect(read.text).not.toMatch(/["']/);
        expect(read.text.replace(/&(?:amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
      }),
      { numRuns: RUNS }
    );
  });

  it("brings no bidi control from a value into the reminder, plain text or HTML", () => {
    // Templates without any: every field, and the typed ones alone. Intl's amounts and dates may
    // hold its own direction marks, never an embedding, override or isolate.
    const SCOPED = /[\u202a-\u202e\u2066-\u2069]/;
    const ANY = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    const every = FIELD_NAMES.map((field) => `{${field}}`).join("|");
    const lib = (text: string) =>
      fc.constantFrom(...BUYER_LANGUAGES).map((lang): LibraryFile => ({
        lang,
        paragraphs: ALL_SLOTS.map(({ key: id, ...slot }) => ({ id, ...slot, text })),
      }));
    fc.assert(
      fc.property(
        requestFrom(fieldsFrom(value)),
        lib(every),
        lib(TYPED_TEMPLATE),
        (r, all, typed) => {
          const fromAll = compose(r, all);
          expect(fromAll.text).not.toMatch(SCOPED);
          expect(fromAll.html).not.toMatch(SCOPED);
          const fromTyped = compose(r, typed);
          expect(fromTyped.text).not.toMatch(ANY);
          expect(fromTyped.html).not.toMatch(ANY);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("the strict HTML reader refuses what a browser would repair", () => {
    expect(readHtml('<div dir="ltr" lang="en"><p>a<br>b &amp; c</p></div>').problem).toBeNull();
    for (const bad of [
      "<div><p>a</div></p>",
      "<div><p>a<p>b</p></p></div>",
      "<div><p>a</p>",
      "</div>",
      "<div><p>a < b</p></div>",
      "<div><p>a > b</p></div>",
      "<div><p>fish & chips</p></div>",
      "<div dir=ltr></div>",
      '<div title="a & b"></div>',
      "<div><br></br></div>",
      "<div><script>alert(1)</script>",
    ]) {
      expect([bad, readHtml(bad).problem]).not.toEqual([bad, null]);
    }
  });

  it("writes a value with braces as the buyer's text, not as a slot", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_NAMES), (field) => {
        const lib: LibraryFile = {
          lang: "en",
          paragraphs: [{ id: "c", kind: "closing", text: "{orderRef}" }],
        };
        const composed = compose(
          {
            lang: "en",
            reason: "unknown",
            levers: [],
            strength: "gentle",
            relationship: "first",
            ask: "date",
            fields: { orderRef: `{${field}}` },
          },
          lib
        );
        expect(composed.text).toBe(`{${field}}`);
        expect(composed.missing).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });
});
