import { HostError, type MailHost } from "../hosts/mailhost";

/** Office.js from Microsoft's CDN: the one remote script Kindly loads, and only inside Outlook. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(HostError.worded({ problem: "hostNoOfficeJs" }));
    document.head.appendChild(script);
  });
}

/**
 * Chooses the mail client at start-up: `?host=simulator` runs against the
 * simulator's mailbox, anything else waits for Outlook through Office.js.
 * Each host is its own chunk, so the pane loads only the one it needs.
 */
export async function startHost(location: Location = window.location): Promise<MailHost> {
  const params = new URLSearchParams(location.search);
  if (params.get("host") === "simulator") {
    const { connectSimulator } = await import(
      /* webpackChunkName: "host-simulator" */ "../hosts/simulator/host"
    );
    return connectSimulator(params);
  }
  await loadScript(OFFICE_JS_URL);
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Outlook) {
    throw HostError.worded({ problem: "hostNotOutlook" });
  }
  const { OutlookHost } = await import(
    /* webpackChunkName: "host-outlook" */ "../hosts/outlook/host"
  );
  return new OutlookHost(Office, undefined, () =>
    import(/* webpackChunkName: "graph-auth" */ "../hosts/outlook/naa").then((m) => m.naaAuth)
  );
}
