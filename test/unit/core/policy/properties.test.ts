import fc from "fast-check";
import { addDays, calendarDateIn, compareDates, isCalendarDate } from "../../../../src/core/dates";
import {
  DEFAULT_POLICY,
  DELAY_REASONS,
  decide,
  makeCalendar,
  type BuyerCalendar,
  type Decision,
  type DelayReason,
  type PolicySettings,
  type Status,
} from "../../../../src/core/policy";
import type { Message, MessageKind, Thread } from "../../../../src/core/thread/model";
import { RUNS } from "../../property-runs";
import { msg, thread } from "./build";

/*
 * The cooling-off decision (PRODUCT.md §3) on arbitrary threads: any mix of chases, replies,
 * auto-replies and other mail, dated near today, far away, in the future, or not at all, with
 * promised and return dates anywhere on the calendar (0001-01-01 … 9999-12-31).
 */

const KINDS: MessageKind[] = ["chase", "reply", "auto-reply", "other"];
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "Asia/Shanghai",
  "Asia/Kathmandu",
  "America/Los_Angeles",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];

/** A buyer who never works: every count of business days runs into the calendar's guard. */
const NEVER_WORKS: BuyerCalendar = {
  country: "ZZ",
  weekend: [0, 1, 2, 3, 4, 5, 6],
  hasHolidays: false,
  isBusinessDay: () => false,
};
const holidays = fc.array(fc.integer({ min: 1, max: 366 }), { maxLength: 40 }).map((days) => {
  const years: Record<string, number[]> = {};
  for (let year = 1999; year <= 2102; year++) years[String(year)] = days;
  return years;
});
const calendar: fc.Arbitrary<BuyerCalendar> = fc.oneof(
  fc.constantFrom(
    makeCalendar(null),
    makeCalendar("SA", {}),
    makeCalendar("NP", {}),
    makeCalendar("BN", {}),
    makeCalendar("IR", {}),
    NEVER_WORKS
  ),
  fc.tuple(fc.constantFrom("DE", "CN", "AE", "US"), holidays).map(([c, h]) => makeCalendar(c, h))
);

/** Settings as the settings form accepts them (src/hosts/settings.ts): 1–4 gaps of 1–30 business days that never shrink, and so on. */
const validSettings: fc.Arbitrary<PolicySettings> = fc
  .record({
    gaps: fc
      .array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 })
      .map((gaps) => gaps.sort((a, b) => a - b)),
    autoReplyHold: fc.integer({ min: 1, max: 30 }),
    afterPromise: fc.integer({ min: 0, max: 10 }),
    middlemanMinGap: fc.integer({ min: 1, max: 30 }),
    competitorMaxGap: fc.integer({ min: 1, max: 30 }),
  })
  .map((s) => ({ ...s, competitorMaxGap: Math.min(s.competitorMaxGap, s.middlemanMinGap) }));
/** Any numbers at all: no gaps, zeros, gaps that shrink, a competitor's wait above a middleman's. */
const anySettings: fc.Arbitrary<PolicySettings> = fc.oneof(
  fc.constant(DEFAULT_POLICY),
  validSettings,
  fc.record({
    gaps: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
    autoReplyHold: fc.integer({ min: 0, max: 60 }),
    afterPromise: fc.integer({ min: 0, max: 60 }),
    middlemanMinGap: fc.integer({ min: 0, max: 60 }),
    competitorMaxGap: fc.integer({ min: 0, max: 60 }),
  })
);

/** When a message was sent, relative to now: mostly the last few months, sometimes anything. */
type When = { minutesAgo: number } | { instant: string } | { none: string | null };
const when: fc.Arbitrary<When> = fc.oneof(
  // Hours, so that messages often share a minute and a day; a few hours in the future too.
  {
    weight: 8,
    arbitrary: fc.integer({ min: -3 * 24, max: 120 * 24 }).map((h) => ({ minutesAgo: h * 60 })),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: -5, max: 60 * 24 * 90 }).map((m) => ({ minutesAgo: m })),
  },
  {
    weight: 1,
    // Any instant whose day, in every zone, is a calendar day (years 0001–9999).
    arbitrary: fc
      .date({ min: new Date("0001-01-02"), max: new Date("9999-12-30"), noInvalidDate: true })
      .map((d) => ({ instant: d.toISOString() })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(null, "", "garbage", "2026-13-45T00:00:00Z", "Thu, 26 Nov")
      .map((none) => ({ none })),
  }
);
/** A promised or return date: none, days from today, or any day of the calendar. */
type Day = null | { daysAhead: number } | { date: string };
const day: fc.Arbitrary<Day> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: -60, max: 90 }).map((daysAhead) => ({ daysAhead })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom("0001-01-01", "9999-12-31", "9999-12-30", "2000-02-29"),
        fc.integer({ min: 0, max: 3_652_058 }).map((n) => addDays("0001-01-01", n))
      )
      .map((date) => ({ date })),
  }
);

interface MessageSpec {
  kind: MessageKind;
  when: When;
  promised: Day;
  returns: Day;
}
const messageSpec = (kinds: readonly MessageKind[]): fc.Arbitrary<MessageSpec> =>
  fc.record({ kind: fc.constantFrom(...kinds), when, promised: day, returns: day });

/** Today somewhere between 2000 and 2100, at any time of day. */
const now = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms));

/** The message a spec describes, as of `now` (the reader sets the promise on replies and the return date on auto-replies). */
function build(spec: MessageSpec, at: Date): Message {
  const sentAt =
    "minutesAgo" in spec.when
      ? new Date(at.getTime() - spec.when.minutesAgo * 60_000).toISOString()
      : "instant" in spec.when
        ? spec.when.instant
        : spec.when.none;
  const today = calendarDateIn(at, "UTC");
  const dayOf = (d: Day) =>
    d === null ? null : "date" in d ? d.date : addDays(today, d.daysAhead);
  return msg(spec.kind, sentAt, {
    promisedDate: spec.kind === "reply" ? dayOf(spec.promised) : null,
    returnDate: spec.kind === "auto-reply" ? dayOf(spec.returns) : null,
  });
}

interface Case {
  now: Date;
  specs: MessageSpec[];
  settings: PolicySettings;
  calendar: BuyerCalendar;
  tz: string;
  reason: DelayReason;
}
const caseOf = (settings: fc.Arbitrary<PolicySettings>): fc.Arbitrary<Case> =>
  fc.record({
    now,
    specs: fc.array(messageSpec(KINDS), { maxLength: 12 }),
    settings,
    calendar,
    tz: fc.constantFrom(...ZONES),
    reason: fc.constantFrom(...DELAY_REASONS),
  });

function threadOf(c: Case, extra: Message[] = [], at = 0): Thread {
  const messages = c.specs.map((s) => build(s, c.now));
  messages.splice(Math.min(at, messages.length), 0, ...extra);
  return thread(...messages);
}

const run = (c: Case, t: Thread): Decision =>
  decide(t, c.now, c.settings, c.calendar, c.tz, c.reason);

/**
 * How strongly a decision stands against a chase today. `ok` and `respond` let it go (answering
 * the buyer is not chasing: PRODUCT.md §3 rule 2, and the send-time check holds a chase only
 * when it is too soon or on hold); `too-soon` and `hold` ask the rep to wait until `earliest`.
 * So ok = respond < too-soon = hold.
 */
const STRICTNESS: Record<Status, number> = { ok: 0, respond: 0, "too-soon": 1, hold: 1 };

describe("decide: properties", () => {
  it("never throws on arbitrary threads, and answers as its type says", () => {
    fc.assert(
      fc.property(caseOf(anySettings), (c) => {
        const d = run(c, threadOf(c));
        expect(["ok", "too-soon", "hold", "respond"]).toContain(d.status);
        expect(d.today).toBe(calendarDateIn(c.now, c.tz));
        expect(Number.isInteger(d.k) && d.k >= 0).toBe(true);
        expect(Number.isInteger(d.waitDays) && d.waitDays >= 0).toBe(true);
        if (d.earliest === null) expect(d.waitDays).toBe(0);
        else expect(isCalendarDate(d.earliest)).toBe(true);
        expect(d.earliest !== null).toBe(d.status === "too-soon" || d.status === "hold");
        expect(d.country).toBe(c.calendar.country);
      }),
      { numRuns: RUNS }
    );
  });

  it("too soon and hold wait until a day after today, in the rep's zone", () => {
    fc.assert(
      fc.property(caseOf(anySettings), (c) => {
        const d = run(c, threadOf(c));
        if (d.status !== "too-soon" && d.status !== "hold") return;
        // "In the future" means after today's date in the rep's time zone (PRODUCT.md §3).
        expect(compareDates(d.earliest!, calendarDateIn(c.now, c.tz))).toBeGreaterThan(0);
      }),
      { numRuns: RUNS }
    );
  });

  /** What one more chase, dated or not, may do to a decision: never make it less strict. */
  function expectNoLessStrict(before: Decision, after: Decision) {
    // Two exceptions PRODUCT.md §3 makes: rule 3 reads only an auto-reply after our last
    // chase, so a later chase lifts its hold (decide.test.ts: "an auto-reply before our
    // last chase does not hold"); and rule 2 reads a promise only in the buyer's replies
    // after our last chase, so a chase between two replies can leave the later one, with
    // no date, to ask for an answer.
    const liftsAutoReply = before.why.rule === "auto-reply";
    const buyerStillLast = before.why.rule === "buyer-wrote" && after.why.rule === "buyer-wrote";
    if (!liftsAutoReply && !buyerStillLast) {
      expect(STRICTNESS[after.status]).toBeGreaterThanOrEqual(STRICTNESS[before.status]);
    }
    // The gaps never shrink, so the wait after one more chase is never shorter.
    if (before.status === "too-soon" && after.status === "too-soon") {
      expect(compareDates(after.earliest!, before.earliest!)).toBeGreaterThanOrEqual(0);
    }
  }

  it("another chase never makes the decision less strict (ok = respond < too-soon = hold), and never shortens a wait", () => {
    const chase = fc.record({ when, index: fc.nat(12) });
    fc.assert(
      fc.property(caseOf(validSettings), chase, (c, added) => {
        const before = run(c, threadOf(c));
        const withChase = build(
          { kind: "chase", when: added.when, promised: null, returns: null },
          c.now
        );
        expectNoLessStrict(before, run(c, threadOf(c, [withChase], added.index)));
      }),
      { numRuns: RUNS }
    );
  });

  it("an undated chase counts: never 'not chased yet', never less strict, k never smaller", () => {
    // The property above with every added chase undated (issue [reliability] #9).
    fc.assert(
      fc.property(caseOf(validSettings), fc.nat(12), (c, index) => {
        const before = run(c, threadOf(c));
        const after = run(c, threadOf(c, [msg("chase", null)], index));
        expect(after.why.rule).not.toBe("no-chase");
        expect(after.k).toBeGreaterThanOrEqual(before.k);
        expectNoLessStrict(before, after);
      }),
      { numRuns: RUNS }
    );
  });

  it("an undated chase before a dated message other than a chase waits at least as long as any date its place allows", () => {
    // A chase dated before 0001-01-02 would not be a calendar day in every zone.
    const FIRST_DAY = Date.parse("0001-01-02T00:00:00Z");
    // Dated threads in order; the chase goes at `index`, dated anywhere strictly between its neighbours, or undated.
    const place = fc.record({
      index: fc.nat(12),
      where: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(caseOf(validSettings), place, (c, { index, where }) => {
        const time = (m: Message) => (m.sentAt ? Date.parse(m.sentAt) : NaN);
        const messages = threadOf(c)
          .messages.filter((m) => time(m) <= c.now.getTime())
          .sort((a, b) => time(a) - time(b));
        const i = Math.min(index, messages.length);
        const next = messages.slice(i).find((m) => m.kind !== "chase");
        fc.pre(next !== undefined);
        const after = time(messages[i]);
        const before = i > 0 ? time(messages[i - 1]) : Math.max(after - 30 * 86_400_000, FIRST_DAY);
        fc.pre(after - before >= 2);
        const at = before + 1 + Math.floor(where * (after - before - 2));
        const withChase = (chase: Message) =>
          thread(...messages.slice(0, i), chase, ...messages.slice(i));
        const dated = run(c, withChase(msg("chase", new Date(at).toISOString())));
        const undated = run(c, withChase(msg("chase", null)));
        expect(STRICTNESS[undated.status]).toBeGreaterThanOrEqual(STRICTNESS[dated.status]);
        expect(undated.k).toBe(dated.k);
        if (undated.earliest && dated.earliest) {
          expect(compareDates(undated.earliest, dated.earliest)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("a genuine reply from the buyer never turns respond into too soon", () => {
    const reply = fc.record({ spec: messageSpec(["reply"]), index: fc.nat(12) });
    fc.assert(
      fc.property(caseOf(anySettings), reply, (c, added) => {
        const before = run(c, threadOf(c));
        if (before.status !== "respond") return;
        const after = run(c, threadOf(c, [build(added.spec, c.now)], added.index));
        // The buyer has still written last: answer them, or wait for the day they promised.
        expect(["respond", "hold"]).toContain(after.status);
      }),
      { numRuns: RUNS }
    );
  });

  it("the arbitrary threads reach every status and every rule", () => {
    // Otherwise the properties above could pass by never meeting the case they are about.
    const seen = new Set<string>();
    for (const c of fc.sample(caseOf(validSettings), { numRuns: 1000, seed: 42 })) {
      const d = run(c, threadOf(c));
      seen.add(d.status).add(d.why.rule);
    }
    expect([...seen].sort()).toEqual(
      [
        "auto-reply",
        "buyer-wrote",
        "gap",
        "hold",
        "no-chase",
        "ok",
        "promise",
        "respond",
        "too-soon",
        "undated",
      ].sort()
    );
  });

  it("holds until the last day of the calendar for a promise on 9999-12-31", () => {
    const c: Case = {
      now: new Date("2026-11-20T12:00:00Z"),
      specs: [],
      settings: DEFAULT_POLICY,
      calendar: makeCalendar("DE", {}),
      tz: "UTC",
      reason: "unknown",
    };
    const t = thread(
      msg("chase", "2026-11-16T12:00:00Z"),
      msg("reply", "2026-11-17T12:00:00Z", { promisedDate: "9999-12-31" })
    );
    expect(run(c, t)).toMatchObject({ status: "hold", earliest: "9999-12-31" });
  });
});
