import { createRoot } from "react-dom/client";
import type { MailHost } from "../hosts/mailhost";
import { App } from "./App";
import { startHost } from "./start-host";

// The host (Office.js and the open item, or the simulator's mailbox) starts while React
// renders the frame; a retry starts it afresh.
let starting: Promise<MailHost> | null = startHost();
function start(): Promise<MailHost> {
  const host = starting ?? startHost();
  starting = null;
  return host;
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<App start={start} />);
