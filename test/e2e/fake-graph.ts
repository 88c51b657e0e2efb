import { graphShaped } from "../../src/hosts/simulator/graph-shape";
import { materialize } from "../../src/hosts/simulator/mailbox";
import { SAMPLE_THREADS } from "../../src/hosts/simulator/samples";
import {
  graphServer,
  pagedConversation,
  type GraphRequest,
} from "../unit/hosts/graph/graph-server";

/**
 * The unit tests' Graph-shaped server on loopback (graph-server.ts), for the pane in Chromium:
 * it lists a sample thread's messages (built for the same day as the pane's) two to a page, or
 * answers with a fixed status. It allows the pane's origin (CORS), as Graph does.
 */
export interface FakeGraph {
  url: string;
  /** What the pane asked for (the browser's CORS preflights are not among them). */
  requests: GraphRequest[];
  /** A status to answer every request with instead of the messages (401, 500…). */
  failWith: number | null;
  close(): Promise<void>;
}

export async function startFakeGraph(day: string): Promise<FakeGraph> {
  const now = new Date(`${day}T12:00:00Z`);
  const server = await graphServer(
    (request) => {
      if (fake.failWith)
        return { status: fake.failWith, body: { error: { code: "Fail", message: "as asked" } } };
      const filter = new URL(request.path, request.origin).searchParams.get("$filter") ?? "";
      const id = /conversationId eq '([^']*)'/.exec(filter)?.[1] ?? "";
      const sample = SAMPLE_THREADS.find((s) => s.id === id);
      const messages = sample ? graphShaped(materialize(sample, now)) : [];
      return pagedConversation(id, messages, 2)(request);
    },
    { cors: true }
  );
  const fake: FakeGraph = {
    url: server.url,
    requests: server.requests,
    failWith: null,
    close: () => server.close(),
  };
  return fake;
}
