/**
 * The pane's analysis of the open thread, in its own thread or in the worker: the same answer
 * either way (what the worker gets and gives back is what structured cloning carries), the
 * routing by size, and what the pane does when the worker is not to be had.
 */
import { calendarDateIn, DELAY_REASONS } from "../../../src/core";
import { itemToMessage, type SettingsStore } from "../../../src/hosts/mailhost";
import { rememberChase, rememberOverride } from "../../../src/hosts/memory-store";
import { analyseOpenThread, readOpenThread } from "../../../src/hosts/open-thread";
import { chooseReason, setBuyerCountry } from "../../../src/hosts/preferences";
import { loadSettings, saveSettings } from "../../../src/hosts/settings";
import {
  readOnlySettings,
  SETTING_KEYS,
  snapshotSettings,
} from "../../../src/hosts/settings-snapshot";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { HOSTILE_THREADS } from "../../../src/hosts/simulator/hostile";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";
import { REP, SAMPLE_THREADS } from "../../../src/hosts/simulator/samples";
import {
  analyseHere,
  bySize,
  bodyChars,
  inWorker,
  loadAnalysis,
  WORKER_FROM_CHARS,
  type Analyse,
  type WorkerLike,
} from "../../../src/taskpane/analysis-client";
import {
  answer,
  runAnalysis,
  type AnalysisRequest,
  type AnalysisResult,
  type ClonedResult,
  type WorkerReply,
  type WorkerRequest,
} from "../../../src/taskpane/analysis-job";
import { loadCalendar } from "../../../src/taskpane/holidays";
import { openThread } from "../../../src/taskpane/use-open-thread";

const NOW = new Date("2026-11-26T09:30:00Z");

/**
 * A worker as the browser gives one: what is posted is cloned, handled apart (here, on a later
 * turn of the event loop) and the answer cloned back. `handle` is the worker's script.
 */
class FakeWorker implements WorkerLike {
  posted: unknown[] = [];
  private listeners: Record<string, Array<(event: { data: unknown }) => void>> = {};
  constructor(private readonly handle: (message: WorkerRequest) => Promise<WorkerReply>) {}
  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(message: unknown): void {
    const copy = structuredClone(message) as WorkerRequest;
    this.posted.push(copy);
    setTimeout(() => {
      this.handle(copy).then((reply) => this.emit("message", structuredClone(reply)));
    });
  }
  emit(type: string, data?: unknown): void {
    for (const listener of this.listeners[type] ?? []) listener({ data });
  }
}

/** The worker's script (analysis-worker.ts): its answer to each request. */
const realWorker = () => new FakeWorker(answer);

/** A mailbox on `id` with settings of every kind Kindly keeps for it. */
async function hostWithSettings(id: string): Promise<SimulatorHost> {
  const mailbox = new SimMailbox(NOW);
  mailbox.select(id);
  const host = new SimulatorHost(mailbox);
  const conversation = mailbox.thread.id;
  for (const m of mailbox.thread.messages.filter((m) => m.from.address === REP.address))
    await rememberChase(host.settings, conversation, calendarDateIn(m.sentAt, "UTC"));
  await rememberOverride(host.settings, conversation, calendarDateIn(NOW, "UTC"));
  await chooseReason(host.settings, conversation, "cash_flow");
  const domain = mailbox.thread.buyer.address.split("@")[1];
  await setBuyerCountry(host.settings, domain, "DE");
  const settings = loadSettings(host.settings);
  await saveSettings(host.settings, {
    ...settings,
    policy: { ...settings.policy, gaps: [4, 6, 9] },
  });
  return host;
}

/** What the pane shows of an open thread, without the function it keeps beside it. */
function shown(opened: Awaited<ReturnType<typeof openThread>>) {
  const { decideFor, ...rest } = opened;
  return { ...rest, decisions: DELAY_REASONS.map((reason) => decideFor(reason)) };
}

describe("the analysis in a worker gives what the pane's own thread gives", () => {
  const ids = [...SAMPLE_THREADS, ...HOSTILE_THREADS].map((t) => t.id);

  it.each(ids)("%s, as it comes", async (id) => {
    const mailbox = new SimMailbox(NOW);
    mailbox.select(id);
    const host = new SimulatorHost(mailbox);
    const here = await openThread(host, analyseHere);
    const there = await openThread(host, inWorker(realWorker));
    expect(shown(there)).toStrictEqual(shown(here));
  });

  it.each(SAMPLE_THREADS.map((t) => t.id))(
    "%s, with remembered chases, an override, a chosen reason and country, and a policy",
    async (id) => {
      const host = await hostWithSettings(id);
      const here = await openThread(host, analyseHere);
      const there = await openThread(host, inWorker(realWorker));
      expect(shown(there)).toStrictEqual(shown(here));
      expect(here.chosenReason).toBe("cash_flow");
      expect(here.country.chosen).toBe("DE");
      expect(here.override).not.toBeNull();
    }
  );

  it.each(SAMPLE_THREADS.map((t) => t.id))(
    "%s: the settings' values decide as the settings themselves do",
    async (id) => {
      const host = await hostWithSettings(id);
      const item = host.mailbox.openItem();
      const input = {
        messages: [itemToMessage(item)],
        whole: false,
        conversationId: item.conversationId,
        user: host.user(),
        settings: host.settings,
        tz: "UTC",
      };
      const read = readOpenThread(input);
      const calendar = await loadCalendar(read.country.chosen ?? read.country.guessed);
      const direct = analyseOpenThread(read, input, host.now(), calendar);
      const job = await runAnalysis({
        ...input,
        settings: snapshotSettings(host.settings),
        now: host.now().getTime(),
      });
      expect(job.analysis).toStrictEqual(direct.analysis);
      expect(job.override).toBe(direct.override);
      expect(job.chosenReason).toBe(direct.chosenReason);
      for (const reason of DELAY_REASONS)
        expect(job.decideFor(reason)).toStrictEqual(direct.decideFor(reason));
    }
  );
});

describe("the settings the analysis reads", () => {
  it("are all among the keys the snapshot carries", async () => {
    const host = await hostWithSettings(SAMPLE_THREADS[0].id);
    const read = new Set<string>();
    const recording: SettingsStore = {
      ...host.settings,
      get: (key) => {
        read.add(key);
        return host.settings.get(key);
      },
    };
    const item = host.mailbox.openItem();
    const input = {
      messages: [itemToMessage(item)],
      whole: false,
      conversationId: item.conversationId,
      user: host.user(),
      settings: recording,
      tz: "UTC",
    };
    analyseOpenThread(readOpenThread(input), input, NOW, await loadCalendar("DE"));
    expect(read.size).toBeGreaterThan(0);
    for (const key of read) expect(SETTING_KEYS).toContain(key);
  });

  it("are copied as values, leaving out what is not set", () => {
    const values: Record<string, unknown> = { "kindly.policy": { gaps: [4] }, other: 1 };
    const store: SettingsStore = {
      get: (key) => values[key],
      set: () => undefined,
      remove: () => undefined,
      save: async () => undefined,
    };
    expect(snapshotSettings(store)).toEqual({ "kindly.policy": { gaps: [4] } });
  });

  it("are read-only in the analysis: a write throws, a save rejects", async () => {
    const store = readOnlySettings({ "kindly.policy": { gaps: [4] } });
    expect(store.get("kindly.policy")).toEqual({ gaps: [4] });
    expect(store.get("toString")).toBeUndefined();
    expect(() => store.set("kindly.policy", {})).toThrow(/may not change/);
    expect(() => store.remove("kindly.policy")).toThrow(/may not change/);
    await expect(store.save()).rejects.toThrow(/may not save/);
  });
});

/** A request with one message of `chars` characters. */
function requestOf(chars: number): AnalysisRequest {
  return {
    messages: [
      {
        from: null,
        to: [],
        cc: [],
        sentAt: null,
        subject: "",
        body: "x".repeat(chars),
        format: "text",
      },
    ],
    whole: false,
    conversationId: null,
    user: { address: REP.address, displayName: REP.name },
    tz: "UTC",
    settings: {},
    now: NOW.getTime(),
  };
}

/** An Analyse that records what it was asked and answers with a marker. */
function recorder(name: string) {
  const asked: AnalysisRequest[] = [];
  const analyse: Analyse = async (request) => {
    asked.push(request);
    return { name } as unknown as AnalysisResult;
  };
  return { asked, analyse };
}

describe("which threads go to the worker", () => {
  it("counts the characters of every body", () => {
    const two = requestOf(3);
    two.messages.push({ ...two.messages[0], body: "12345" });
    expect(bodyChars(two.messages)).toBe(8);
  });

  it("sends a thread of WORKER_FROM_CHARS characters or more to the worker, the rest stay here", async () => {
    const big = recorder("big");
    const small = recorder("small");
    const analyse = bySize(big.analyse, small.analyse);
    await analyse(requestOf(WORKER_FROM_CHARS - 1));
    await analyse(requestOf(WORKER_FROM_CHARS));
    expect(small.asked.map((r) => bodyChars(r.messages))).toEqual([WORKER_FROM_CHARS - 1]);
    expect(big.asked.map((r) => bodyChars(r.messages))).toEqual([WORKER_FROM_CHARS]);
  });
});

describe("the analysis in the pane's own thread", () => {
  it("starts a task of its own, after what the current task queued", async () => {
    await loadAnalysis(); // the chunk is there: only the analysis is left
    const order: string[] = [];
    const analysed = analyseHere(requestOf(10)).then(() => order.push("analysed"));
    // A task queued now runs before the analysis, and the work the current task still has
    // (its microtasks) does not include it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    order.push("the next task");
    await analysed;
    expect(order).toEqual(["the next task", "analysed"]);
  });
});

describe("the worker, asked", () => {
  // A result as the worker posts it: the decision for each reason made there.
  const result = {
    analysis: "the result",
    decisions: { cash_flow: "the decision for cash flow" },
  } as unknown as ClonedResult;
  const shownFrom = { analysis: "the result" };

  it("starts only when first asked, then answers every request by its id", async () => {
    let started = 0;
    const worker = new FakeWorker(async ({ id, request }) => ({
      id,
      result: { ...result, size: bodyChars(request.messages) } as ClonedResult,
    }));
    const analyse = inWorker(() => {
      started++;
      return worker;
    });
    expect(started).toBe(0);
    const [a, b] = await Promise.all([analyse(requestOf(1)), analyse(requestOf(2))]);
    expect(started).toBe(1);
    expect([a, b]).toMatchObject([
      { ...shownFrom, size: 1 },
      { ...shownFrom, size: 2 },
    ]);
    // The decisions made in the worker are the pane's decision for the reason the rep picks.
    expect(a.decideFor("cash_flow")).toBe("the decision for cash flow");
    expect(a).not.toHaveProperty("decisions");
    expect(worker.posted.map((m) => (m as { id: number }).id)).toEqual([0, 1]);
  });

  it("rejects with the analysis's own error, by name and message, and goes on answering", async () => {
    let fail = true;
    const analyse = inWorker(
      () =>
        new FakeWorker(async ({ id }) =>
          fail ? { id, error: { name: "RangeError", message: "no such thread" } } : { id, result }
        )
    );
    const error = await analyse(requestOf(1)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "RangeError", message: "no such thread" });
    fail = false;
    await expect(analyse(requestOf(1))).resolves.toMatchObject(shownFrom);
  });

  it("answers with the analysis's error by name and message, where the analysis throws", async () => {
    const broken = { ...requestOf(1), messages: null } as unknown as AnalysisRequest;
    const reply = await answer({ id: 7, request: broken });
    expect(reply).toEqual({ id: 7, error: { name: "TypeError", message: expect.any(String) } });
    expect(structuredClone(reply)).toEqual(reply);
  });

  it("ignores an answer to nothing it asked", async () => {
    const worker = new FakeWorker(async ({ id }) => ({ id, result }));
    const analyse = inWorker(() => worker);
    const answer = analyse(requestOf(1));
    worker.emit("message", { id: 99, result: { analysis: "stray", decisions: {} } });
    await expect(answer).resolves.toMatchObject(shownFrom);
  });

  it("asks the pane's own thread again when the worker fails to load, and from then on", async () => {
    const here = recorder("here");
    let started = 0;
    const worker = new FakeWorker(() => new Promise<WorkerReply>(() => undefined)); // never answers
    const analyse = inWorker(() => {
      started++;
      return worker;
    }, here.analyse);
    const first = analyse(requestOf(1));
    worker.emit("error");
    await expect(first).resolves.toEqual({ name: "here" });
    await expect(analyse(requestOf(2))).resolves.toEqual({ name: "here" });
    expect(started).toBe(1);
    expect(here.asked.map((r) => bodyChars(r.messages))).toEqual([1, 2]);
  });

  it("does the same for an answer that cannot be read (messageerror)", async () => {
    const here = recorder("here");
    const worker = new FakeWorker(() => new Promise<WorkerReply>(() => undefined));
    const analyse = inWorker(() => worker, here.analyse);
    const first = analyse(requestOf(1));
    worker.emit("messageerror");
    await expect(first).resolves.toEqual({ name: "here" });
  });

  it("analyses here where no worker can be started", async () => {
    const here = recorder("here");
    const analyse = inWorker(() => {
      throw new Error("Worker is not defined");
    }, here.analyse);
    await expect(analyse(requestOf(1))).resolves.toEqual({ name: "here" });
    await expect(analyse(requestOf(2))).resolves.toEqual({ name: "here" });
    expect(here.asked).toHaveLength(2);
  });

  it("analyses here a request that cannot be posted", async () => {
    const here = recorder("here");
    const worker = new FakeWorker(async ({ id }) => ({ id, result }));
    worker.postMessage = () => {
      throw new DOMException("could not be cloned", "DataCloneError");
    };
    const analyse = inWorker(() => worker, here.analyse);
    await expect(analyse(requestOf(1))).resolves.toEqual({ name: "here" });
  });
});
