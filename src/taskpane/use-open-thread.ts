import { useEffect } from "react";
import { readThread, type Thread } from "../core";
import { itemToMessage, type MailHost, type OpenItem } from "../hosts/mailhost";
import { useAsync } from "./use-async";

export interface OpenThread {
  item: OpenItem;
  thread: Thread;
}

/** Reads the open item and its thread; reads again when the rep opens another item. */
export function useOpenThread(host: MailHost) {
  const result = useAsync<OpenThread>(async () => {
    const item = await host.openItem();
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const thread = readThread([itemToMessage(item)], { address: host.user().address }, { tz });
    return { item, thread };
  }, [host]);
  const { retry } = result;
  useEffect(() => host.onItemChanged(retry), [host, retry]);
  return result;
}
