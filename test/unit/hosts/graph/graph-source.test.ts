import { readThread } from "../../../../src/core/thread/read";
import {
  conversationUrl,
  CUSTOM_PROPERTIES_ID,
  graphConversation,
  GraphError,
  type GraphOptions,
} from "../../../../src/hosts/graph/graph-source";
import {
  closedServer,
  CONVERSATION_ID as CONVERSATION,
  pagedConversation,
  recipient,
  sentMessage,
  serversPerTest,
  type GraphHandler,
  type GraphMessageJson,
  type GraphReply,
  type GraphServer,
} from "./graph-server";

const TOKEN = "eyJ0eXAiOiJKV1QiLCJub25jZSI6InRlc3QifQ.payload.signature";
const AMY = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
const OMAR = { name: "Omar Haddad", address: "omar@alwaha-trading.ae" };
const ME = { address: AMY.address };

const serve = serversPerTest();

/** Answers in turn, the last one from then on. */
function replies(...answers: GraphReply[]): GraphHandler {
  let i = 0;
  return () => answers[Math.min(i++, answers.length - 1)];
}

/** Message n of the conversation: Amy and Omar in turn, an hour apart from 10 Nov 2026. */
function message(n: number, extra: Partial<GraphMessageJson> = {}): GraphMessageJson {
  const ours = n % 2 === 0;
  const sent = sentMessage({
    id: `msg-${n}`,
    conversationId: CONVERSATION,
    subject: n === 0 ? "PI SR-2611-051 deposit" : "RE: PI SR-2611-051 deposit",
    from: ours ? AMY : OMAR,
    to: ours ? OMAR : AMY,
    sentAt: new Date(Date.UTC(2026, 10, 10, 1) + n * 3_600_000).toISOString().replace(".000Z", "Z"),
    body: `Update ${n}: the order is on schedule.`,
  });
  return { ...sent, ...extra };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The waits graphConversation asked for, instead of sleeping them. */
function options(
  server: GraphServer,
  extra: Partial<GraphOptions> = {}
): GraphOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    baseUrl: server.url,
    token: () => Promise.resolve(TOKEN),
    conversationId: CONVERSATION,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    waits,
    ...extra,
  };
}

/** The GraphError a call fails with (the test fails when it succeeds or throws anything else). */
async function failure(call: Promise<unknown>): Promise<GraphError> {
  const error = await call.then(
    () => new Error("expected a GraphError, but the call succeeded"),
    (e: unknown) => e
  );
  if (!(error instanceof GraphError)) throw error;
  return error;
}

const ok = (messages: GraphMessageJson[]): GraphReply => ({ body: { value: messages } });

describe("graphConversation: the request", () => {
  it("asks /me/messages for the conversation with Kindly's fields, a bearer token and plain-text bodies", async () => {
    const server = await serve(replies(ok([message(0)])));
    await graphConversation(options(server, { pageSize: 25 }));
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.method).toBe("GET");
    expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.prefer).toBe('outlook.body-content-type="text"');
    const url = new URL(request.path, server.url);
    expect(url.pathname).toBe("/v1.0/me/messages");
    expect(url.searchParams.get("$filter")).toBe(`conversationId eq '${CONVERSATION}'`);
    expect(url.searchParams.get("$top")).toBe("25");
    expect(url.searchParams.get("$select")?.split(",")).toEqual(
      expect.arrayContaining(["uniqueBody", "internetMessageHeaders", "categories", "isDraft"])
    );
    expect(url.searchParams.get("$expand")).toBe(
      `singleValueExtendedProperties($filter=id eq '${CUSTOM_PROPERTIES_ID}')`
    );
  });

  it("doubles a quote in the conversation id, as OData strings need", () => {
    const url = new URL(conversationUrl("https://graph.microsoft.com/", "it's"));
    expect(url.origin + url.pathname).toBe("https://graph.microsoft.com/v1.0/me/messages");
    expect(url.searchParams.get("$filter")).toBe("conversationId eq 'it''s'");
    expect(url.searchParams.get("$top")).toBe("100");
  });
});

describe("graphConversation: pages", () => {
  it("follows absolute nextLinks across three pages, sending the token to each", async () => {
    const all = range(7).map((n) => message(n));
    const server = await serve(pagedConversation(CONVERSATION, all));
    const messages = await graphConversation(options(server, { pageSize: 3 }));
    expect(messages.map((m) => m.id)).toEqual(all.map((m) => m.id));
    expect(server.requests).toHaveLength(3);
    expect(
      server.requests.map((r) => new URL(r.path, server.url).searchParams.get("$skip"))
    ).toEqual([null, "3", "6"]);
    expect(server.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it("reads a 300-message conversation, served newest first in pages of $top, oldest first; the core reads all 300", async () => {
    const all = range(300).map((n) => message(n));
    const server = await serve(pagedConversation(CONVERSATION, [...all].reverse()));
    const messages = await graphConversation(options(server));
    expect(server.requests).toHaveLength(3); // $top=100
    expect(messages).toHaveLength(300);
    expect(messages.map((m) => m.id)).toEqual(all.map((m) => m.id));
    expect(messages[0].sentAt).toBe("2026-11-10T01:00:00.000Z");
    const thread = readThread(messages, ME, { tz: "Asia/Shanghai" });
    expect(thread.messages).toHaveLength(300);
    expect(thread.messages.map((m) => m.side).slice(0, 3)).toEqual(["ours", "buyer", "ours"]);
    expect(thread.subject).toBe("PI SR-2611-051 deposit");
  });

  it("keeps the newest maxMessages when the conversation is longer", async () => {
    const all = range(300).map((n) => message(n));
    const server = await serve(pagedConversation(CONVERSATION, [...all].reverse()));
    const messages = await graphConversation(options(server, { maxMessages: 250 }));
    expect(server.requests).toHaveLength(3); // 100 + 100 < 250: a third page was needed
    expect(messages).toHaveLength(250);
    expect(messages[0].id).toBe("msg-50");
    expect(messages[249].id).toBe("msg-299");
  });

  it("counts a message that two pages both hold once", async () => {
    const server = await serve(
      replies(
        {
          body: {
            value: [message(0), message(1)],
            "@odata.nextLink": "/v1.0/me/messages?$skip=1",
          },
        },
        ok([message(1), message(2)])
      )
    );
    const messages = await graphConversation(options(server));
    expect(messages.map((m) => m.id)).toEqual(["msg-0", "msg-1", "msg-2"]);
  });

  it("refuses a nextLink to another origin and never sends the token there", async () => {
    const elsewhere = await serve(replies(ok([message(2)])));
    const server = await serve(
      replies({
        body: {
          value: [message(0)],
          "@odata.nextLink": `${elsewhere.url}/v1.0/me/messages?$skip=1`,
        },
      })
    );
    const error = await failure(graphConversation(options(server)));
    expect(error.failure).toBe("malformed");
    expect(error.message).toMatch(/another server/);
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("stops a server that keeps sending pages with nothing new", async () => {
    const server = await serve((request) => ({
      body: { value: [message(0)], "@odata.nextLink": `${request.origin}/v1.0/me/messages?again` },
    }));
    const error = await failure(
      graphConversation(options(server, { pageSize: 10, maxMessages: 20 }))
    );
    expect(error.failure).toBe("malformed");
    expect(error.message).toMatch(/kept sending pages/);
    expect(server.requests).toHaveLength(12);
  });

  it("treats the same port on another host name as another origin", async () => {
    const server = await serve((request) => ({
      body: {
        value: [message(0)],
        "@odata.nextLink": `${request.origin.replace("127.0.0.1", "localhost")}/v1.0/me/messages?$skip=1`,
      },
    }));
    const error = await failure(graphConversation(options(server)));
    expect(error.failure).toBe("malformed");
    expect(server.requests).toHaveLength(1);
  });

  it("follows no redirect: the token goes to Graph's host only", async () => {
    const elsewhere = await serve(replies(ok([])));
    const server = await serve(
      replies({ status: 307, headers: { Location: `${elsewhere.url}/v1.0/me/messages` } })
    );
    const error = await failure(graphConversation(options(server)));
    expect(error.failure).toBe("network");
    expect(server.requests[0].authorization).toBe(`Bearer ${TOKEN}`);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe("graphConversation: waits and retries", () => {
  it("waits Retry-After seconds after a 429, then reads the page", async () => {
    const server = await serve(
      replies({ status: 429, headers: { "Retry-After": "2" } }, ok([message(0)]))
    );
    const opts = options(server);
    const messages = await graphConversation(opts);
    expect(opts.waits).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
    expect(messages.map((m) => m.id)).toEqual(["msg-0"]);
  });

  it("waits until a Retry-After date", async () => {
    const now = Date.parse("2026-11-24T04:00:00Z");
    const spy = jest.spyOn(Date, "now").mockReturnValue(now);
    try {
      const server = await serve(
        replies(
          { status: 429, headers: { "Retry-After": "Tue, 24 Nov 2026 04:00:05 GMT" } },
          { status: 429, headers: { "Retry-After": "Tue, 24 Nov 2026 03:59:00 GMT" } },
          ok([message(0)])
        )
      );
      const opts = options(server);
      await graphConversation(opts);
      expect(opts.waits).toEqual([5000, 0]); // a date already past: no wait
    } finally {
      spy.mockRestore();
    }
  });

  it("waits a second after a 429 without Retry-After", async () => {
    const server = await serve(replies({ status: 429 }, ok([])));
    const opts = options(server);
    await graphConversation(opts);
    expect(opts.waits).toEqual([1000]);
  });

  it("retries a 500 after a short wait", async () => {
    const server = await serve(replies({ status: 500 }, ok([message(0)])));
    const opts = options(server);
    const messages = await graphConversation(opts);
    expect(opts.waits).toEqual([500]);
    expect(server.requests).toHaveLength(2);
    expect(messages).toHaveLength(1);
  });

  it('gives up with "server" when every try fails with a 5xx, after a bounded number of retries', async () => {
    const server = await serve(replies({ status: 503 }));
    const opts = options(server);
    const error = await failure(graphConversation(opts));
    expect([error.failure, error.status]).toEqual(["server", 503]);
    expect(error.message).toBe(
      "Microsoft Graph failed (503) and answered so 4 times; try again later."
    );
    expect(server.requests).toHaveLength(4); // the try and 3 retries
    expect(opts.waits).toEqual([500, 1000, 2000]);
  });

  it("takes the number of retries from the options", async () => {
    const server = await serve(replies({ status: 502 }));
    const opts = options(server, { retries: 1 });
    const error = await failure(graphConversation(opts));
    expect(error.failure).toBe("server");
    expect(server.requests).toHaveLength(2);
    expect(opts.waits).toEqual([500]);
  });

  it('gives up with "throttled" at once when Retry-After is longer than maxWaitMs', async () => {
    const server = await serve(replies({ status: 429, headers: { "Retry-After": "120" } }));
    const opts = options(server, { maxWaitMs: 30_000 });
    const error = await failure(graphConversation(opts));
    expect([error.failure, error.status]).toEqual(["throttled", 429]);
    expect(error.message).toMatch(/wait 120 s/);
    expect(server.requests).toHaveLength(1);
    expect(opts.waits).toEqual([]);
  });

  it('gives up with "throttled" after the retries when Graph keeps answering 429', async () => {
    const server = await serve(replies({ status: 429, headers: { "Retry-After": "1" } }));
    const opts = options(server, { retries: 2 });
    const error = await failure(graphConversation(opts));
    expect(error.failure).toBe("throttled");
    expect(opts.waits).toEqual([1000, 1000]);
    expect(server.requests).toHaveLength(3);
  });

  it("asks for the token again on each try (a provider may refresh it)", async () => {
    const server = await serve(replies({ status: 500 }, ok([])));
    let calls = 0;
    await graphConversation(options(server, { token: () => Promise.resolve(`t${++calls}`) }));
    expect(server.requests.map((r) => r.authorization)).toEqual(["Bearer t1", "Bearer t2"]);
  });
});

describe("graphConversation: failures", () => {
  it.each([
    [401, "InvalidAuthenticationToken", "auth", "Microsoft Graph needs you to sign in."],
    // A token in hand, and still refused: no sign-in changes that (an organisation's policy).
    [
      403,
      "ErrorAccessDenied",
      "request",
      "Microsoft Graph refused to read your mail (403, ErrorAccessDenied).",
    ],
  ])('a %i (%s) is "%s", without a retry', async (status, code, kind, message) => {
    const server = await serve(replies({ status, body: { error: { code } } }));
    const opts = options(server);
    const error = await failure(graphConversation(opts));
    expect([error.failure, error.status, error.message]).toEqual([kind, status, message]);
    expect(server.requests).toHaveLength(1);
    expect(opts.waits).toEqual([]);
  });

  it("waits what a 503's Retry-After asks, as for a 429", async () => {
    const server = await serve(
      replies({ status: 503, headers: { "Retry-After": "3" } }, ok([message(0)]))
    );
    const opts = options(server);
    await graphConversation(opts);
    expect(opts.waits).toEqual([3000]);
  });

  it("follows short pages for as long as they bring messages", async () => {
    // 40 pages of 3: more pages than a full page size would need for the limit.
    const all = Array.from({ length: 120 }, (_, i) => message(i));
    const server = await serve((request) => {
      const skip = Number(new URL(request.path, request.origin).searchParams.get("$skip") ?? 0);
      const next =
        skip + 3 < all.length ? `${request.origin}/v1.0/me/messages?$skip=${skip + 3}` : undefined;
      return { body: { value: all.slice(skip, skip + 3), "@odata.nextLink": next } };
    });
    const read = await graphConversation(options(server, { pageSize: 100, maxMessages: 300 }));
    expect(read).toHaveLength(120);
    expect(server.requests).toHaveLength(40);
  });

  it('another 4xx is "request"', async () => {
    const server = await serve(replies({ status: 400, body: { error: { code: "BadRequest" } } }));
    const error = await failure(graphConversation(options(server)));
    expect([error.failure, error.status]).toEqual(["request", 400]);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["an HTML page", { headers: { "Content-Type": "text/html" }, body: "<html>proxy</html>" }],
    ["cut-off JSON", { body: '{"value": [{"id": "msg-0"' }],
    ["an empty body", { body: "" }],
  ])('%s is "malformed"', async (_, reply) => {
    const server = await serve(replies(reply));
    const error = await failure(graphConversation(options(server)));
    expect(error.failure).toBe("malformed");
    expect(error.message).toMatch(/not JSON/);
  });

  it.each([
    ["no value", { "@odata.context": "…" }],
    ["a value that is no list", { value: { id: "msg-0" } }],
    ["a list", [message(0)]],
    ["null", null],
  ])('JSON with %s is "malformed"', async (_, body) => {
    const server = await serve(replies({ body: JSON.stringify(body) }));
    const error = await failure(graphConversation(options(server)));
    expect(error.failure).toBe("malformed");
    expect(error.message).toBe("Microsoft Graph's answer has no list of messages.");
  });

  it('a closed port is "network"', async () => {
    const opts = options(await closedServer());
    const error = await failure(graphConversation(opts));
    expect(error.failure).toBe("network");
    expect(error.message).toMatch(/^Microsoft Graph could not be reached/);
    expect(opts.waits).toEqual([]);
  });
});

describe("graphConversation: messages as the core reads them", () => {
  it("skips drafts", async () => {
    const server = await serve(
      replies(ok([message(0), message(1, { isDraft: true, sentDateTime: undefined }), message(2)]))
    );
    const messages = await graphConversation(options(server));
    expect(messages.map((m) => m.id)).toEqual(["msg-0", "msg-2"]);
  });

  it("maps addresses, dates, body and source", async () => {
    const server = await serve(
      replies(
        ok([
          message(1, {
            from: recipient("Omar Haddad", "Omar@AlWaha-Trading.ae"),
            ccRecipients: [recipient("", "accounts@alwaha-trading.ae")],
            sentDateTime: "2026-11-11T07:45:00Z",
          }),
          message(3, { sentDateTime: undefined, receivedDateTime: "2026-11-12T08:00:00Z" }),
        ])
      )
    );
    const [first, second] = await graphConversation(options(server));
    expect(first).toEqual({
      id: "msg-1",
      from: { name: "Omar Haddad", address: "omar@alwaha-trading.ae" },
      to: [{ name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" }],
      cc: [{ name: "", address: "accounts@alwaha-trading.ae" }],
      sentAt: "2026-11-11T07:45:00.000Z",
      subject: "RE: PI SR-2611-051 deposit",
      body: "Update 1: the order is on schedule.",
      format: "text",
      headers: undefined,
      taggedChase: false,
      source: "graph",
    });
    expect(second.sentAt).toBe("2026-11-12T08:00:00.000Z"); // receivedDateTime when not sent
  });

  it('tags a message with the "Kindly chase" category as a chase, and the core reads it as one', async () => {
    const neutral = (content: string) => ({ contentType: "text", content });
    const server = await serve(
      replies(
        ok([
          message(0, {
            uniqueBody: neutral("Please see the packing list."),
            categories: ["Kindly chase"],
          }),
          message(2, {
            uniqueBody: neutral("Please see the invoice."),
            categories: ["Red category"],
          }),
        ])
      )
    );
    const messages = await graphConversation(options(server));
    expect(messages.map((m) => m.taggedChase)).toEqual([true, false]);
    const thread = readThread(messages, ME);
    expect(thread.messages.map((m) => m.kind)).toEqual(["chase", "other"]);
  });

  it("tags a message from Kindly's custom property (the cecp- extended property)", async () => {
    const property = (value: string, id = CUSTOM_PROPERTIES_ID) => ({
      singleValueExtendedProperties: [{ id, value }],
    });
    const server = await serve(
      replies(
        ok([
          message(0, property('{"kindlyChase":"2026-11-20T02:00:00.000Z"}')),
          message(2, property('{"kindlyChase":""}')),
          message(4, property('{"kindlyChase":"2026-11-20"}', "String {x} Name other")),
          message(6, property("{not json")),
          message(8, property('{"other":"x"}')),
        ])
      )
    );
    const messages = await graphConversation(options(server));
    expect(messages.map((m) => m.taggedChase)).toEqual([true, false, false, false, false]);
  });

  it("lower-cases internetMessageHeaders, so an auto-reply's Auto-Submitted reaches the core", async () => {
    const body = { contentType: "text", content: "Noted, we will look at the schedule." };
    const headers = [
      { name: "Auto-Submitted", value: "auto-replied" },
      { name: "X-MS-Exchange-Organization-SCL", value: "-1" },
    ];
    const server = await serve(
      replies(
        ok([
          message(0),
          message(1, { uniqueBody: body, internetMessageHeaders: headers }),
          // Two days later: not the same message seen twice.
          message(3, { uniqueBody: body, sentDateTime: "2026-11-13T04:00:00Z" }),
        ])
      )
    );
    const messages = await graphConversation(options(server));
    expect(messages[1].headers).toEqual({
      "auto-submitted": "auto-replied",
      "x-ms-exchange-organization-scl": "-1",
    });
    const thread = readThread(messages, ME);
    // The same words without the header are a reply: the header alone makes the auto-reply.
    expect(thread.messages.map((m) => [m.kind, m.autoReply])).toEqual([
      ["other", false],
      ["auto-reply", true],
      ["reply", false],
    ]);
  });
});
