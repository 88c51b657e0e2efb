import type { MailHost } from "../hosts/mailhost";
import { bySize, inWorker, loadAnalysis } from "./analysis-client";
import { loadPane } from "./pane-chunk";
import { startHost } from "./start-host";
import { loadOtherThemes, systemWantsOtherTheme } from "./theme-chunk";

// index.tsx imports this module first, so it runs before React and Fluent UI are evaluated:
// the pane's cards, the core's analysis and the host (Office.js and the open item, or the
// simulator's mailbox) are on their way while the frame is still being built.

/** Where the pane analyses threads: here, or a huge one in a worker (analysis-client.ts). */
export const analyse = bySize(
  inWorker(
    () => new Worker(new URL("./analysis-worker.ts", import.meta.url), { name: "kindly-analysis" })
  )
);

// A failure here is shown by App, which asks again.
loadPane().catch(() => undefined);
loadAnalysis().catch(() => undefined);

// A dark or high-contrast system: its theme is on its way too.
if (systemWantsOtherTheme()) loadOtherThemes().catch(() => undefined);

let starting: Promise<MailHost> | null = startHost();
// The pane may ask for the host after it has failed (an unknown sample thread, no Office.js):
// mark the failure as seen now, so the browser does not report it as an unhandled rejection
// before the pane shows it with its retry.
starting.catch(() => undefined);

/** The host started at load; a retry starts it afresh. */
export function start(): Promise<MailHost> {
  const host = starting ?? startHost();
  starting = null;
  return host;
}
