import fc from "fast-check";
import { newText, splitBody, type SplitBody } from "../../../../../src/core/thread/split";
import { RUNS } from "../../../property-runs";
import { bidiWrapped, hostileText, megabyteLine } from "../../hostile-text";

/** Lines as mail has them: the words, quote markers, headers, attributions, separators, signatures. */
const MAIL_LINES = [
  "",
  "Dear Amy,",
  "We will remit the deposit next Tuesday.",
  "Best regards,",
  "Omar",
  "-- ",
  "Sent from my iPhone",
  "________________________________",
  "-----Original Message-----",
  "---------- Forwarded message ---------",
  "From: Amy Zhang <amy.zhang@sunrisetex.com>",
  "Sent: Thursday, November 26, 2026 10:30 AM",
  "To: Omar Haddad <omar@alwaha-trading.ae>",
  "Subject: RE: PI SR-2611-045",
  "发件人: 王磊 <wanglei@hongda-trade.cn>",
  "On Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:",
  "Am Do., 26. Nov. 2026 um 10:30 Uhr schrieb Amy Zhang <amy.zhang@sunrisetex.com>:",
  "> May I check on the deposit?",
  ">> Older words",
  "> On Wed, 25 Nov 2026 at 09:00, Omar <omar@alwaha-trading.ae> wrote:",
  ">",
  "Begin forwarded message:",
  "مع التحية",
  "此致敬礼",
];
const LINE = fc.oneof(
  fc.constantFrom(...MAIL_LINES),
  fc.string({ maxLength: 60 }).map((s) => s.replace(/\n/g, " ")),
  fc
    .tuple(fc.constantFrom(">", "> ", ">> ", "  >"), fc.string({ maxLength: 40 }))
    .map(([m, s]) => m + s.replace(/\n/g, " "))
);
const BODY = fc.array(LINE, { maxLength: 40 }).map((lines) => lines.join("\n"));

/** A line's words without quote markers and white space, for comparing input and output. */
function bare(line: string): string {
  return line.replace(/^[\s>]+/, "").replace(/\s+/g, "");
}

const stringOrNull = (value: unknown) => value === null || typeof value === "string";

/** A split as its type says: strings where strings are due, addresses, instants that parse. */
function expectSplitBody(split: SplitBody): void {
  expect(typeof split.text).toBe("string");
  expect(stringOrNull(split.signature)).toBe(true);
  expect(stringOrNull(split.header)).toBe(true);
  expect(Array.isArray(split.quoted)).toBe(true);
  for (const q of split.quoted) {
    expect(typeof q.text).toBe("string");
    expect(typeof q.header).toBe("string");
    expect(typeof q.forwarded).toBe("boolean");
    expect(stringOrNull(q.signature) && stringOrNull(q.subject)).toBe(true);
    for (const a of [q.from, ...q.to]) {
      if (a !== null) expect([typeof a.name, typeof a.address]).toEqual(["string", "string"]);
    }
    if (q.sentAt !== null) expect(new Date(q.sentAt).toISOString()).toBe(q.sentAt);
  }
}

/** Everything the split returns, as bare text. */
function everything(split: SplitBody): string {
  const parts = [split.text, split.signature ?? "", split.header ?? ""];
  for (const q of split.quoted) parts.push(q.text, q.signature ?? "", q.header);
  return parts.join("\n").split("\n").map(bare).join("");
}

describe("splitter properties", () => {
  it("never throws on any Unicode (full range, unpaired surrogates, bidi controls) or any HTML, and returns a well-typed split", () => {
    // Mail lines, with bidi controls and surrogates among them, as text and as HTML.
    const body = fc.oneof(
      hostileText(MAIL_LINES),
      hostileText(["<div>", "</div>", "<br>", "<blockquote>", "&nbsp;", "&#x202E;", "<p dir=rtl>"]),
      fc.string({ unit: "binary", maxLength: 400 })
    );
    fc.assert(
      fc.property(body, fc.constantFrom("text" as const, "html" as const), (text, format) => {
        const split = splitBody(text, format);
        expectSplitBody(split);
        expect(newText(text, format)).toBe(split.text);
      }),
      { numRuns: RUNS }
    );
  });

  it("never throws on mail-shaped bodies, and loses no line: new text, signature, headers and quoted parts hold every line", () => {
    fc.assert(
      fc.property(BODY, (body) => {
        const split = splitBody(body, "text");
        const out = everything(split);
        for (const line of body.split("\n")) {
          const words = bare(line);
          if (words) expect(out).toContain(words);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("newText is splitBody's text, for any mail-shaped body", () => {
    fc.assert(
      fc.property(BODY, (body) => {
        expect(newText(body, "text")).toBe(splitBody(body, "text").text);
      }),
      { numRuns: RUNS }
    );
  });

  it("finishes on a 1 MB line and on 20,000 nested quote markers", () => {
    expect(splitBody("x".repeat(1_000_000), "text").text).toHaveLength(1_000_000);
    expect(splitBody(`reply\n${">".repeat(20_000)} deep`, "text").text).toBe("reply");
  });

  it("finishes on a 1 MB line of mail words, bidi controls and surrogates, as text and as HTML", () => {
    const line = megabyteLine("On Thu, Amy <amy@sunrisetex.com> wrote: From: Sent: -- مع التحية");
    for (const format of ["text", "html"] as const) {
      const split = splitBody(line, format);
      expectSplitBody(split);
      expect(newText(line, format)).toBe(split.text);
    }
  });

  it("keeps a reply wrapped in bidi controls apart from its quote", () => {
    const split = splitBody(
      `${bidiWrapped("We will remit the deposit next Tuesday.")}\n\nOn Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:\n> May I check on the deposit?`,
      "text"
    );
    expectSplitBody(split);
    expect(split.text).toContain("We will remit the deposit next Tuesday.");
    expect(split.quoted.map((q) => q.text)).toEqual(["May I check on the deposit?"]);
  });
});
