import fc from "fast-check";
import { classifyAutoReply, classifyReply, threadReason } from "../../../../src/core/reasons";
import type { ReasonReading } from "../../../../src/core/reasons/types";
import { BUYER_LANGUAGES, type BuyerLanguage } from "../../../../src/core/text/language";
import type { MessageKind } from "../../../../src/core/thread/model";
import { RUNS } from "../../property-runs";
import { msg, thread } from "../policy/build";
import { bidiWrapped, hostileText, megabyteLine } from "../hostile-text";

// Pieces of real replies, cues and grammar words, so random text often comes
// close to a reason, mixed with any code point and unpaired surrogates.
const FRAGMENTS = [
  "our customer",
  " has not paid",
  "hasn't",
  "not because of",
  "the exchange rate",
  " is not the problem",
  "but",
  "on holiday",
  "Happy holidays",
  "another supplier",
  "cash flow",
  "客户",
  "还没付款",
  "不是",
  "汇率",
  "。",
  "！",
  "？",
  "nuestro cliente",
  "aún no nos paga",
  "ne nous a pas",
  "unser Kunde",
  "noch nicht bezahlt",
  "não pagou",
  "заказчик",
  "не оплатил",
  "в курсе",
  "عميلنا",
  "لم يدفع",
  "؟",
  "،",
  "…",
  ".",
  "?",
  "!",
  ",",
  ";",
  " ",
  "\n",
  "\n\n",
  "Mr.",
  "ß",
  "İ",
  "é",
  "\u0301",
  "\ud83d",
  "\ude00",
  "😀",
];

const text = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary" })), {
      maxLength: 30,
    })
    .map((parts) => parts.join("")),
  hostileText(FRAGMENTS)
);
const language = fc.option(fc.constantFrom<BuyerLanguage>(...BUYER_LANGUAGES), { nil: undefined });

const LABELS = ["middleman", "cash_flow", "exchange_rate", "competitor", "away", "unknown"];

/** A reading as its type says, its evidence pointing into the text that was read. */
function expectReading(reading: ReasonReading, t: string): void {
  expect(LABELS).toContain(reading.label);
  expect(reading.confidence).toBeGreaterThanOrEqual(0);
  expect(reading.confidence).toBeLessThanOrEqual(1);
  if (reading.lang !== null) expect(BUYER_LANGUAGES).toContain(reading.lang);
  for (const e of reading.evidence) {
    expect(LABELS).toContain(e.reason);
    expect(t.slice(e.start, e.end)).toBe(e.sentence);
    expect(e.sentence).toContain(e.cue);
    expect(e.cue.length).toBeGreaterThan(0);
  }
}

describe("classifyReply on any text", () => {
  it("never throws on any Unicode (unpaired surrogates, bidi controls), and its evidence points into the text", () => {
    fc.assert(
      fc.property(text, language, (t, lang) => {
        expectReading(classifyReply(t, lang), t);
        expectReading(classifyAutoReply(t, lang), t);
      }),
      { numRuns: RUNS }
    );
  });

  it("threadReason never throws on a thread of such replies, and points at one of its messages", () => {
    const kinds: MessageKind[] = ["chase", "reply", "auto-reply", "other"];
    const messages = fc.array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        text,
        sentAt: fc.constantFrom(null, "garbage", "2026-11-16T10:00:00Z", "2026-11-17T10:00:00Z"),
      }),
      { maxLength: 4 }
    );
    fc.assert(
      fc.property(messages, (specs) => {
        const t = thread(...specs.map((m) => msg(m.kind, m.sentAt, { text: m.text })));
        const reading = threadReason(t);
        const from = t.messages.find((m) => m.id === reading.messageId);
        if (reading.messageId !== null) expect(from).toBeDefined();
        expectReading(reading, from?.text ?? "");
        if (reading.messageId === null) expect(reading.evidence).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });

  it("reads a reason wrapped in bidi controls", () => {
    const t = bidiWrapped("Our customer has not paid us yet.");
    const reading = classifyReply(t);
    expectReading(reading, t);
    expect(reading.label).toBe("middleman");
  });

  it.each([
    // One sentence a megabyte long, a cue every few words, ending in a question: every cue's
    // negation and overlap checks run against the whole sentence.
    [
      "cues, bidi controls and surrogates",
      `${megabyteLine("our customer has not paid, not because of the exchange rate but 客户还没付款")} could you wait?`,
    ],
    // More clause boundaries and contrasts in one sentence than a function call takes arguments.
    ["commas and contrasts", `${"a, but ".repeat(143_000)}could you wait?`],
  ])("finishes on a 1 MB line of %s", (_name, line) => {
    expect(line.length).toBeGreaterThanOrEqual(1_000_000);
    // classifyAutoReply reads the text with classifyReply: the random texts above check it.
    expectReading(classifyReply(line), line);
  });

  it("gives evidence for the label it names", () => {
    fc.assert(
      fc.property(text, (t) => {
        const reading = classifyReply(t);
        if (reading.label !== "unknown") expect(reading.evidence[0].reason).toBe(reading.label);
      }),
      { numRuns: RUNS }
    );
  });
});
