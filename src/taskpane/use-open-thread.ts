import { useEffect } from "react";
import { readConversation, type ThreadSource } from "../hosts/graph/conversation";
import type { MailHost, OpenItem } from "../hosts/mailhost";
import { snapshotSettings } from "../hosts/settings-snapshot";
import { analyseHere, type Analyse } from "./analysis-client";
import type { AnalysisResult } from "./analysis-job";
import { useAsync, type Async } from "./use-async";

/** The open item, and its analysis. */
export interface OpenThread extends AnalysisResult {
  item: OpenItem;
  /** Where the messages came from: the whole conversation (Graph), or the item's quotes. */
  source: ThreadSource;
}

/** The rep's time zone: dates are the rep's calendar days. */
export function repZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * Reads the open item and its thread (the host's calls, here), then has `analyse` read the
 * thread and decide (in the analysis worker, or here where there is none).
 */
export async function openThread(
  host: MailHost,
  analyse: Analyse = analyseHere
): Promise<OpenThread> {
  const item = await host.openItem();
  const { messages, source } = await readConversation(item, host.settings, (config) =>
    host.graphAuth(config)
  );
  const analysed = await analyse({
    messages,
    conversationId: item.conversationId,
    user: host.user(),
    tz: repZone(),
    settings: snapshotSettings(host.settings),
    now: host.now().getTime(),
  });
  return { item, ...analysed, source };
}

/**
 * The open thread, read again when the rep opens another item. `first` is a read already
 * made (App starts it the moment the host and this chunk are there, without waiting for the
 * pane to render a spinner first).
 */
export function useOpenThread(host: MailHost, analyse: Analyse, first?: Async<OpenThread>) {
  const result = useAsync<OpenThread>(() => openThread(host, analyse), [host, analyse], first);
  const { retry } = result;
  useEffect(() => host.onItemChanged(retry), [host, retry]);
  return result;
}
