import http from "node:http";
import { makeCalendar, type HolidayYears } from "../../../../src/core";
import allHolidays from "../../../../src/generated/holidays/all.json";
import { graphConfig, readConversation } from "../../../../src/hosts/graph/conversation";
import { analyseOpenThread, readOpenThread } from "../../../../src/hosts/open-thread";
import { graphShaped } from "../../../../src/hosts/simulator/graph-shape";
import { SimulatorHost, SIMULATOR_GRAPH_TOKEN } from "../../../../src/hosts/simulator/host";
import { SimMailbox, SIMULATOR_CLIENT_ID } from "../../../../src/hosts/simulator/mailbox";

const NOW = new Date("2026-11-28T12:00:00Z");
const HOLIDAYS = allHolidays as unknown as Record<string, HolidayYears>;

/** A Graph-shaped endpoint on loopback listing one simulated thread, and who asked. */
async function endpoint(messages: Record<string, unknown>[]) {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers.authorization ?? "");
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ value: messages }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The pane's path for the open item: conversation, thread, decision. */
async function decide(host: SimulatorHost) {
  const item = await host.openItem();
  const { messages, source } = await readConversation(item, host.settings, (c) =>
    host.graphAuth(c)
  );
  const input = {
    messages,
    whole: source.kind === "graph",
    conversationId: item.conversationId,
    user: host.user(),
    settings: host.settings,
    tz: "UTC",
  };
  const read = readOpenThread(input);
  const country = read.country.chosen ?? read.country.guessed;
  const calendar = makeCalendar(country, country ? HOLIDAYS[country] : null);
  return { source, read, opened: analyseOpenThread(read, input, host.now(), calendar) };
}

describe("the simulator signed in to a Graph endpoint", () => {
  it("is set up for the endpoint it is given, and only for an https or loopback one", () => {
    const mailbox = new SimMailbox(NOW);
    expect(() => mailbox.useGraphEndpoint("http://graph.example.com")).toThrow(/https/);
    mailbox.useGraphEndpoint("http://127.0.0.1:4000/");
    const host = new SimulatorHost(mailbox);
    expect(graphConfig(host.settings)).toEqual({
      clientId: SIMULATOR_CLIENT_ID,
      baseUrl: "http://127.0.0.1:4000",
      loginUrl: "https://login.microsoftonline.com",
    });
  });

  it("gives a token for its endpoint and none for another (a real Graph needs a real Outlook)", async () => {
    const mailbox = new SimMailbox(NOW);
    mailbox.useGraphEndpoint("http://127.0.0.1:4000");
    const host = new SimulatorHost(mailbox);
    const config = graphConfig(host.settings)!;
    expect(await (await host.graphAuth(config))!.token()).toBe(SIMULATOR_GRAPH_TOKEN);
    expect(await host.graphAuth({ ...config, baseUrl: "https://graph.microsoft.com" })).toBeNull();
    expect(await new SimulatorHost(new SimMailbox(NOW)).graphAuth(config)).toBeNull();
  });

  it("reads the chases the out-of-office reply does not quote, and holds as Gmail does", async () => {
    const quotedBox = new SimMailbox(NOW);
    quotedBox.select("ooo-spain");
    const quoted = await decide(new SimulatorHost(quotedBox));
    expect(quoted.source).toEqual({ kind: "quoted", why: "not-configured", detail: "" });
    expect(quoted.opened.analysis.decision.status).toBe("ok");

    const mailbox = new SimMailbox(NOW);
    mailbox.select("ooo-spain");
    const server = await endpoint(graphShaped(mailbox.thread));
    try {
      mailbox.useGraphEndpoint(server.url);
      const whole = await decide(new SimulatorHost(mailbox));
      expect(whole.source).toEqual({ kind: "graph", messages: mailbox.thread.messages.length });
      expect(server.seen).toEqual([`Bearer ${SIMULATOR_GRAPH_TOKEN}`]);
      // Each message once: the open item and its copy in Graph are one.
      expect(whole.read.thread.messages).toHaveLength(mailbox.thread.messages.length);
      const chases = (r: typeof whole) =>
        r.read.thread.messages.filter((m) => m.kind === "chase").length;
      expect(chases(whole)).toBeGreaterThan(chases(quoted));
      expect(whole.opened.analysis.decision.status).toBe("hold");
    } finally {
      await server.close();
    }
  });
});
