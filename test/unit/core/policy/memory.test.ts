import fc from "fast-check";
import { addDays } from "../../../../src/core/dates";
import { ChaseMemory, MAX_CHASES, threadKey } from "../../../../src/core/policy/memory";
import { RUNS } from "../../property-runs";

// Conversation ids as hosts write them: Outlook's base64 (EWS and REST alphabets), Gmail's hex.
const OUTLOOK_ID =
  "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAHNpHc8V5xRImK0qhQT2Ttw=";
const OUTLOOK_REST_ID =
  "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAHNpHc8V5xRImK0qhQT2Ttw_";
const GMAIL_ID = "18c4f0a2b3d4e5f6";

/** One thing a pane does to the memory. */
type Op = { kind: "chase" | "override"; id: string; date: string } | { kind: "clear"; id: string };

const ids = fc.oneof(
  fc.constantFrom(OUTLOOK_ID, OUTLOOK_REST_ID, GMAIL_ID, "", "AAQkADAwATM3ZmYAZS1h=="),
  fc.string({ maxLength: 160 })
);
// Mostly the years Kindly is used in, sometimes the calendar's ends (negative and long day numbers).
const dates = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 4000 }).map((n) => addDays("2023-01-01", n)) },
  { weight: 1, arbitrary: fc.constantFrom("0001-01-01", "1999-12-31", "2019-12-31", "9999-12-31") }
);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant("chase" as const), id: ids, date: dates }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("override" as const), id: ids, date: dates }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("clear" as const), id: ids }) }
);
const ops = fc.array(op, { maxLength: 40 });

function apply(memory: ChaseMemory, list: Op[]): ChaseMemory {
  for (const o of list) {
    if (o.kind === "chase") memory.recordChase(o.id, o.date);
    else if (o.kind === "override") memory.recordOverride(o.id, o.date);
    else memory.clearOverride(o.id);
  }
  return memory;
}

const build = (list: Op[]) => apply(new ChaseMemory(), list);
const copy = (memory: ChaseMemory) => ChaseMemory.decode(memory.encode()).memory;
const idsOf = (...lists: Op[][]) => [...new Set(lists.flat().map((o) => o.id))];

describe("ChaseMemory", () => {
  it("knows nothing of a thread it never saw", () => {
    expect(new ChaseMemory().get(OUTLOOK_ID)).toEqual({ chases: [], override: null });
    expect(new ChaseMemory().size).toBe(0);
  });

  it("keeps chase days ascending and once each, the most recent eight", () => {
    const memory = new ChaseMemory();
    for (const date of ["2026-03-10", "2026-03-02", "2026-03-10", "2026-03-05"]) {
      memory.recordChase(OUTLOOK_ID, date);
    }
    expect(memory.get(OUTLOOK_ID).chases).toEqual(["2026-03-02", "2026-03-05", "2026-03-10"]);
    for (let i = 0; i < 12; i++) memory.recordChase(GMAIL_ID, addDays("2026-01-01", 7 * i));
    expect(memory.get(GMAIL_ID).chases).toHaveLength(MAX_CHASES);
    expect(memory.get(GMAIL_ID).chases[0]).toBe(addDays("2026-01-01", 7 * 4));
    expect(memory.size).toBe(2);
  });

  it("tells conversations apart by their whole id", () => {
    const memory = new ChaseMemory();
    memory.recordChase(OUTLOOK_ID, "2026-03-02");
    expect(memory.get(OUTLOOK_REST_ID).chases).toEqual([]);
  });

  it("remembers the latest Chase anyway, and forgets it when cleared", () => {
    const memory = new ChaseMemory();
    memory.recordOverride(OUTLOOK_ID, "2026-03-04");
    memory.recordOverride(OUTLOOK_ID, "2026-03-02");
    expect(memory.get(OUTLOOK_ID)).toEqual({ chases: [], override: "2026-03-04" });
    memory.clearOverride(OUTLOOK_ID);
    expect(memory.get(OUTLOOK_ID).override).toBeNull();
    memory.recordOverride(OUTLOOK_ID, "2026-03-04"); // chosen again the same day
    expect(memory.get(OUTLOOK_ID).override).toBe("2026-03-04");
    memory.clearOverride(GMAIL_ID); // nothing to clear
    expect(memory.size).toBe(1);
  });

  it("refuses a date that is not a calendar day", () => {
    const memory = new ChaseMemory();
    expect(() => memory.recordChase(OUTLOOK_ID, "2026-02-30")).toThrow(RangeError);
    expect(() => memory.recordOverride(OUTLOOK_ID, "next Tuesday")).toThrow(RangeError);
    expect(memory.size).toBe(0);
  });

  it("writes the documented compact format", () => {
    const memory = new ChaseMemory();
    memory.recordChase(OUTLOOK_ID, "2026-09-10");
    memory.recordChase(OUTLOOK_ID, "2026-09-17");
    memory.recordChase(OUTLOOK_ID, "2026-09-24");
    const key = threadKey(OUTLOOK_ID);
    expect(key).toMatch(/^[0-9a-z]{1,7}$/);
    expect(memory.encode()).toBe(`K1;${key}:1vw,7,7.`);
    memory.recordOverride(OUTLOOK_ID, "2026-09-25");
    memory.clearOverride(OUTLOOK_ID);
    expect(memory.encode()).toBe(`K1;${key}:1vw,7,7!1wb*1.`);
    memory.recordChase(GMAIL_ID, "2019-12-31");
    expect(memory.encode()).toBe(`K1;${key}:1vw,7,7!1wb*1;${threadKey(GMAIL_ID)}:-1.`);
    expect(new ChaseMemory().encode()).toBe("K1.");
  });

  it("round-trips its encoding exactly", () => {
    fc.assert(
      fc.property(ops, (list) => {
        const memory = build(list);
        const encoded = memory.encode();
        expect(encoded).toMatch(/^[\x21-\x7e]+$/); // printable ASCII, nothing JSON escapes
        expect(encoded).not.toMatch(/["\\]/);
        const { memory: back, warning } = ChaseMemory.decode(encoded);
        expect(warning).toBeNull();
        expect(back.encode()).toBe(encoded);
        expect(back.size).toBe(memory.size);
        for (const id of idsOf(list)) expect(back.get(id)).toEqual(memory.get(id));
      }),
      { numRuns: RUNS }
    );
  });

  it("merges commutatively, associatively and idempotently", () => {
    fc.assert(
      fc.property(ops, ops, ops, (x, y, z) => {
        const [a, b, c] = [build(x), build(y), build(z)];
        expect(a.merge(b).encode()).toBe(b.merge(a).encode());
        expect(a.merge(b).merge(c).encode()).toBe(a.merge(b.merge(c)).encode());
        expect(a.merge(a).encode()).toBe(a.encode());
        expect(a.merge(b).merge(b).encode()).toBe(a.merge(b).encode());
        // Merging copies nothing by reference: changing the result leaves its sources alone.
        const before = a.encode();
        const merged = a.merge(b);
        for (const id of idsOf(x, y)) merged.recordChase(id, "2031-01-01");
        expect(a.encode()).toBe(before);
      }),
      { numRuns: RUNS }
    );
  });

  it("merges to every chase day and the later override of each thread", () => {
    fc.assert(
      fc.property(ops, ops, (x, y) => {
        const [a, b] = [build(x), build(y)];
        const merged = a.merge(b);
        for (const id of idsOf(x, y)) {
          const union = [...new Set([...a.get(id).chases, ...b.get(id).chases])].sort();
          expect(merged.get(id).chases).toEqual(union.slice(-MAX_CHASES));
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("keeps a cleared override cleared when merged with an older copy", () => {
    const older = new ChaseMemory();
    older.recordChase(OUTLOOK_ID, "2026-03-02");
    older.recordOverride(OUTLOOK_ID, "2026-03-04");
    const newer = copy(older);
    newer.clearOverride(OUTLOOK_ID);
    expect(newer.merge(older).get(OUTLOOK_ID).override).toBeNull();
    expect(older.merge(newer).get(OUTLOOK_ID).override).toBeNull();
    const again = copy(newer);
    again.recordOverride(OUTLOOK_ID, "2026-03-04");
    expect(again.merge(newer).merge(older).get(OUTLOOK_ID).override).toBe("2026-03-04");
  });

  it("prunes whole threads, least recently active first, to fit", () => {
    fc.assert(
      fc.property(ops, fc.integer({ min: 0, max: 400 }), (list, maxChars) => {
        const memory = build(list);
        const full = memory.encode();
        memory.prune(maxChars);
        const pruned = memory.encode();
        expect(pruned.length).toBeLessThanOrEqual(Math.max(maxChars, "K1.".length));
        // A thread's activity is the latest day recorded for it, chase or override.
        const activity = (id: string) =>
          list
            .flatMap((o) => (o.id === id && o.kind !== "clear" ? [o.date] : []))
            .sort()
            .pop() ?? "";
        const holds = (encoded: string, id: string) => encoded.includes(`;${threadKey(id)}:`);
        const stored = idsOf(list).filter((id) => holds(full, id));
        const kept = stored.filter((id) => holds(pruned, id));
        const dropped = stored.filter((id) => !holds(pruned, id));
        for (const id of kept) expect(memory.get(id)).toEqual(build(list).get(id));
        const oldestKept = kept.map(activity).sort()[0];
        for (const id of dropped) if (oldestKept) expect(activity(id) <= oldestKept).toBe(true);
      }),
      { numRuns: RUNS }
    );
  });

  it("prunes a thousand threads to a budget, keeping the most recent", () => {
    const memory = new ChaseMemory();
    for (let i = 0; i < 1000; i++) {
      memory.recordChase(`thread-${i}`, addDays("2025-01-01", i));
      memory.recordChase(`thread-${i}`, addDays("2025-01-01", i + 5));
    }
    memory.prune(2000);
    expect(memory.encode().length).toBeLessThanOrEqual(2000);
    expect(memory.size).toBeGreaterThan(100);
    expect(memory.get("thread-999").chases).toEqual([
      addDays("2025-01-01", 999),
      addDays("2025-01-01", 1004),
    ]);
    expect(memory.get(`thread-${1000 - memory.size}`).chases).toHaveLength(2);
    expect(memory.get(`thread-${999 - memory.size}`).chases).toEqual([]);
  });
});

describe("ChaseMemory.decode on what it did not write", () => {
  it("starts empty without a warning when nothing is stored yet", () => {
    for (const nothing of [undefined, null]) {
      expect(ChaseMemory.decode(nothing).warning).toBeNull();
      expect(ChaseMemory.decode(nothing).memory.size).toBe(0);
    }
  });

  it.each([
    ["a number", 42],
    ["an object", { chases: ["2026-03-02"] }],
    ["an array", ["K1."]],
    ["a boolean", true],
    ["an empty string", ""],
    ["another format", '{"threads":[]}'],
    ["version 0", "K0;a:1vw."],
  ])("starts empty with a warning for %s", (_, stored) => {
    const { memory, warning } = ChaseMemory.decode(stored);
    expect(memory.size).toBe(0);
    expect(warning).toBe("unreadable");
  });

  it("reads nothing of a newer version, and says so", () => {
    const { memory, warning } = ChaseMemory.decode("K2;abc:1vw,7;def:1vx.");
    expect(memory.size).toBe(0);
    expect(warning).toBe("newer");
  });

  it("keeps the good threads of a mix of good and bad ones", () => {
    const memory = new ChaseMemory();
    memory.recordChase(OUTLOOK_ID, "2026-03-02");
    memory.recordOverride(OUTLOOK_ID, "2026-03-05");
    memory.recordChase(GMAIL_ID, "2026-01-02");
    const [head, ...threads] = memory.encode().slice(0, -1).split(";");
    const bad = [
      "",
      "zzzzzzzz:1",
      "abc:",
      "abc:1vw,0",
      "abc:zzzzz",
      "abc:1vw!",
      "ABC:1vw",
      "a b:1",
      "x:1!2*",
      "1z141z4:1",
    ];
    const stored = [head, bad[0], threads[0], ...bad.slice(1), threads[1]].join(";") + ".";
    const { memory: back, warning } = ChaseMemory.decode(stored);
    expect(warning).toBe("partial");
    expect(back.size).toBe(2);
    expect(back.get(OUTLOOK_ID)).toEqual(memory.get(OUTLOOK_ID));
    expect(back.get(GMAIL_ID)).toEqual(memory.get(GMAIL_ID));
  });

  it("keeps only whole threads of an encoding cut short, with a warning", () => {
    fc.assert(
      fc.property(ops, fc.nat(), (list, at) => {
        const memory = build(list);
        const encoded = memory.encode();
        const { memory: back, warning } = ChaseMemory.decode(encoded.slice(0, at % encoded.length));
        expect(warning).not.toBeNull();
        expect(back.size).toBeLessThan(Math.max(memory.size, 1));
        for (const id of idsOf(list)) {
          const thread = back.get(id);
          if (thread.chases.length || thread.override) expect(thread).toEqual(memory.get(id));
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("never throws on random or damaged strings, and what it reads encodes cleanly", () => {
    const damaged = fc.tuple(ops, fc.nat(), fc.string({ maxLength: 3 })).map(([list, at, junk]) => {
      const encoded = build(list).encode();
      const i = at % encoded.length;
      return encoded.slice(0, i) + junk + encoded.slice(i + 1);
    });
    const pieces = fc.constantFrom("K1", "K2", ";", ":", ",", "!", "*", ".", "-", "1vw", "zz", "0");
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), damaged, fc.string({ unit: pieces, maxLength: 30 })),
        (s) => {
          const { memory, warning } = ChaseMemory.decode(s);
          expect(warning === null || ["unreadable", "newer", "partial"].includes(warning)).toBe(
            true
          );
          const again = ChaseMemory.decode(memory.encode());
          expect(again.warning).toBeNull();
          expect(again.memory.encode()).toBe(memory.encode());
        }
      ),
      { numRuns: RUNS }
    );
  });
});
