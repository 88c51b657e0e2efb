import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { ThreadOutput } from "../../../src/cli/output";
import {
  closedServer,
  CONVERSATION_ID as CONVERSATION,
  pagedConversation,
  sentMessage,
  serversPerTest,
  type GraphMessageJson,
  type GraphServer,
  type SentMessage,
} from "../hosts/graph/graph-server";
import { run } from "./run";

const TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJNYWlsLlJlYWQifQ.c2lnbmF0dXJl";
const AMY = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
const OMAR = { name: "Omar Haddad", address: "omar.haddad@alwaha-trading.ae" };
const AS_OF = ["--me", AMY.address, "--now", "2026-11-24", "--tz", "Asia/Shanghai"];

/** One message of the test thread, from which both the Graph answer and the .eml file are made. */
type Sample = Omit<SentMessage, "id" | "conversationId">;

/** A deposit chase with Omar: the PI, his confirmation, a chase, his out-of-office reply, his reason. */
const THREAD: Sample[] = [
  {
    from: AMY,
    to: OMAR,
    sentAt: "2026-11-02T01:15:00Z",
    subject: "PI SR-2611-045 deposit",
    body: "Dear Omar,\n\nPlease find PI SR-2611-045 for USD 18,400. The 30% deposit confirms your production slot.\n\nBest regards,\nAmy",
  },
  {
    from: OMAR,
    to: AMY,
    sentAt: "2026-11-03T06:20:00Z",
    subject: "RE: PI SR-2611-045 deposit",
    body: "Dear Amy,\n\nConfirmed, thank you. We will arrange the deposit.\n\nOmar",
  },
  {
    from: AMY,
    to: OMAR,
    sentAt: "2026-11-13T02:30:00Z",
    subject: "RE: PI SR-2611-045 deposit",
    body: "Dear Omar,\n\nMay I kindly check on the deposit for PI SR-2611-045? Once the bank slip is here we can confirm your production slot.\n\nBest regards,\nAmy",
  },
  {
    from: OMAR,
    to: AMY,
    sentAt: "2026-11-13T02:31:00Z",
    subject: "Automatic reply: RE: PI SR-2611-045 deposit",
    body: "I am out of the office until 20 November with limited access to email.",
    headers: { "Auto-Submitted": "auto-replied" },
  },
  {
    from: OMAR,
    to: AMY,
    sentAt: "2026-11-23T06:00:00Z",
    subject: "RE: PI SR-2611-045 deposit",
    body: "Dear Amy,\n\nMy customer has not paid me yet, I will send the deposit as soon as his payment arrives.\n\nOmar",
  },
];

function graphJson(sample: Sample, i: number): GraphMessageJson {
  return sentMessage({ ...sample, id: `AAMkAD-${i}`, conversationId: CONVERSATION });
}

function eml(sample: Sample, i: number): string {
  const lines = [
    `From: ${sample.from.name} <${sample.from.address}>`,
    `To: ${sample.to.name} <${sample.to.address}>`,
    `Subject: ${sample.subject}`,
    `Date: ${new Date(sample.sentAt).toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <m${i}@kindly.test>`,
    ...(i ? [`In-Reply-To: <m${i - 1}@kindly.test>`] : []),
    ...Object.entries(sample.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    sample.body,
    "",
  ];
  return lines.join("\r\n");
}

const serve = serversPerTest();

let folder = "";

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "kindly-graph-thread-"));
  await Promise.all(
    THREAD.map((sample, i) => fs.writeFile(path.join(folder, `0${i + 1}.eml`), eml(sample, i)))
  );
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** Graph answering with the thread, newest first as Graph does. */
function serveThread(): Promise<GraphServer> {
  return serve(pagedConversation(CONVERSATION, THREAD.map(graphJson).reverse()));
}

function graphThread(server: GraphServer, ...extra: string[]): string[] {
  return [
    "graph-thread",
    "--base-url",
    server.url,
    "--token",
    TOKEN,
    "--conversation",
    CONVERSATION,
    ...AS_OF,
    ...extra,
  ];
}

describe("kindly graph-thread", () => {
  it("prints the conversation exactly as analyze --json prints the same messages as .eml files", async () => {
    const server = await serveThread();
    const fromGraph = await run(graphThread(server, "--json"));
    expect(fromGraph.stderr).toBe("");
    expect(fromGraph.code).toBe(0);
    const fromFiles = await run(["analyze", folder, ...AS_OF, "--json"]);
    expect(fromFiles.stderr).toBe("");
    expect(fromGraph.stdout).toBe(fromFiles.stdout);

    const [thread] = JSON.parse(fromGraph.stdout) as ThreadOutput[];
    expect(thread.subject).toBe("PI SR-2611-045 deposit");
    expect(thread.messages.map((m) => [m.sentAt, m.side, m.kind])).toEqual([
      ["2026-11-02T01:15:00.000Z", "ours", "chase"], // it asks for the deposit
      ["2026-11-03T06:20:00.000Z", "buyer", "reply"],
      ["2026-11-13T02:30:00.000Z", "ours", "chase"],
      ["2026-11-13T02:31:00.000Z", "buyer", "auto-reply"],
      ["2026-11-23T06:00:00.000Z", "buyer", "reply"],
    ]);
    expect(thread.reason.label).toBe("middleman");
    expect(thread.decision.status).toBe("respond");
    // The request: the token as a bearer token, the conversation in $filter.
    expect(server.requests.map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`]);
    expect(new URL(server.requests[0].path, server.url).searchParams.get("$filter")).toBe(
      `conversationId eq '${CONVERSATION}'`
    );
  });

  it("prints the same summary as analyze: a header, then the thread", async () => {
    const server = await serveThread();
    const fromGraph = await run(graphThread(server));
    expect([fromGraph.code, fromGraph.stderr]).toEqual([0, ""]);
    const fromFiles = await run(["analyze", folder, ...AS_OF]);
    expect(fromGraph.stdout).toBe(fromFiles.stdout);
    const lines = fromGraph.stdout.split("\n");
    expect(lines[0]).toBe("1 thread, as of 2026-11-24 (Asia/Shanghai)");
    expect(lines[2]).toBe("PI SR-2611-045 deposit (5 messages)");
    expect(fromGraph.stdout).toContain(
      "  2026-11-13  buyer  auto-reply  Omar Haddad <omar.haddad@alwaha-trading.ae>"
    );
    expect(fromGraph.stdout).toMatch(/\n {2}decision: respond — The buyer wrote last/);
  });

  it("reads a conversation of several pages", async () => {
    const many = Array.from({ length: 230 }, (_, i) =>
      graphJson(
        {
          ...THREAD[i % 2 ? 1 : 0],
          sentAt: new Date(Date.UTC(2026, 8, 1) + i * 6 * 3_600_000).toISOString(),
          body: `Note ${i} on PI SR-2611-045.`,
        },
        i
      )
    );
    const server = await serve(pagedConversation(CONVERSATION, many));
    const result = await run(graphThread(server, "--json"));
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(server.requests).toHaveLength(3);
    expect((JSON.parse(result.stdout) as ThreadOutput[])[0].messages).toHaveLength(230);
  });

  it("reads the token from stdin with --token -, and takes it with a Bearer prefix", async () => {
    const server = await serveThread();
    const argv = graphThread(server, "--json");
    argv[argv.indexOf(TOKEN)] = "-";
    const fromStdin = await run(argv, `${TOKEN}\n`);
    expect([fromStdin.code, fromStdin.stderr]).toEqual([0, ""]);
    argv[argv.indexOf("-")] = `Bearer ${TOKEN}`;
    const prefixed = await run(argv);
    expect([prefixed.code, prefixed.stderr]).toEqual([0, ""]);
    expect(server.requests.map((r) => r.authorization)).toEqual([
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
    ]);
  });
});

describe("kindly graph-thread: Graph's failures, one line and exit 1", () => {
  it.each([
    [
      401,
      "Microsoft Graph needs you to sign in: get a fresh token with Mail.Read (Graph Explorer: Access token; it lasts about an hour) and pass it as --token.",
    ],
    [
      403,
      "Microsoft Graph refused to read your mail (403, Refused): get a fresh token with Mail.Read (Graph Explorer: Access token; it lasts about an hour) and pass it as --token.",
    ],
    [
      400,
      "Microsoft Graph refused the request (400): check --conversation (a message's conversationId) and --base-url.",
    ],
  ])("%i", async (status, message) => {
    const server = await serve(() => ({ status, body: { error: { code: "Refused" } } }));
    expect(await run(graphThread(server))).toEqual({
      code: 1,
      stdout: "",
      stderr: `kindly: ${message}\n`,
    });
  });

  it("a server that is not Graph", async () => {
    const server = await serve(() => ({ body: "<html>Sign in to the hotel Wi-Fi</html>" }));
    expect(await run(graphThread(server))).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "kindly: Microsoft Graph answered with something that is not JSON: check that --base-url is Graph's root, such as https://graph.microsoft.com.\n",
    });
  });

  it("nothing listening", async () => {
    const result = await run(graphThread(await closedServer()));
    expect([result.code, result.stdout]).toEqual([1, ""]);
    expect(result.stderr).toMatch(
      /^kindly: Microsoft Graph could not be reached \(.+\): check --base-url and the connection\.\n$/
    );
  });

  it("a conversation Graph does not have", async () => {
    const server = await serve(pagedConversation("another conversation", THREAD.map(graphJson)));
    expect(await run(graphThread(server))).toEqual({
      code: 1,
      stdout: "",
      stderr: `kindly: Microsoft Graph has no sent message in conversation "${CONVERSATION}" (is it the conversationId of a message in this mailbox?)\n`,
    });
  });
});

describe("kindly graph-thread: usage errors, exit 2, Graph not asked", () => {
  const base = (server: GraphServer) => ["--base-url", server.url];
  const token = ["--token", TOKEN];
  const conversation = ["--conversation", CONVERSATION];

  it.each<[string, (server: GraphServer) => string[], string | ((server: GraphServer) => string)]>([
    [
      "no --token",
      (s) => ["graph-thread", ...base(s), ...conversation, ...AS_OF],
      "graph-thread needs --token <access token> (or --token - to read it from stdin)",
    ],
    [
      "an empty --token",
      (s) => ["graph-thread", ...base(s), "--token", " ", ...conversation, ...AS_OF],
      "--token: empty token",
    ],
    [
      "a --token with a line break",
      (s) => ["graph-thread", ...base(s), "--token", "abc\ndef", ...conversation, ...AS_OF],
      "--token: not an access token (paste the token alone, without spaces or line breaks)",
    ],
    [
      "no --base-url",
      () => ["graph-thread", ...token, ...conversation, ...AS_OF],
      "graph-thread needs --base-url <Graph's root, such as https://graph.microsoft.com>",
    ],
    [
      "http to another machine",
      () => [
        "graph-thread",
        "--base-url",
        "http://graph.microsoft.com",
        ...token,
        ...conversation,
        ...AS_OF,
      ],
      '--base-url: "http://graph.microsoft.com" is not https (or http on this machine) without a query',
    ],
    [
      "another scheme",
      () => ["graph-thread", "--base-url", "ftp://127.0.0.1", ...token, ...conversation, ...AS_OF],
      '--base-url: "ftp://127.0.0.1" is not https (or http on this machine) without a query',
    ],
    [
      "no address",
      () => [
        "graph-thread",
        "--base-url",
        "graph.microsoft.com",
        ...token,
        ...conversation,
        ...AS_OF,
      ],
      '--base-url: "graph.microsoft.com" is not https (or http on this machine) without a query',
    ],
    [
      "a query",
      (s) => ["graph-thread", "--base-url", `${s.url}/?x=1`, ...token, ...conversation, ...AS_OF],
      (s) => `--base-url: "${s.url}/?x=1" is not https (or http on this machine) without a query`,
    ],
    [
      "no --conversation",
      (s) => ["graph-thread", ...base(s), ...token, ...AS_OF],
      "graph-thread needs --conversation <conversation id>",
    ],
    [
      "no --me",
      (s) => ["graph-thread", ...base(s), ...token, ...conversation],
      "graph-thread needs --me <your address>",
    ],
    [
      "a bad --tz",
      (s) => [
        "graph-thread",
        ...base(s),
        ...token,
        ...conversation,
        ...AS_OF,
        "--tz",
        "Mars/Olympus",
      ],
      '--tz: unknown time zone "Mars/Olympus" (use an IANA name such as Asia/Shanghai)',
    ],
    [
      "a file",
      (s) => ["graph-thread", "thread.eml", ...base(s), ...token, ...conversation, ...AS_OF],
      'graph-thread takes no files (it reads the conversation from Microsoft Graph); got "thread.eml"',
    ],
    [
      "an unknown option",
      (s) => ["graph-thread", ...base(s), ...token, ...conversation, ...AS_OF, "--folder", "Inbox"],
      "unknown option --folder for graph-thread",
    ],
  ])("%s", async (_, argv, message) => {
    const server = await serveThread();
    const result = await run(argv(server));
    expect([result.code, result.stdout]).toEqual([2, ""]);
    const expected = typeof message === "string" ? message : message(server);
    expect(result.stderr).toBe(`kindly: ${expected}\n`);
    expect(server.requests).toEqual([]);
  });

  it("is in the usage", async () => {
    const result = await run(["graph-thread", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "kindly graph-thread --base-url <url> --token <token> --conversation <id>"
    );
  });
});
