import fc from "fast-check";
import { isCalendarDate } from "../../../../src/core/dates/calendar";
import { findDates } from "../../../../src/core/dates/find-dates";
import { parseHeaderDate } from "../../../../src/core/dates/header-date";
import { RUNS } from "../../property-runs";

// Pieces of dates, so random text often comes close to one, mixed with any code point and
// unpaired surrogates.
const FRAGMENTS = [
  "6",
  "26",
  "2026",
  "٢٦",
  "１２",
  "十二",
  "二〇二六",
  ".",
  "/",
  "-",
  ":",
  ",",
  " ",
  "\n",
  "(",
  ")",
  "+",
  "January",
  "nov.",
  "ноября",
  "تشرين الثاني",
  "de",
  "of",
  "年",
  "月",
  "日",
  "号",
  "下",
  "周二",
  "个",
  "next",
  "Friday",
  "in",
  "days",
  "a.m.",
  "p. m.",
  "GMT",
  "+0100",
  "10:30",
  "end",
  "of the",
  "month",
  "mañana",
  "morgen",
  "quinta-feira",
  "que viene",
  "г.",
  "م",
  "ص",
  "上午",
  "(木)",
  "dentro de",
];
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  }
);
const text = fc.string({ unit, maxLength: 60 });

describe("dates on hostile text", () => {
  it("findDates never throws and its mentions point into the text", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const m of findDates(s, "2026-11-25")) {
          expect(m.start).toBeLessThan(m.end);
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(isCalendarDate(m.date)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("parseHeaderDate never throws and gives an instant or null", () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom("UTC", "Europe/Berlin", "Asia/Shanghai", "Bad/Zone"),
        (s, tz) => {
          const got = parseHeaderDate(s, tz);
          if (got !== null) expect(new Date(got).toISOString()).toBe(got);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("handles any full-Unicode string, unpaired surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        findDates(s, "2026-11-25");
        parseHeaderDate(s);
      }),
      { numRuns: RUNS }
    );
  });

  it("finishes on 200 KB strings", () => {
    // Not timed (benchmarks measure speed); these only have to finish.
    const big = [
      fc.sample(fc.string({ unit, minLength: 60_000, maxLength: 60_000 }), {
        numRuns: 1,
        seed: 7,
      })[0],
      "Payment next Friday 6 January 26.11.2026 in 3 days 下周二 月底 PI 2611-045 ".repeat(3000),
      "6 of of of ".repeat(20_000),
      "下".repeat(200_000),
      "1.".repeat(100_000),
      "-".repeat(200_000),
      "\ud800".repeat(200_000),
    ];
    for (const s of big) {
      expect(Array.isArray(findDates(s, "2026-11-25"))).toBe(true);
      parseHeaderDate(s);
    }
  });
});
