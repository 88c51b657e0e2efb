import http from "node:http";
import { graphShaped } from "../../src/hosts/simulator/graph-shape";
import { materialize } from "../../src/hosts/simulator/mailbox";
import { SAMPLE_THREADS } from "../../src/hosts/simulator/samples";

/**
 * A Graph-shaped endpoint on loopback for the pane in Chromium: it lists a sample thread's
 * messages (built for the same day as the pane's) two to a page, or answers with a fixed
 * status. It allows the pane's origin (CORS), as Graph does.
 */
export interface FakeGraph {
  url: string;
  requests: { path: string; authorization: string }[];
  /** A status to answer every request with instead of the messages (401, 500…). */
  failWith: number | null;
  close(): Promise<void>;
}

export async function startFakeGraph(day: string): Promise<FakeGraph> {
  const now = new Date(`${day}T12:00:00Z`);
  const state: Omit<FakeGraph, "close" | "url"> = { requests: [], failWith: null };
  const server = http.createServer((req, res) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Headers", "Authorization, Prefer, Accept");
    if (req.method === "OPTIONS") return res.end();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    state.requests.push({ path: req.url ?? "", authorization: req.headers.authorization ?? "" });
    res.setHeader("Content-Type", "application/json");
    if (state.failWith) {
      res.statusCode = state.failWith;
      return res.end(JSON.stringify({ error: { code: "Fail", message: "as asked" } }));
    }
    const id = /conversationId eq '([^']*)'/.exec(url.searchParams.get("$filter") ?? "")?.[1];
    const sample = SAMPLE_THREADS.find((s) => s.id === id);
    const all = sample ? graphShaped(materialize(sample, now)) : [];
    const skip = Number(url.searchParams.get("$skip") ?? 0);
    const page = all.slice(skip, skip + 2);
    const next = new URL(url);
    next.searchParams.set("$skip", String(skip + 2));
    res.end(
      JSON.stringify({
        value: page,
        ...(skip + 2 < all.length
          ? { "@odata.nextLink": `${address}${next.pathname}${next.search}` }
          : {}),
      })
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return Object.assign(state, {
    url: address,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
