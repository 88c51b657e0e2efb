import fc from "fast-check";
import { isCalendarDate } from "../../../../src/core/dates/calendar";
import { AMOUNT_PATTERNS, findAmounts } from "../../../../src/core/facts/amounts";
import * as cues from "../../../../src/core/facts/cues";
import { extractFacts } from "../../../../src/core/facts/extract";
import { patternSource } from "../../../../src/core/facts/pattern";
import { findOrderRefs, REF_PATTERNS } from "../../../../src/core/facts/refs";
import type { FactSource, Money, OrderFacts, OrderRef } from "../../../../src/core/facts/types";
import { RUNS } from "../../property-runs";
import { hostileText, megabyteLine } from "../hostile-text";

// UTF-16 units of any value, so unpaired surrogates come up often.
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

// Pieces of the things the finders look for, glued with noise, to reach the deeper paths.
const FRAGMENTS = [
  "PI ",
  "PO#",
  "No. ",
  "合同号：",
  "订单",
  "заказ № ",
  "الطلب رقم ",
  "AB ",
  "Pedido ",
  "USD ",
  "US$",
  "€",
  "¥",
  "元",
  "万",
  "k",
  "M",
  " руб.",
  " ريال",
  "R$ ",
  "CHF ",
  "12,500.00",
  "8.400,50",
  "9\u00a0850,00",
  "1'250.50",
  "3.2",
  "2611/045",
  "SR-2611-045",
  "30%",
  "15.12.2026",
  "+86 21 5555 1234",
  ".",
  ",",
  " ",
  "\n",
  "\ud800",
  "\udc00",
  "٥٠٠٠",
];
const pieces = fc.constantFrom(...FRAGMENTS);
const textish = fc
  .array(fc.oneof(pieces, anyUnits, fc.string({ unit: "binary", maxLength: 20 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(""));

const REF_KINDS = ["PI", "PO", "contract", "order", "invoice"];

/** A reference as its type says: a known kind, a value with a digit. */
const goodRef = (ref: OrderRef): boolean => REF_KINDS.includes(ref.kind) && /\d/.test(ref.value);

/** An amount as its type says: a finite number, an ISO code, read from one of the texts. */
const goodMoney = (money: Money, texts: readonly string[]): boolean =>
  Number.isFinite(money.amount) &&
  /^[A-Z]{3}$/.test(money.currency) &&
  texts.some((text) => text.includes(money.text));

/**
 * Order facts as their type says: good references and amounts (the main ones among them),
 * real days. Plain checks, one expect each: a 1 MB text holds tens of thousands of amounts.
 */
function expectFacts(facts: OrderFacts, texts: readonly string[]): void {
  expect(facts.orderRefs.filter((ref) => !goodRef(ref))).toEqual([]);
  expect(facts.amounts.filter((money) => !goodMoney(money, texts))).toEqual([]);
  if (facts.orderRef) expect(facts.orderRefs).toContainEqual(facts.orderRef);
  if (facts.amount) expect(facts.amounts).toContainEqual(facts.amount);
  for (const day of [facts.confirmedOn, facts.priceValidUntil]) {
    if (day !== null) expect(isCalendarDate(day)).toBe(true);
  }
}

const sentAt = fc.oneof(
  fc.constant(null),
  fc.constantFrom("", "garbage", "2026-13-45T00:00:00Z"),
  fc
    .date({ min: new Date("0001-01-02"), max: new Date("9999-12-30"), noInvalidDate: true })
    .map((d) => d.toISOString())
);
const source: fc.Arbitrary<FactSource> = fc.record({
  text: fc.oneof(hostileText(FRAGMENTS), textish),
  sentAt,
  side: fc.constantFrom("ours" as const, "buyer" as const),
});

describe("robustness", () => {
  it("never throws on arbitrary text, and every amount is a finite number", () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, textish, hostileText(FRAGMENTS)), (text) => {
        expect(findOrderRefs(text).filter((ref) => !goodRef(ref))).toEqual([]);
        expect(findAmounts(text).filter((money) => !goodMoney(money, [text]))).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });

  it("extractFacts never throws on any Unicode (unpaired surrogates, bidi controls), and returns well-typed facts", () => {
    fc.assert(
      fc.property(
        fc.array(source, { maxLength: 5 }),
        fc.constantFrom("UTC", "Europe/Berlin", "Asia/Shanghai", "America/Los_Angeles", "Bad/Zone"),
        fc.option(fc.oneof(hostileText(FRAGMENTS, 8), fc.array(hostileText(FRAGMENTS, 8))), {
          nil: undefined,
        }),
        (messages, tz, subject) => {
          const facts = extractFacts(messages, { tz, subject });
          expectFacts(facts, [...messages.map((m) => m.text), ...[subject ?? []].flat()]);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("finishes on a 1 MB line of references, amounts, bidi controls and surrogates", () => {
    const line = megabyteLine(
      "PI SR-2611-045 total USD 12,500.00 合同号：HT-2611-008 ¥8.400,50 万"
    );
    const messages: FactSource[] = [
      { text: line, sentAt: "2026-11-05T10:00:00Z", side: "buyer" },
      { text: line, sentAt: null, side: "ours" },
    ];
    const facts = extractFacts(messages, { subject: line });
    expectFacts(facts, [line]);
    expect(facts.orderRef).not.toBeNull();
  });

  // Adversarial 200 KB inputs: long runs of what the patterns start on but cannot finish.
  it.each([
    ["label runs", "PI PO No. # 合同号：".repeat(12_000)],
    ["digit and separator runs", "1,2.3 4'5".repeat(25_000)],
    ["currency runs", "USD $ € ¥ 元 руб. ".repeat(12_000)],
    ["blanks", " ".repeat(200_000)],
    ["one long word", "x".repeat(200_000)],
    ["long number", "1".repeat(200_000)],
    ["mixed", "PI SR-2611-045 total USD 12,500.00, 30% deposit; ".repeat(4_000)],
  ])("finishes on 200 KB of %s", (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(190_000);
    expect(Array.isArray(findOrderRefs(text))).toBe(true);
    expect(Array.isArray(findAmounts(text))).toBe(true);
  });
});

// Bounded quantifiers keep every match attempt constant-time, so whole scans stay linear.
describe("patterns are written for linear time", () => {
  const unbounded = (source: string): boolean =>
    /(?<!\\)[*+]|\{\d+,\}/.test(source.replace(/\\\\|\\.|\[(?:\\.|[^\]\\])*\]/g, "x"));

  const tables = Object.entries(cues).map(([name, table]) => [
    name,
    Object.values(table).flatMap((list) => (list ?? []) as string[]),
  ]);
  it.each(tables)("%s has no unbounded quantifier", (_name, patterns) => {
    for (const p of patterns as string[])
      expect([p, unbounded(patternSource(p))]).toEqual([p, false]);
  });

  it("spots one when there is one", () => {
    expect(unbounded("a+")).toBe(true);
    expect(unbounded("(?:ab)*")).toBe(true);
    expect(unbounded("a{2,}")).toBe(true);
    expect(unbounded("a{1,3}[+*]\\+")).toBe(false);
  });

  it.each([...REF_PATTERNS, ...AMOUNT_PATTERNS].map((re) => [re.source.slice(0, 40), re]))(
    "the pattern %s… has no unbounded quantifier",
    (_start, re) => {
      expect(unbounded((re as RegExp).source)).toBe(false);
    }
  );
});

describe("pattern shorthands", () => {
  it.each([
    ["we confirm ~order", "we confirm the purchase order", true],
    ["we confirm ~order", "we confirm order", true],
    ["we confirm ~order", "we confirm a b c d e order", false],
    ["down ?payment", "downpayment", true],
    ["down ?payment", "down  payment", true],
    ["合同…已确认", "合同HT-2611-008已确认", true],
    ["合同…已确认", "合同的所有条款和付款方式我们的法务部门都看过了已确认", false],
  ])("%s on %j: %s", (pattern, text, matches) => {
    expect(new RegExp(`^${patternSource(pattern)}$`, "iu").test(text)).toBe(matches);
  });
});
