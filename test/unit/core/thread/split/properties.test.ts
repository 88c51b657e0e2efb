import fc from "fast-check";
import { newText, splitBody, type SplitBody } from "../../../../../src/core/thread/split";

/** Runs per property: about 1,000 in `npm test`, more in `npm run test:deep` (KINDLY_FC_RUNS). */
const RUNS = Number(process.env.KINDLY_FC_RUNS ?? 1000);

/** Lines as mail has them: the words, quote markers, headers, attributions, separators, signatures. */
const LINE = fc.oneof(
  fc.constantFrom(
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
    "此致敬礼"
  ),
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

/** Everything the split returns, as bare text. */
function everything(split: SplitBody): string {
  const parts = [split.text, split.signature ?? "", split.header ?? ""];
  for (const q of split.quoted) parts.push(q.text, q.signature ?? "", q.header);
  return parts.join("\n").split("\n").map(bare).join("");
}

describe("splitter properties", () => {
  it("never throws, on any Unicode (unpaired surrogates, RTL marks, NULs) or any HTML", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.constantFrom("text" as const, "html" as const),
        (body, format) => {
          const split = splitBody(body, format);
          expect(typeof split.text).toBe("string");
          expect(typeof newText(body, format)).toBe("string");
        }
      ),
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
});
