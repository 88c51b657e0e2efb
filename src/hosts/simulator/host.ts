import {
  HostError,
  type InsertContent,
  type MailHost,
  type OpenItem,
  type SettingsStore,
} from "../mailhost";
import type { GraphAuth, GraphConfig } from "../graph/conversation";
import { SimMailbox } from "./mailbox";

/** The name under which the simulator page shares its mailbox with the pane's frame. */
export const SHARED_MAILBOX = "kindlySimulator";

/** The mail client behind the port, played by the simulator's mailbox. */
export class SimulatorHost implements MailHost {
  readonly name = "simulator" as const;
  readonly settings: SettingsStore;

  constructor(readonly mailbox: SimMailbox) {
    this.settings = {
      get: (key) => mailbox.getSetting(key),
      set: (key, value) => mailbox.setSetting(key, value),
      remove: (key) => mailbox.removeSetting(key),
      save: async () => mailbox.saveSettings(),
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
    return this.mailbox.openItem();
  }

  async insertAtCursor(content: InsertContent): Promise<void> {
    if (this.mailbox.mode !== "compose")
      throw new HostError("Open a reply to insert the reminder.", "insert the reminder");
    this.mailbox.insertAtCursor(content);
  }

  async replyWith(content: InsertContent): Promise<void> {
    if (this.mailbox.mode === "compose") return this.insertAtCursor(content);
    this.mailbox.replyWith(content);
  }

  async tagChase(): Promise<void> {
    if (this.mailbox.mode !== "compose")
      throw new HostError("Open a reply to tag it as a chase.", "tag the message");
    this.mailbox.tagDraft();
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
 * and the standalone pane). `?now=YYYY-MM-DD` fixes the day the samples are relative to.
 */
export function connectSimulator(params: URLSearchParams, win: Window = window): SimulatorHost {
  let shared: SimMailbox | undefined;
  try {
    shared =
      win.parent !== win
        ? ((win.parent as unknown as Record<string, unknown>)[SHARED_MAILBOX] as SimMailbox)
        : undefined;
  } catch {
    shared = undefined; // a parent from another origin
  }
  if (shared) return new SimulatorHost(shared);
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
  return new SimulatorHost(mailbox);
}
