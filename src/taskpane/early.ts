import type { MailHost } from "../hosts/mailhost";
import { loadPane } from "./pane-chunk";
import { startHost } from "./start-host";

// index.tsx imports this module first, so it runs before React and Fluent UI are evaluated:
// the pane's chunk (the core's analysis and its cards) and the host (Office.js and the open
// item, or the simulator's mailbox) are on their way while the frame is still being built.

void loadPane();

let starting: Promise<MailHost> | null = startHost();

/** The host started at load; a retry starts it afresh. */
export function start(): Promise<MailHost> {
  const host = starting ?? startHost();
  starting = null;
  return host;
}
