import { useEffect } from "react";
import type { CountryChoice, MemoryWarning } from "../core";
import { readConversation, type ThreadSource } from "../hosts/graph/conversation";
import type { MailHost, OpenItem } from "../hosts/mailhost";
import {
  analyseOpenThread,
  readOpenThread,
  type AnalysedOpenThread,
  type OpenThreadInput,
} from "../hosts/open-thread";
import { loadCalendar } from "./holidays";
import { useAsync, type Async } from "./use-async";

export interface OpenThread extends AnalysedOpenThread {
  item: OpenItem;
  /** A problem with the stored memory, recovered from, for the rep to know. */
  warning: MemoryWarning | null;
  /** The buyer's country, and whether the rep chose it. */
  country: CountryChoice;
  /** Where the messages came from: the whole conversation (Graph), or the item's quotes. */
  source: ThreadSource;
}

/** The rep's time zone: dates are the rep's calendar days. */
export function repZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Reads the open item, its thread and the decision. */
export async function openThread(host: MailHost): Promise<OpenThread> {
  const item = await host.openItem();
  const { messages, source } = await readConversation(item, host.settings, (config) =>
    host.graphAuth(config)
  );
  const input: OpenThreadInput = {
    messages,
    conversationId: item.conversationId,
    user: host.user(),
    settings: host.settings,
    tz: repZone(),
  };
  const read = readOpenThread(input);
  const calendar = await loadCalendar(read.country.chosen ?? read.country.guessed);
  const opened = analyseOpenThread(read, input, host.now(), calendar);
  return { item, ...opened, warning: read.warning, country: read.country, source };
}

/**
 * The open thread, read again when the rep opens another item. `first` is a read already
 * made (App starts it the moment the host and this chunk are there, without waiting for the
 * pane to render a spinner first).
 */
export function useOpenThread(host: MailHost, first?: Async<OpenThread>) {
  const result = useAsync<OpenThread>(() => openThread(host), [host], first);
  const { retry } = result;
  useEffect(() => host.onItemChanged(retry), [host, retry]);
  return result;
}
