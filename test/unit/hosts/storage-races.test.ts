import { PropertiesStore } from "../../../src/hosts/gmail/properties-store";
import type { SettingsStore } from "../../../src/hosts/mailhost";
import {
  forgetOverride,
  loadMemory,
  rememberChase,
  rememberOverride,
  saveMemory,
} from "../../../src/hosts/memory-store";
import { OutlookHost } from "../../../src/hosts/outlook/host";
import type {
  AsyncCallback,
  OfficeSurface,
  RoamingSettingsLike,
} from "../../../src/hosts/outlook/office-surface";
import {
  buyerCountries,
  chooseReason,
  chosenReason,
  loadProfile,
  saveProfile,
  setBuyerCountry,
} from "../../../src/hosts/preferences";
import { loadSettings, saveSettings, teamFileFor } from "../../../src/hosts/settings";
import { memoryProperties } from "../../../src/hosts/simulator/gmail";
import { SimulatorHost } from "../../../src/hosts/simulator/host";
import { SimMailbox } from "../../../src/hosts/simulator/mailbox";

/*
 * Two panes saving Kindly's settings and chase memory at once, on each host, as each host
 * keeps them:
 *
 * - Outlook: each pane gets its own copy of the roaming settings when it opens, and
 *   saveAsync writes that whole copy back. Office.js has no way to read the settings again
 *   (a pane that reloads even gets its first copy back), so a pane never sees a save made
 *   after it opened; the mailbox keeps whichever whole copy was saved last.
 * - The simulator: every pane shares the page's one map (as panes of one Outlook would if it
 *   re-read), saved whole to the browser's storage.
 * - Gmail: every action reads the properties as they are now and writes only the keys it
 *   changed.
 *
 * What Kindly guarantees: every change is read, merged and written before the save is
 * awaited, so where the store shows what the other pane wrote (simulator, Gmail) no change is
 * lost, at once or interleaved; a refused save puts back only what no later change replaced;
 * and the chase memory merges by date, so a copy loaded earlier never removes a chase or
 * revives a cleared "Chase anyway". In Outlook it keeps everything a pane saw or saved for as
 * long as the pane is open; what a pane opened earlier saves last replaces what it never saw
 * (the last test pins that limit of the API), and the chase itself is still in the mailbox.
 */

const NOW = new Date("2026-03-12T09:00:00Z");
const A = "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAHNpHc8V5xRImK0qhQT2Ttw=";
const B = "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAJ3kx0QfZkVEg1Nq8wZ7hPc=";
const C = "thread-c@example.com";
const D = "thread-d@example.com";
const TEAM_FILE = "https://intranet.example.com/kindly/team.json";

/** One change a pane makes and saves, and how a pane opened afterwards tells it was kept. */
interface Change {
  name: string;
  make(store: SettingsStore): Promise<unknown>;
  kept(store: SettingsStore): boolean;
}

const CHANGES: Change[] = [
  {
    name: "a chase",
    make: (s) => rememberChase(s, A, "2026-03-09"),
    kept: (s) => loadMemory(s).memory.get(A).chases.includes("2026-03-09"),
  },
  {
    name: "another chase",
    make: (s) => rememberChase(s, B, "2026-03-10"),
    kept: (s) => loadMemory(s).memory.get(B).chases.includes("2026-03-10"),
  },
  {
    name: "a Chase anyway",
    make: (s) => rememberOverride(s, C, "2026-03-11"),
    kept: (s) => loadMemory(s).memory.get(C).override === "2026-03-11",
  },
  {
    name: "a chosen reason",
    make: (s) => chooseReason(s, D, "middleman"),
    kept: (s) => chosenReason(s, D) === "middleman",
  },
  {
    name: "a buyer's country",
    make: (s) => setBuyerCountry(s, "alwaha-trading.ae", "SA"),
    kept: (s) => buyerCountries(s)["alwaha-trading.ae"] === "SA",
  },
  {
    name: "the rep's name",
    make: (s) => saveProfile(s, { repName: "Amy Zhang" }),
    kept: (s) => loadProfile(s).repName === "Amy Zhang",
  },
  {
    name: "the settings screen",
    make: (s) => saveSettings(s, { ...loadSettings(s), teamFile: TEAM_FILE }),
    kept: (s) => teamFileFor(s) === TEAM_FILE,
  },
];

/** Every two different changes, with their names for the test titles. */
const PAIRS = CHANGES.flatMap((first) =>
  CHANGES.filter((second) => second !== first).map(
    (second) => [first.name, second.name, first, second] as const
  )
);

/** Whether a pane opened now finds both changes. */
function bothKept(store: SettingsStore, first: Change, second: Change): void {
  expect([first.kept(store), second.kept(store)]).toEqual([true, true]);
}

// ---------------------------------------------------------------------------------------
// Outlook's roaming settings, as Office.RoamingSettings documents them.

/** The mailbox's roaming settings for Kindly: one JSON string, written whole by each save. */
class RoamingMailbox {
  json = "{}";
  /** While true, saves wait for answer() (in any order); otherwise they succeed on the next turn. */
  holding = false;
  private readonly waiting: Array<(ok: boolean) => void> = [];

  /** Answers the held save `index` (in the order they were made): stored, or refused. */
  answer(index: number, ok: boolean): void {
    this.waiting[index](ok);
  }

  /** A task pane opening: its copy is read now, and never again. */
  open(): SettingsStore {
    const copy = JSON.parse(this.json) as Record<string, unknown>;
    const roaming: RoamingSettingsLike = {
      get: (name) => copy[name],
      set: (name, value) => {
        copy[name] = JSON.parse(JSON.stringify(value)) as unknown;
      },
      remove: (name) => {
        delete copy[name];
      },
      saveAsync: (callback?: AsyncCallback<void>) => {
        const whole = JSON.stringify(copy); // the pane's whole copy, as it is now
        const answer = (ok: boolean) => {
          if (ok) this.json = whole;
          callback?.({
            status: ok ? 0 : 1,
            value: undefined,
            error: ok ? null : { name: "GenericError", message: "Could not save", code: 9002 },
          });
        };
        if (this.holding) this.waiting.push(answer);
        else setTimeout(() => answer(true), 0);
      },
    };
    return new OutlookHost(officeWith(roaming)).settings;
  }
}

/** The Office.js surface around a pane's roaming settings (the item is not used here). */
function officeWith(roamingSettings: RoamingSettingsLike): OfficeSurface {
  return {
    AsyncResultStatus: { Succeeded: 0 },
    CoercionType: { Text: "text", Html: "html" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      roamingSettings,
      mailbox: {
        item: null,
        userProfile: { emailAddress: "amy.zhang@sunrisetex.com", displayName: "Amy Zhang" },
        addHandlerAsync: () => undefined,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------
// The simulator and Gmail.

/** The simulator: panes share the page's mailbox, whose settings are saved to the browser's storage. */
function simulator() {
  const storage = new Map<string, string>();
  const browser = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  };
  const page = new SimMailbox(NOW, browser);
  return {
    pane: () => new SimulatorHost(page).settings,
    /** The settings as a page loaded afterwards reads them. */
    reopened: () => new SimulatorHost(new SimMailbox(NOW, browser)).settings,
  };
}

/** Gmail: each action gets its own PropertiesStore over the rep's UserProperties. */
function gmail() {
  const properties = memoryProperties();
  const pane = () => new PropertiesStore(properties);
  return { pane, reopened: pane };
}

/** Both changes, made at once, or one while the other is saving, or one after the other. */
const TIMINGS = {
  "at once": (a: () => Promise<unknown>, b: () => Promise<unknown>) => Promise.all([a(), b()]),
  interleaved: async (a: () => Promise<unknown>, b: () => Promise<unknown>) => {
    const first = a();
    await Promise.resolve(); // the first save is under way, not answered
    const second = b();
    await Promise.all([second, first]);
  },
  "one after the other": async (a: () => Promise<unknown>, b: () => Promise<unknown>) => {
    await a();
    await b();
  },
};

describe.each([
  ["the simulator", simulator],
  ["Gmail", gmail],
])("two panes in %s, where each pane sees what the other saved", (_, host) => {
  describe.each(Object.entries(TIMINGS))("%s", (_timing, run) => {
    it.each(PAIRS)("keep %s and %s", async (_a, _b, first, second) => {
      const { pane, reopened } = host();
      const [one, two] = [pane(), pane()];
      await run(
        () => first.make(one),
        () => second.make(two)
      );
      bothKept(reopened(), first, second);
    });
  });

  it("never lets a memory loaded earlier remove a chase or revive a cleared Chase anyway", async () => {
    const { pane, reopened } = host();
    const [one, two] = [pane(), pane()];
    await rememberOverride(one, C, "2026-03-04");
    const early = loadMemory(one).memory; // the first pane's memory, as it loaded it
    await forgetOverride(two, C);
    await rememberChase(two, A, "2026-03-09");
    early.recordChase(B, "2026-03-10");
    await saveMemory(one, early);
    const { memory, warning } = loadMemory(reopened());
    expect(warning).toBeNull();
    expect(memory.get(C).override).toBeNull();
    expect(memory.get(A).chases).toEqual(["2026-03-09"]);
    expect(memory.get(B).chases).toEqual(["2026-03-10"]);
  });
});

describe("one Outlook pane's changes", () => {
  it.each(PAIRS)(
    "keeps %s and then %s saved by a pane opened after it",
    async (_a, _b, first, second) => {
      const mailbox = new RoamingMailbox();
      await first.make(mailbox.open());
      await second.make(mailbox.open());
      bothKept(mailbox.open(), first, second);
    }
  );

  it.each(PAIRS)(
    "keeps %s and %s made at once in one pane, both saves under way together",
    async (_a, _b, first, second) => {
      const mailbox = new RoamingMailbox();
      const pane = mailbox.open();
      mailbox.holding = true;
      const both = Promise.all([first.make(pane), second.make(pane)]);
      // Each save carries the pane's whole copy: the second, made last, carries both changes.
      // (Outlook answers a pane's saves in the order they were made.)
      mailbox.answer(0, true);
      mailbox.answer(1, true);
      await both;
      bothKept(mailbox.open(), first, second);
    }
  );

  it.each(PAIRS)(
    "after a refused save of %s, keeps %s saved meanwhile, in the pane's next save",
    async (_refused, _saved, refused, saved) => {
      const mailbox = new RoamingMailbox();
      const pane = mailbox.open();
      mailbox.holding = true;
      const failing = refused.make(pane).then(
        () => "saved",
        () => "refused"
      );
      const succeeding = saved.make(pane);
      mailbox.answer(0, false);
      expect(await failing).toBe("refused");
      mailbox.answer(1, true);
      await succeeding;
      // Nothing the refusal put back may undo the change made after it.
      expect(saved.kept(pane)).toBe(true);
      mailbox.holding = false;
      await rememberChase(pane, "a later thread", "2026-03-12");
      expect(saved.kept(mailbox.open())).toBe(true);
    }
  );

  it("documents Outlook's limit: a pane opened earlier cannot see a later save, and its own save replaces it", async () => {
    // Office.RoamingSettings is read once, when the pane opens, and has no way to read it again.
    const mailbox = new RoamingMailbox();
    const pinned = mailbox.open(); // a read pane pinned since the morning
    const compose = mailbox.open();
    await rememberChase(compose, A, "2026-03-09");
    expect(loadMemory(pinned).memory.get(A).chases).toEqual([]);
    await rememberChase(pinned, B, "2026-03-10");
    const { memory } = loadMemory(mailbox.open());
    expect(memory.get(B).chases).toEqual(["2026-03-10"]);
    // The first chase is gone from the memory, a cache; the message, tagged as a chase, is in the mailbox.
    expect(memory.get(A).chases).toEqual([]);
  });
});
