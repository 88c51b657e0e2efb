import { addDays, daysBetween } from "../../../src/core/dates";
import { ChaseMemory, threadKey } from "../../../src/core/policy/memory";
import { HostError } from "../../../src/hosts/mailhost";
import { FakeSettings } from "../../fakes/settings-store";
import {
  MEMORY_BUDGET,
  MEMORY_KEY,
  forgetOverride,
  loadMemory,
  rememberChase,
  rememberOverride,
  saveMemory,
} from "../../../src/hosts/memory-store";

/** Outlook's roaming settings: 32 KB for every key and value, as JSON. */
const ROAMING_LIMIT = 32 * 1024;

// The rep's other settings, so the 32 KB is measured for the whole of them.
const OTHER_SETTINGS = {
  "kindly.settings": {
    repName: "David Wu",
    company: "Sunrise Textiles Co., Ltd.",
    policy: { gaps: [3, 5, 7, 10], autoReplyHold: 5, afterPromise: 1 },
    buyerCountries: Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`buyer${i}.example.com`, "DE"])
    ),
  },
};

const A = "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAHNpHc8V5xRImK0qhQT2Ttw=";
const B = "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAJ3kx0QfZkVEg1Nq8wZ7hPc=";

describe("the chase memory in roaming settings", () => {
  it("loads an empty memory, without a warning, when nothing is stored", () => {
    const { memory, warning } = loadMemory(new FakeSettings());
    expect(memory.size).toBe(0);
    expect(warning).toBeNull();
  });

  it("saves under one key and loads back what it saved", async () => {
    const settings = new FakeSettings(OTHER_SETTINGS);
    await rememberChase(settings, A, "2026-03-02");
    await rememberOverride(settings, A, "2026-03-04");
    const { memory, warning } = loadMemory(settings.reopened());
    expect(warning).toBeNull();
    expect(memory.get(A)).toEqual({ chases: ["2026-03-02"], override: "2026-03-04" });
    expect(Object.keys(JSON.parse(settings.saved) as object).sort()).toEqual([
      "kindly.memory",
      "kindly.settings",
    ]);
    expect(settings.get("kindly.settings")).toEqual(OTHER_SETTINGS["kindly.settings"]);
    expect(MEMORY_KEY).toBe("kindly.memory");
  });

  it("forgets an override for good, even though every save merges with what is stored", async () => {
    const settings = new FakeSettings();
    await rememberOverride(settings, A, "2026-03-04");
    await forgetOverride(settings, A);
    await rememberChase(settings, A, "2026-03-05");
    expect(loadMemory(settings.reopened()).memory.get(A)).toEqual({
      chases: ["2026-03-05"],
      override: null,
    });
  });

  it.each([
    ["first pane first", [0, 1]],
    ["second pane first", [1, 0]],
  ])("keeps what two panes save, %s", async (_, order) => {
    const settings = new FakeSettings();
    await rememberChase(settings, A, "2026-03-02");
    const panes = [loadMemory(settings).memory, loadMemory(settings).memory];
    panes[0].recordChase(A, "2026-03-09");
    panes[1].recordChase(B, "2026-03-10");
    panes[1].recordOverride(A, "2026-03-11");
    for (const i of order) await saveMemory(settings, panes[i]);
    const { memory } = loadMemory(settings.reopened());
    expect(memory.get(A)).toEqual({ chases: ["2026-03-02", "2026-03-09"], override: "2026-03-11" });
    expect(memory.get(B)).toEqual({ chases: ["2026-03-10"], override: null });
  });

  it("keeps what two panes save at the same moment", async () => {
    const settings = new FakeSettings();
    await Promise.all([
      rememberChase(settings, A, "2026-03-09"),
      rememberChase(settings, B, "2026-03-10"),
    ]);
    const { memory } = loadMemory(settings.reopened());
    expect(memory.get(A).chases).toEqual(["2026-03-09"]);
    expect(memory.get(B).chases).toEqual(["2026-03-10"]);
  });

  it("passes on a refused save and leaves the settings and the memory as they were", async () => {
    const settings = new FakeSettings(OTHER_SETTINGS);
    await rememberChase(settings, A, "2026-03-02");
    const [values, saved] = [structuredClone(settings.values), settings.saved];
    const memory = new ChaseMemory();
    memory.recordChase(B, "2026-03-10");
    const mine = memory.encode();
    settings.refuse = true;
    await expect(saveMemory(settings, memory)).rejects.toThrow(HostError);
    expect(settings.values).toEqual(values);
    expect(settings.saved).toBe(saved);
    expect(memory.encode()).toBe(mine);
    settings.refuse = false; // the rep's retry
    await saveMemory(settings, memory);
    expect(loadMemory(settings.reopened()).memory.get(B).chases).toEqual(["2026-03-10"]);
  });

  it("removes the key again when a first save is refused", async () => {
    const settings = new FakeSettings();
    settings.refuse = true;
    await expect(rememberChase(settings, A, "2026-03-02")).rejects.toBeInstanceOf(HostError);
    expect(settings.values).toEqual({});
  });

  it("recovers a corrupt stored value: keeps what it can read, warns, and saves it whole", async () => {
    const good = new ChaseMemory();
    good.recordChase(A, "2026-03-02");
    const cut = good.encode().slice(0, -1) + ";zz:0,0;" + threadKey(B) + ":1v"; // damaged, then cut short
    const settings = new FakeSettings({ [MEMORY_KEY]: cut });
    expect(loadMemory(settings).warning).toBe("partial");
    const { warning } = await rememberChase(settings, B, "2026-03-10");
    expect(warning).toBe("partial");
    const after = loadMemory(settings.reopened());
    expect(after.warning).toBeNull();
    expect(after.memory.get(A).chases).toEqual(["2026-03-02"]);
    expect(after.memory.get(B).chases).toEqual(["2026-03-10"]);
    for (const stored of [42, { a: 1 }, ["K1."], "K9;a:1."]) {
      const { memory, warning: w } = loadMemory(new FakeSettings({ [MEMORY_KEY]: stored }));
      expect(memory.size).toBe(0);
      expect(w).not.toBeNull();
    }
  });
});

describe("two years of a busy rep's history", () => {
  const history = makeHistory(10_000, 20260917);
  const recent = mostRecent(history, 500);

  it("has ids as hosts write them, no two with the same key", () => {
    expect(new Set(history.map((t) => threadKey(t.id))).size).toBe(history.length);
    expect(history.filter((t) => t.id.length > 100).length).toBeGreaterThan(8000);
  });

  it("fits 10,000 threads in 32 KB of settings, losing nothing of the 500 most recent", async () => {
    const memory = new ChaseMemory();
    for (const thread of history) record(memory, thread);
    expect(memory.encode().length).toBeGreaterThan(4 * ROAMING_LIMIT); // far too big unpruned
    const settings = new FakeSettings(OTHER_SETTINGS);
    await saveMemory(settings, memory);
    expect(String(settings.get(MEMORY_KEY)).length).toBeLessThanOrEqual(MEMORY_BUDGET);
    expect(settings.saved.length).toBeLessThanOrEqual(ROAMING_LIMIT);
    expectKept(loadMemory(settings.reopened()).memory, recent);
  }, 30_000);

  it("fits the same history recorded day by day and saved every week", async () => {
    // Weekly rather than daily saves keep the test quick; each still merges and prunes.
    const settings = new FakeSettings(OTHER_SETTINGS);
    const days = byDay(history);
    let memory = loadMemory(settings).memory;
    for (const [i, [day, events]] of days.entries()) {
      for (const e of events) {
        if (e.kind === "chase") memory.recordChase(e.thread.id, day);
        else if (e.kind === "override") memory.recordOverride(e.thread.id, day);
        else memory.clearOverride(e.thread.id);
      }
      if (i % 7 === 6 || i === days.length - 1) {
        await saveMemory(settings, memory);
        memory = loadMemory(settings).memory;
      }
    }
    expect(settings.saved.length).toBeLessThanOrEqual(ROAMING_LIMIT);
    expectKept(loadMemory(settings.reopened()).memory, recent);
  }, 30_000);
});

/** A thread of the generated history and what the memory should say about it. */
interface HistoryThread {
  id: string;
  chases: string[];
  /** "Chase anyway" days in order; the last one is cleared when `cleared`. */
  overrides: string[];
  cleared: boolean;
  override: string | null;
  activity: string;
}

/** Seeded, so a failure reproduces (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Threads over 2025-2026: mostly Outlook conversation ids (base64, EWS or REST alphabet,
 * a shared mailbox prefix), some Gmail thread ids; 1-6 chases 3-14 days apart; about one in
 * five with a "Chase anyway", a few of them cleared again.
 */
function makeHistory(count: number, seed: number): HistoryThread[] {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const chars = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[pick(alphabet.length)]).join("");
  const threads: HistoryThread[] = [];
  for (let i = 0; i < count; i++) {
    const id =
      next() < 0.9
        ? `AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQA${chars(B64, 60 + pick(50))}${
            next() < 0.5 ? "=" : "_"
          }`
        : `18${chars("0123456789abcdef", 14)}`;
    let day = addDays("2025-01-01", pick(700));
    const chases: string[] = [];
    const overrides: string[] = [];
    for (let n = 1 + pick(6); n > 0 && day <= "2026-12-31"; n--) {
      chases.push(day);
      if (next() < 0.07) overrides.push(addDays(day, 1 + pick(2)));
      day = addDays(day, 3 + pick(12));
    }
    const cleared = overrides.length > 0 && next() < 0.2;
    const override = overrides.length && !cleared ? overrides[overrides.length - 1] : null;
    const activity = [...chases, ...overrides].sort().pop()!;
    threads.push({ id, chases, overrides, cleared, override, activity });
  }
  return threads;
}

function record(memory: ChaseMemory, thread: HistoryThread): void {
  for (const day of thread.chases) memory.recordChase(thread.id, day);
  for (const day of thread.overrides) memory.recordOverride(thread.id, day);
  if (thread.cleared) memory.clearOverride(thread.id);
}

/** Every thread at least as recently active as the n-th most recent one. */
function mostRecent(history: HistoryThread[], n: number): HistoryThread[] {
  const sorted = [...history].sort((a, b) => daysBetween(a.activity, b.activity));
  return sorted.filter((t) => t.activity >= sorted[n - 1].activity);
}

type Event = { kind: "chase" | "override" | "clear"; thread: HistoryThread };

/** The history's events day by day; a cleared override is cleared the day after it was chosen. */
function byDay(history: HistoryThread[]): [string, Event[]][] {
  const days = new Map<string, Event[]>();
  const add = (day: string, e: Event) => days.set(day, [...(days.get(day) ?? []), e]);
  for (const thread of history) {
    for (const day of thread.chases) add(day, { kind: "chase", thread });
    for (const day of thread.overrides) add(day, { kind: "override", thread });
    if (thread.cleared)
      add(addDays(thread.overrides[thread.overrides.length - 1], 1), { kind: "clear", thread });
  }
  return [...days].sort(([a], [b]) => daysBetween(b, a));
}

function expectKept(memory: ChaseMemory, threads: HistoryThread[]): void {
  expect(threads.length).toBeGreaterThanOrEqual(500);
  for (const t of threads)
    expect(memory.get(t.id)).toEqual({ chases: t.chases, override: t.override });
}
