import {
  CHASE_CATEGORY,
  CHASE_PROPERTY,
  HostError,
  type MailHost,
} from "../../../../src/hosts/mailhost";
import { en } from "../../../../src/locales/en";
import { OutlookHost } from "../../../../src/hosts/outlook/host";
import {
  connectSimulator,
  parseFailures,
  SIM_FAILURES,
  SimulatorHost,
  type SimOperation,
} from "../../../../src/hosts/simulator/host";
import { SimMailbox } from "../../../../src/hosts/simulator/mailbox";
import {
  composeItem,
  FakeOffice,
  readItem,
  SYNC_FAILURES,
  type Failure,
} from "../../../fakes/office";

/*
 * Every Office.js call OutlookHost makes, failing each way Outlook fails: a Failed
 * AsyncResult, a throw (an Error, or an error object that is not one), no callback at
 * all, and roaming settings over their quota. The host rejects with a HostError worded
 * for the rep, or carries on where the call was only a best effort; a draft keeps every
 * character the rep wrote; and once Outlook answers again, the same call succeeds.
 */

const REMINDER = { html: "<p>Just a gentle reminder.</p>", text: "Just a gentle reminder." };
const TIMEOUT_MS = 30;
const DRAFT = "<p>Hi Omar, please pay.</p><p>Best, Amy</p>";
/** The rep's cursor before "please pay.", nothing selected. */
const CURSOR = { body: DRAFT, cursor: DRAFT.indexOf("please pay."), master: [CHASE_CATEGORY] };
/** The rep's cursor with "please pay." selected: Outlook would replace a selection. */
const SELECTED = {
  ...CURSOR,
  selectionEnd: DRAFT.indexOf("please pay.") + "please pay.".length,
};

type Run = (host: MailHost) => Promise<unknown>;

/** The host's methods that call Outlook, as the pane and the send-time check use them. */
const RUNS = {
  openItem: (host) => host.openItem(),
  openItemKey: (host) => host.openItemKey(),
  insertAtCursor: (host) => host.insertAtCursor(REMINDER),
  replyWith: (host) => host.replyWith(REMINDER),
  tagChase: (host) => host.tagChase(),
  "settings.get": async (host) => host.settings.get("kindly.profile"),
  "settings.remove": async (host) => host.settings.remove("kindly.profile"),
  "settings.save": async (host) => {
    host.settings.set("kindly.profile", { repName: "Amy" });
    await host.settings.save();
  },
  onItemChanged: async (host) => host.onItemChanged(() => undefined)(),
} satisfies Record<string, Run>;

interface Case {
  /** The message open: one being read, or a draft (the cursor or selection above, or `inSubject`). */
  item: "read" | "compose" | "selected" | "inSubject";
  via: keyof typeof RUNS;
  /** The Office.js operation, as FakeOffice names it. */
  op: string;
  /** The step named in the HostError; null where the host carries on without the call (best effort). */
  words: string | null;
}

/** Synchronous calls: they can only throw. */
const SYNC = new Set([
  "mailbox.item",
  "customProperties.get",
  "customProperties.set",
  "displayReplyForm",
  "roamingSettings.get",
  "roamingSettings.set",
  "roamingSettings.remove",
  "addHandlerAsync",
]);

const CASES: Case[] = [
  // Reading the message open for reading; its chase tag is a best effort.
  ["read", "openItem", "mailbox.item", "find the open message"],
  ["read", "openItem", "body.getAsync", "read the message body"],
  ["read", "openItem", "loadCustomPropertiesAsync", null],
  ["read", "openItem", "customProperties.get", null],
  ["read", "openItem", "categories.getAsync", null],
  // Its internet headers (Mailbox 1.8) are a best effort too: the message is read without them.
  ["read", "openItem", "getAllInternetHeadersAsync", null],
  // Which item is open (before an insert): a property, so finding it is all that can fail.
  ["read", "openItemKey", "mailbox.item", "find the open message"],
  ["compose", "openItemKey", "mailbox.item", "find the open message"],
  // A reply from the message open for reading.
  ["read", "replyWith", "displayReplyForm", "open a reply"],
  // Reading the draft.
  ["compose", "openItem", "mailbox.item", "find the open message"],
  ["compose", "openItem", "subject.getAsync", "read the subject"],
  ["compose", "openItem", "to.getAsync", "read the recipients"],
  ["compose", "openItem", "cc.getAsync", "read the recipients"],
  ["compose", "openItem", "from.getAsync", "read the sender"],
  ["compose", "openItem", "body.getAsync", "read the message body"],
  ["compose", "openItem", "loadCustomPropertiesAsync", null],
  ["compose", "openItem", "customProperties.get", null],
  ["compose", "openItem", "categories.getAsync", null],
  // Inserting at the cursor, and at the top of the body when the rep selected something, the
  // cursor is in the subject, or Outlook cannot say where it is (InvalidSelection in the To line).
  ["compose", "insertAtCursor", "mailbox.item", "find the open message"],
  ["compose", "insertAtCursor", "body.getTypeAsync", "read the body format"],
  ["compose", "insertAtCursor", "getSelectedDataAsync", null],
  ["compose", "insertAtCursor", "body.setSelectedDataAsync", "insert the reminder"],
  ["selected", "insertAtCursor", "body.prependAsync", "insert the reminder"],
  ["inSubject", "insertAtCursor", "body.prependAsync", "insert the reminder"],
  ["compose", "replyWith", "body.setSelectedDataAsync", "insert the reminder"],
  // Tagging the draft as a chase: the property must be saved; the category is a best effort.
  ["compose", "tagChase", "loadCustomPropertiesAsync", "tag the message"],
  ["compose", "tagChase", "customProperties.set", "tag the message"],
  ["compose", "tagChase", "customProperties.saveAsync", "tag the message"],
  ["compose", "tagChase", "categories.addAsync", null],
  // Roaming settings, read and saved while a draft is open.
  ["compose", "settings.get", "roamingSettings.get", "read a setting"],
  ["compose", "settings.remove", "roamingSettings.remove", "remove a setting"],
  ["compose", "settings.save", "roamingSettings.set", "change a setting"],
  ["compose", "settings.save", "roamingSettings.saveAsync", "save settings"],
  // The pinned pane's ItemChanged handler: without it the pane simply closes with the item.
  ["read", "onItemChanged", "addHandlerAsync", null],
].map(([item, via, op, words]) => ({ item, via, op, words }) as Case);

const ASYNC_FAILURES: Failure[] = ["failed", "throw", "throw-object", "hang"];

/** The ways a call can fail: a synchronous one only throws; only roaming settings run over a quota. */
function failuresOf({ op }: Case): readonly Failure[] {
  const modes = SYNC.has(op) ? SYNC_FAILURES.filter((m) => m !== "quota") : ASYNC_FAILURES;
  return op === "roamingSettings.set" || op === "roamingSettings.saveAsync"
    ? [...modes, "quota"]
    : modes;
}

const ROWS = CASES.flatMap((c) =>
  failuresOf(c).map((mode) => [c.op, c.via, c.item, mode, c] as const)
);

function setup(kind: Case["item"]) {
  let office!: FakeOffice;
  const item =
    kind === "read"
      ? readItem(() => office, { tags: { master: [CHASE_CATEGORY] } })
      : composeItem(
          () => office,
          kind === "inSubject"
            ? { body: DRAFT, inSubject: true }
            : kind === "selected"
              ? SELECTED
              : CURSOR
        );
  office = new FakeOffice(item);
  const draft = () => ("state" in item ? item.state.body : null);
  return { office, item, draft, host: new OutlookHost(office, TIMEOUT_MS) };
}

/** Whether `after` keeps every character of `before`, in order: text was only added. */
function keeps(before: string, after: string): boolean {
  let at = 0;
  for (const ch of after) if (ch === before[at]) at++;
  return at === before.length;
}

/** What a rep can read: one sentence naming what Outlook could not do, nothing of the code behind it. */
function expectClear(error: unknown, c: Case, mode: Failure): void {
  expect(error).toBeInstanceOf(HostError);
  const { message, wording } = error as HostError;
  expect(wording?.operation && en[wording.operation]).toBe(c.words);
  if (mode === "hang") expect(message).toBe(`Outlook did not answer (${c.words}).`);
  else expect(message.startsWith(`Outlook could not ${c.words}: `)).toBe(true);
  if (mode === "quota") expect(message).toContain("over Outlook's 32 KB limit");
  // The Office error's own words, even when what was thrown is not an Error.
  if (mode === "failed") expect(message).toContain(`${c.op} failed`);
  if (mode === "throw" || mode === "throw-object") expect(message).toContain(`${c.op} threw`);
  expect(message).not.toMatch(/\[object|undefined|null|\n|\s+at\s|Error:/);
}

describe("OutlookHost when Outlook fails", () => {
  it("the table has every call the host makes", async () => {
    // A call the host makes and the table lacks shows up here.
    const made = new Set<string>();
    for (const kind of ["read", "compose", "selected", "inSubject"] as const) {
      const { host, office } = setup(kind);
      for (const run of Object.values(RUNS)) await run(host).catch(() => null);
      office.calls.forEach((op) => made.add(op));
    }
    const tabled = new Set(CASES.map((c) => c.op));
    expect([...made].filter((op) => !tabled.has(op))).toEqual([]);
  });

  it.each(ROWS)("%s via %s (%s): %s", async (op, via, kind, mode, c) => {
    const { host, office, draft } = setup(kind);
    const before = draft();
    office.failures.set(op, mode);
    const outcome = await RUNS[via](host).then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ ok: false as const, error })
    );
    // The failing call was made: the case tests what it says.
    expect(office.calls).toContain(op);
    if (c.words === null) expect(outcome).toEqual({ ok: true });
    else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expectClear(outcome.error, c, mode);
    }
    if (before !== null) expect(keeps(before, draft()!)).toBe(true);
    // Outlook answers again: the same call now does its work.
    office.failures.clear();
    await RUNS[via](host);
    if (before !== null) expect(keeps(before, draft()!)).toBe(true);
  });
});

describe("what a failure leaves behind", () => {
  it.each(ASYNC_FAILURES)(
    "a draft whose insert %s holds no reminder, and the retry inserts exactly one",
    async (mode) => {
      const { host, office, draft } = setup("compose");
      office.failures.set("body.setSelectedDataAsync", mode);
      await expect(host.insertAtCursor(REMINDER)).rejects.toBeInstanceOf(HostError);
      expect(draft()).toBe(DRAFT);
      office.failures.clear();
      await host.insertAtCursor(REMINDER);
      expect(draft()!.split(REMINDER.html)).toHaveLength(2);
      expect(draft()).toContain("please pay.");
    }
  );

  it("a tag Outlook could not save stops before the category", async () => {
    const { host, office, item } = setup("compose");
    office.failures.set("customProperties.saveAsync", "failed");
    await expect(host.tagChase()).rejects.toBeInstanceOf(HostError);
    expect(office.calls).not.toContain("categories.addAsync");
    expect("tags" in item && item.tags.categories).toEqual([]);
  });

  it.each(["failed", "quota"] as const)(
    "settings whose save %s are not saved, and are once Outlook saves again",
    async (mode) => {
      const { host, office } = setup("compose");
      office.failures.set("roamingSettings.saveAsync", mode);
      await expect(RUNS["settings.save"](host)).rejects.toBeInstanceOf(HostError);
      expect(office.savedSettings).toEqual({});
      office.failures.clear();
      await RUNS["settings.save"](host);
      expect(office.savedSettings).toEqual({ "kindly.profile": { repName: "Amy" } });
    }
  );

  it("a tag Outlook cannot read back counts as none", async () => {
    const { host, office, item } = setup("compose");
    await host.tagChase();
    expect("tags" in item && item.tags.properties[CHASE_PROPERTY]).toBeTruthy();
    expect((await host.openItem()).taggedChase).toBe(true);
    office.failures.set("customProperties.get", "throw");
    office.failures.set("categories.getAsync", "failed");
    expect((await host.openItem()).taggedChase).toBe(false);
  });
});

/*
 * The simulator plays the same Outlook for the e2e suite: an operation told to fail
 * fails through the same wrapper, with the same words, and leaves the draft as it was.
 */
describe("the simulator's Outlook, told to fail", () => {
  const NOW = new Date("2026-11-28T12:00:00Z");

  function simulator(compose: boolean) {
    const mailbox = new SimMailbox(NOW);
    mailbox.select("middleman-dubai");
    if (compose) mailbox.reply();
    return { mailbox, host: new SimulatorHost(mailbox, TIMEOUT_MS) };
  }

  const SIM_CASES: Array<[SimOperation, boolean, Run, string]> = [
    ["read", false, RUNS.openItem, "read the message"],
    ["read", true, RUNS.openItem, "read the message"],
    ["reply", false, RUNS.replyWith, "open a reply"],
    ["insert", true, RUNS.insertAtCursor, "insert the reminder"],
    ["insert", true, RUNS.replyWith, "insert the reminder"],
    ["tag", true, RUNS.tagChase, "tag the message"],
    ["settings-save", true, RUNS["settings.save"], "save settings"],
  ];
  const SIM_ROWS = SIM_CASES.flatMap(([op, compose, run, words]) =>
    SIM_FAILURES.filter((m) => m !== "quota" || op === "settings-save").map(
      (mode) => [op, compose ? "compose" : "read", mode, run, words] as const
    )
  );

  it.each(SIM_ROWS)("%s (%s): %s", async (op, kind, mode, run, words) => {
    const { mailbox, host } = simulator(kind === "compose");
    const body = () => mailbox.currentDraft?.composer.body().html ?? null;
    const before = body();
    mailbox.failures.set(op, mode);
    const error = await run(host).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(HostError);
    const { message } = error as HostError;
    if (mode === "timeout") expect(message).toBe(`Outlook did not answer (${words}).`);
    else expect(message.startsWith(`Outlook could not ${words}: `)).toBe(true);
    if (mode === "quota") expect(message).toContain("over Outlook's 32 KB limit");
    expect(message).not.toMatch(/\[object|undefined|\n/);
    // Nothing happened: no reply opened, no reminder, no tag, nothing saved.
    expect(body()).toBe(before);
    expect(mailbox.currentDraft?.properties ?? {}).toEqual({});
    mailbox.failures.clear();
    await run(host);
    if (op === "insert" || op === "reply") expect(body()).toContain(REMINDER.html);
    if (op === "tag") expect(mailbox.currentDraft?.properties).toHaveProperty(CHASE_PROPERTY);
  });

  it("takes failures and a timeout from the standalone pane's address, and refuses a misspelt one", () => {
    const win = { localStorage: null, navigator: { language: "en-US" } } as unknown as Window;
    Object.assign(win, { parent: win });
    const params = new URLSearchParams(
      "thread=middleman-dubai&fail=insert:status,settings-save:quota&timeout=500"
    );
    const host = connectSimulator(params, win);
    expect([...host.mailbox.failures]).toEqual([
      ["insert", "status"],
      ["settings-save", "quota"],
    ]);
    expect(host.timeoutMs).toBe(500);
    expect(parseFailures("")).toEqual([]);
    expect(() => parseFailures("insert:sometimes")).toThrow(
      'Unknown failure "insert:sometimes": write operation:mode'
    );
    expect(() => parseFailures("send:status")).toThrow('Unknown failure "send:status"');
  });
});
