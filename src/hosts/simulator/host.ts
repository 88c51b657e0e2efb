import {
  HostError,
  type HostOperation,
  type InsertContent,
  type ItemKey,
  type MailHost,
  type OpenItem,
  type SettingsStore,
} from "../mailhost";
import type { GraphAuth, GraphConfig } from "../graph/conversation";
import { officeCall, SETTINGS_OVER_QUOTA } from "../outlook/call";
import type { AsyncResultLike } from "../outlook/office-surface";
import { SimMailbox } from "./mailbox";

/** The name under which the simulator page shares its mailbox with the pane's frame. */
export const SHARED_MAILBOX = "kindlySimulator";

/*
 * Failure injection: the simulated Outlook fails an operation the ways Outlook does, so the
 * pane's error states can be tried by hand and are checked by the e2e suite.
 *
 * Operations: "read" (the open item), "insert" (at the cursor), "reply" (a reply form opened
 * from a message being read), "tag" (the draft as a chase), "settings-save" (roaming settings).
 * Modes: "status" (a Failed AsyncResult), "throw" (the call throws), "timeout" (no answer:
 * the host gives up after its timeout, SIMULATOR_TIMEOUT_MS or `?timeout=<ms>`), "quota"
 * (Outlook's error for roaming settings over their 32 KB).
 *
 * In the simulator page (the pane in its frame shares the page's mailbox), from the console:
 *   kindlySimulator.failures.set("insert", "status");   kindlySimulator.failures.clear();
 * For the pane alone: taskpane.html?host=simulator&fail=insert:status,settings-save:quota&timeout=500
 * A failed operation does nothing: the draft is exactly as it was.
 */

export const SIM_OPERATIONS = ["read", "insert", "reply", "tag", "settings-save"] as const;
export type SimOperation = (typeof SIM_OPERATIONS)[number];
export const SIM_FAILURES = ["status", "throw", "timeout", "quota"] as const;
export type SimFailure = (typeof SIM_FAILURES)[number];

/** How long the simulator's host waits for the simulated Outlook: short, so a "timeout" is quick to see. */
export const SIMULATOR_TIMEOUT_MS = 2_000;

/** The simulated Outlook's AsyncResult statuses. */
const SIMULATED = { AsyncResultStatus: { Succeeded: "succeeded" } };

/** Outlook's error for a failed call: its generic one, or settings over quota. */
const FAILED_WITH: Record<"status" | "quota", NonNullable<AsyncResultLike<unknown>["error"]>> = {
  status: { name: "Internal Error", message: "An internal error has occurred.", code: 9002 },
  quota: { name: "Settings Error", message: "Settings size exceeded.", code: SETTINGS_OVER_QUOTA },
};

/** `insert:status,settings-save:quota` as [operation, mode] pairs; throws on anything else. */
export function parseFailures(spec: string): Array<[SimOperation, SimFailure]> {
  return spec
    .split(",")
    .filter((part) => part.trim())
    .map((part) => {
      const [op, mode] = part.trim().split(":");
      if (
        !(SIM_OPERATIONS as readonly string[]).includes(op) ||
        !(SIM_FAILURES as readonly string[]).includes(mode)
      )
        throw new Error(
          `Unknown failure "${part.trim()}": write operation:mode, with operations ` +
            `${SIM_OPERATIONS.join(", ")} and modes ${SIM_FAILURES.join(", ")}.`
        );
      return [op as SimOperation, mode as SimFailure];
    });
}

/** The mail client behind the port, played by the simulator's mailbox. */
export class SimulatorHost implements MailHost {
  readonly name = "simulator" as const;
  readonly settings: SettingsStore;

  constructor(
    readonly mailbox: SimMailbox,
    /** How long the host waits for the simulated Outlook to answer a call. */
    readonly timeoutMs: number = SIMULATOR_TIMEOUT_MS
  ) {
    this.settings = {
      get: (key) => mailbox.getSetting(key),
      set: (key, value) => mailbox.setSetting(key, value),
      remove: (key) => mailbox.removeSetting(key),
      save: () => this.call("settings-save", "doSaveSettings", () => mailbox.saveSettings()),
    };
  }

  user() {
    return { address: this.mailbox.me.address, displayName: this.mailbox.me.name };
  }

  now(): Date {
    return this.mailbox.now();
  }

  displayLanguage(): string {
    return this.mailbox.displayLanguage;
  }

  theme(): "light" | "dark" | null {
    return this.mailbox.theme;
  }

  async openItem(): Promise<OpenItem> {
    return this.call("read", "doReadMessage", () => this.mailbox.openItem());
  }

  /** Outlook's item properties: no call to fail (`failures` simulates the calls). */
  async openItemKey(): Promise<ItemKey> {
    return this.mailbox.openItemKey();
  }

  async insertAtCursor(content: InsertContent): Promise<void> {
    if (this.mailbox.mode !== "compose")
      throw HostError.worded({ problem: "hostReplyToInsert", operation: "doInsertReminder" });
    return this.call("insert", "doInsertReminder", () => this.mailbox.insertAtCursor(content));
  }

  async replyWith(content: InsertContent): Promise<void> {
    if (this.mailbox.mode === "compose") return this.insertAtCursor(content);
    return this.call("reply", "doOpenReply", () => this.mailbox.replyWith(content));
  }

  async tagChase(): Promise<void> {
    if (this.mailbox.mode !== "compose")
      throw HostError.worded({ problem: "hostReplyToTag", operation: "doTagMessage" });
    return this.call("tag", "doTagMessage", () => this.mailbox.tagDraft());
  }

  /**
   * One call to the simulated Outlook, through the Outlook host's own wrapper: it answers
   * with `run`'s value, or fails as `mailbox.failures` says, without running `run`.
   */
  private call<T>(op: SimOperation, operation: HostOperation, run: () => T): Promise<T> {
    const failure = this.mailbox.failures.get(op);
    return officeCall<T>(
      SIMULATED,
      operation,
      (callback) => {
        if (failure === "throw") throw new Error("Outlook's add-in interface is not available.");
        if (failure === "timeout") return;
        if (failure)
          callback({ status: "failed", value: undefined as T, error: FAILED_WITH[failure] });
        else callback({ status: SIMULATED.AsyncResultStatus.Succeeded, value: run() });
      },
      this.timeoutMs
    );
  }

  /**
   * The simulator plays an Outlook signed in to the Graph endpoint it was given (`?graph=`);
   * it can sign in to no other (a real Graph needs a real Outlook).
   */
  async graphAuth(config: GraphConfig): Promise<GraphAuth | null> {
    const endpoint = this.mailbox.graphEndpoint;
    if (!endpoint || config.baseUrl !== endpoint) return null;
    return { token: async () => SIMULATOR_GRAPH_TOKEN };
  }

  onItemChanged(listener: () => void): () => void {
    return this.mailbox.subscribe(listener);
  }
}

/** The bearer token the simulator sends to its Graph endpoint. */
export const SIMULATOR_GRAPH_TOKEN = "simulator-token";

/**
 * The pane's simulator host: the simulator page's mailbox when the pane runs in
 * its frame, else a mailbox of its own opened on `?thread=<id>` (for benchmarks
 * and the standalone pane). `?now=YYYY-MM-DD` fixes the day the samples are relative to;
 * `?fail=` and `?timeout=` inject failures (see SIM_OPERATIONS above).
 */
export function connectSimulator(params: URLSearchParams, win: Window = window): SimulatorHost {
  const mailbox = sharedMailbox(win) ?? ownMailbox(params, win);
  for (const [op, mode] of parseFailures(params.get("fail") ?? "")) mailbox.failures.set(op, mode);
  const timeout = Number(params.get("timeout"));
  return new SimulatorHost(mailbox, timeout > 0 ? timeout : SIMULATOR_TIMEOUT_MS);
}

function sharedMailbox(win: Window): SimMailbox | undefined {
  try {
    return win.parent !== win
      ? ((win.parent as unknown as Record<string, unknown>)[SHARED_MAILBOX] as SimMailbox)
      : undefined;
  } catch {
    return undefined; // a parent from another origin
  }
}

function ownMailbox(params: URLSearchParams, win: Window): SimMailbox {
  const now = params.get("now") ? new Date(`${params.get("now")}T12:00:00Z`) : new Date();
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {
    storage = null;
  }
  const mailbox = new SimMailbox(
    isNaN(now.getTime()) ? new Date() : now,
    storage,
    params.get("lang") ?? win.navigator.language
  );
  const theme = params.get("theme");
  if (theme === "light" || theme === "dark") mailbox.theme = theme;
  const graph = params.get("graph");
  if (graph) mailbox.useGraphEndpoint(graph);
  const thread = params.get("thread");
  if (thread) mailbox.select(thread);
  return mailbox;
}
