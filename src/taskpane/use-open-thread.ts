import { useSyncExternalStore } from "react";
import { readConversation, type ThreadSource } from "../hosts/graph/conversation";
import type { ItemKey, MailHost, OpenItem } from "../hosts/mailhost";
import { snapshotSettings } from "../hosts/settings-snapshot";
import { analyseHere, type Analyse } from "./analysis-client";
import type { AnalysisResult } from "./analysis-job";
import { useAsync, type Async } from "./use-async";

/** The open item, and its analysis. */
export interface OpenThread extends AnalysisResult {
  item: OpenItem;
  /** Where the messages came from: the whole conversation (Graph), or the item's quotes. */
  source: ThreadSource;
  /** How many item changes the host had announced when this read began (ItemChanges.count). */
  seen: number;
}

/**
 * The rep's item changes, counted from the pane's first read on. The pane listens only once
 * it is on screen, but its first read is made before that (App starts it while the pane
 * loads): a change announced in between is counted here, so the pane can tell that the
 * first read is of an item no longer open, instead of showing it and writing its reminder to
 * the buyer now open. One subscription per host, for its life: the Outlook host can only
 * silence a handler, not remove it.
 */
class ItemChanges {
  count = 0;
  private readonly listeners = new Set<() => void>();

  constructor(host: MailHost) {
    host.onItemChanged(() => {
      this.count += 1;
      for (const listener of [...this.listeners]) listener();
    });
  }

  /** For useSyncExternalStore: a listener for each change; returns an unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): number => this.count;
}

const itemChangesOf = new WeakMap<MailHost, ItemChanges>();

/** The host's item changes, counted from the first time this is asked for the host. */
function itemChanges(host: MailHost): ItemChanges {
  let changes = itemChangesOf.get(host);
  if (!changes) {
    changes = new ItemChanges(host);
    itemChangesOf.set(host, changes);
  }
  return changes;
}

/**
 * Whether two items (as read, or named by their key) are the same: a reminder made for one may
 * go into the other. A new message has no conversation until Outlook first saves it, which its
 * autosave does while the rep writes: the same draft, read before and asked for after, has a
 * conversation only the second time. A draft without one is therefore taken for a draft with
 * one: a compose pane is the pane of its own draft (Outlook gives it no other), while two
 * drafts that both have a conversation are still told apart by it.
 */
export function sameItem(a: ItemKey, b: ItemKey): boolean {
  if (a.mode !== b.mode || a.itemId !== b.itemId) return false;
  if (a.mode === "compose" && (a.conversationId === null || b.conversationId === null)) return true;
  return a.conversationId === b.conversationId;
}

/** The rep's time zone: dates are the rep's calendar days. */
export function repZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * Reads the open item and its thread (the host's calls, here), then has `analyse` read the
 * thread and decide (in the analysis worker, or here where there is none). The host's item
 * changes are counted from the first call on (see ItemChanges).
 */
export async function openThread(
  host: MailHost,
  analyse: Analyse = analyseHere
): Promise<OpenThread> {
  const seen = itemChanges(host).count;
  const item = await host.openItem();
  const { messages, source } = await readConversation(item, host.settings, (config) =>
    host.graphAuth(config)
  );
  const analysed = await analyse({
    messages,
    whole: source.kind === "graph",
    conversationId: item.conversationId,
    user: host.user(),
    tz: repZone(),
    settings: snapshotSettings(host.settings),
    now: host.now().getTime(),
  });
  return { item, ...analysed, source, seen };
}

/**
 * The open thread, read again when the rep opens another item. `first` is a read already
 * made (App starts it the moment the host and this chunk are there, without waiting for the
 * pane to render a spinner first).
 */
export function useOpenThread(host: MailHost, analyse: Analyse, first?: Async<OpenThread>) {
  const changes = itemChanges(host);
  // Each change the host announces is a dependency of the read: the item is read again.
  const changed = useSyncExternalStore(changes.subscribe, changes.snapshot);
  // A first read begun before a change (the rep opened another item while the pane loaded)
  // is of an item no longer open: it is not shown, and the item open now is read instead.
  const fresh = first?.state === "ready" && first.value.seen !== changed ? undefined : first;
  return useAsync<OpenThread>(() => openThread(host, analyse), [host, analyse, changed], fresh);
}
