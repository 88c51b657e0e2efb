import { readThread } from "../../../../src/core/thread/read";
import {
  GRAPH_KEY,
  readConversation,
  type GraphAuth,
  type GraphConfig,
} from "../../../../src/hosts/graph/conversation";
import type { OpenItem, SettingsStore } from "../../../../src/hosts/mailhost";
import {
  closedServer,
  CONVERSATION_ID as CONVERSATION,
  pagedConversation,
  sentMessage,
  serversPerTest,
  type GraphMessageJson,
  type Person,
} from "./graph-server";

const CLIENT_ID = "3f2b8a61-9c4d-4e7a-b1f0-6d5e2c9a8b74";
const AMY = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
const OMAR = { name: "Omar Haddad", address: "omar@alwaha-trading.ae" };

/** Roaming settings in memory. */
class MemorySettings implements SettingsStore {
  private readonly values = new Map<string, unknown>();
  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, value);
  }
  get(key: string): unknown {
    return this.values.get(key);
  }
  set(key: string, value: unknown): void {
    this.values.set(key, value);
  }
  remove(key: string): void {
    this.values.delete(key);
  }
  save(): Promise<void> {
    return Promise.resolve();
  }
}

/** The buyer's reply the rep has open; Graph holds it and the two messages before it. */
const ITEM: OpenItem = {
  mode: "read",
  itemId: "item-omar-2",
  conversationId: CONVERSATION,
  subject: "RE: PI SR-2611-051 deposit",
  from: OMAR,
  to: [AMY],
  cc: [],
  sentAt: "2026-11-13T06:00:00.000Z",
  bodyText:
    "My customer has not paid me yet, I will send the deposit as soon as his payment arrives.",
  bodyHtml: "",
};

function graphMessage(id: string, from: Person, sentAt: string, body: string): GraphMessageJson {
  const to = from === AMY ? OMAR : AMY;
  const subject = "RE: PI SR-2611-051 deposit";
  return sentMessage({ id, conversationId: CONVERSATION, subject, from, to, sentAt, body });
}

const IN_GRAPH = [
  graphMessage(
    "g-1",
    AMY,
    "2026-11-10T01:00:00Z",
    "Dear Omar, the deposit for PI SR-2611-051 is still open. Could you let me know when you will pay?"
  ),
  graphMessage("g-2", OMAR, "2026-11-11T07:45:00Z", "Thank you Amy, I will check with accounts."),
  graphMessage("g-3", OMAR, "2026-11-13T06:00:00Z", ITEM.bodyText),
];

const serve = serversPerTest();

function settingsFor(baseUrl: string, clientId = CLIENT_ID): SettingsStore {
  return new MemorySettings({ [GRAPH_KEY]: { clientId, baseUrl } });
}

/** An auth that hands out a fixed token, and the configurations it was asked for. */
function tokenAuth(token: () => Promise<string> = () => Promise.resolve("tok-123")) {
  const asked: { config: GraphConfig; interactive?: boolean }[] = [];
  const authFor = (config: GraphConfig): Promise<GraphAuth | null> =>
    Promise.resolve({
      token: (interactive?: boolean) => {
        asked.push({ config, interactive });
        return token();
      },
    });
  return { authFor, asked };
}

describe("readConversation", () => {
  it("reads the open item first, then every message Graph has, and says so", async () => {
    const server = await serve(pagedConversation(CONVERSATION, IN_GRAPH));
    const { authFor, asked } = tokenAuth();
    const read = await readConversation(ITEM, settingsFor(server.url), authFor, fetch);
    expect(read.source).toEqual({ kind: "graph", messages: 3 });
    expect(read.messages.map((m) => [m.id, m.source])).toEqual([
      ["item-omar-2", "item"],
      ["g-1", "graph"],
      ["g-2", "graph"],
      ["g-3", "graph"],
    ]);
    expect(server.requests.map((r) => r.authorization)).toEqual(["Bearer tok-123"]);
    // Asked without a sign-in window, for the configured client and server.
    expect(asked).toEqual([
      {
        config: {
          clientId: CLIENT_ID,
          baseUrl: server.url,
          loginUrl: "https://login.microsoftonline.com",
        },
        interactive: false,
      },
    ]);
    // The item and its copy in Graph are one message: the chase, then two replies.
    const thread = readThread(read.messages, { address: AMY.address });
    expect(thread.messages.map((m) => [m.id, m.kind])).toEqual([
      ["g-1", "chase"],
      ["g-2", "reply"],
      ["item-omar-2", "reply"],
    ]);
  });

  it("reads the open item and its copy in Graph as one message by their Message-ID, with what the copy says", async () => {
    const AWAY = "Thank you for your email. I am out of the office until 30 November.";
    const id = (name: string) => `<${name}@mail.example>`;
    // The item as Outlook gives it: received 7 minutes after Graph's sent time, its link in
    // HTML where Graph's text writes it out, and no headers.
    const item: OpenItem = {
      ...ITEM,
      internetMessageId: id("omar-3"),
      sentAt: "2026-11-13T06:07:00.000Z",
      bodyText: "",
      bodyHtml: `<p>See <a href="https://alwaha-trading.ae">our site</a>. ${AWAY}</p>`,
    };
    const inGraph = [
      // Two messages of Amy's 90 s apart: the packing list, then the chase.
      {
        ...graphMessage(
          "g-1",
          AMY,
          "2026-11-10T01:00:00Z",
          "Please find the packing list attached."
        ),
        internetMessageId: id("amy-1"),
      },
      {
        ...IN_GRAPH[0],
        id: "g-1b",
        sentDateTime: "2026-11-10T01:01:30Z",
        internetMessageId: id("amy-2"),
      },
      { ...IN_GRAPH[1], internetMessageId: id("omar-2") },
      {
        ...sentMessage({
          id: "g-3",
          conversationId: CONVERSATION,
          subject: ITEM.subject,
          from: OMAR,
          to: AMY,
          sentAt: "2026-11-13T06:00:00Z",
          body: `See our site<https://alwaha-trading.ae>. ${AWAY}`,
          headers: { "Auto-Submitted": "auto-replied" },
        }),
        internetMessageId: id("omar-3"),
      },
    ];
    const server = await serve(pagedConversation(CONVERSATION, inGraph));
    const read = await readConversation(item, settingsFor(server.url), tokenAuth().authFor, fetch);
    expect(read.source).toEqual({ kind: "graph", messages: 4 });
    expect(read.messages.map((m) => m.id)).toEqual(["item-omar-2", "g-1", "g-1b", "g-2"]);
    expect(read.messages[0].headers).toEqual({ "auto-submitted": "auto-replied" });
    // Its date is Graph's sent time: Outlook's item date (dateTimeCreated) is when the item
    // was made in this mailbox, minutes after it was sent here, days after for a rep's draft.
    expect(read.messages[0].sentAt).toBe("2026-11-13T06:00:00.000Z");
    const thread = readThread(read.messages, { address: AMY.address });
    expect(thread.messages.map((m) => [m.id, m.kind])).toEqual([
      ["g-1", "other"],
      ["g-1b", "chase"],
      ["g-2", "reply"],
      ["item-omar-2", "auto-reply"],
    ]);
  });

  it('is "not-configured" without a client ID, and asks neither for a token nor Graph', async () => {
    const server = await serve(pagedConversation(CONVERSATION, IN_GRAPH));
    const { authFor, asked } = tokenAuth();
    for (const store of [
      new MemorySettings(),
      settingsFor(server.url, ""),
      settingsFor(server.url, "not-a-guid"),
    ]) {
      const read = await readConversation(ITEM, store, authFor, fetch);
      expect(read.source).toEqual({ kind: "quoted", why: "not-configured", detail: "" });
      expect(read.messages.map((m) => m.id)).toEqual(["item-omar-2"]);
    }
    expect(asked).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it('is "unavailable" when the client gives no Graph auth', async () => {
    const server = await serve(pagedConversation(CONVERSATION, IN_GRAPH));
    const none = await readConversation(
      ITEM,
      settingsFor(server.url),
      () => Promise.resolve(null),
      fetch
    );
    expect(none.source).toEqual({ kind: "quoted", why: "unavailable", detail: "" });
    const broken = await readConversation(
      ITEM,
      settingsFor(server.url),
      () => Promise.reject(new Error("Nested app authentication is not supported here.")),
      fetch
    );
    expect(broken.source).toEqual({
      kind: "quoted",
      why: "unavailable",
      detail: "Nested app authentication is not supported here.",
    });
    expect(broken.messages.map((m) => m.source)).toEqual(["item"]);
    expect(server.requests).toEqual([]);
  });

  it.each([
    [401, "consent"],
    [403, "failed"],
  ])('is "%s" when Graph answers %i', async (status, why) => {
    const server = await serve(() => ({
      status,
      body: {
        error: { code: status === 401 ? "InvalidAuthenticationToken" : "ErrorAccessDenied" },
      },
    }));
    const read = await readConversation(ITEM, settingsFor(server.url), tokenAuth().authFor, fetch);
    expect(read.source).toMatchObject({ kind: "quoted", why });
    expect(read.messages.map((m) => m.id)).toEqual(["item-omar-2"]);
    expect(server.requests).toHaveLength(1);
  });

  it('is "consent" when no token can be had without asking, and Graph is not called', async () => {
    const server = await serve(pagedConversation(CONVERSATION, IN_GRAPH));
    const { authFor } = tokenAuth(() => Promise.reject(new Error("interaction_required")));
    const read = await readConversation(ITEM, settingsFor(server.url), authFor, fetch);
    expect(read.source).toEqual({ kind: "quoted", why: "consent", detail: "interaction_required" });
    expect(server.requests).toEqual([]);
  });

  it('is "offline" when a token cannot be had for want of a connection', async () => {
    const server = await serve(pagedConversation(CONVERSATION, IN_GRAPH));
    const bridge = Object.assign(new Error("The nested app auth bridge timed out."), {
      errorCode: "timed_out",
    });
    const read = await readConversation(
      ITEM,
      settingsFor(server.url),
      tokenAuth(() => Promise.reject(bridge)).authFor,
      fetch
    );
    expect(read.source).toEqual({
      kind: "quoted",
      why: "offline",
      detail: "The nested app auth bridge timed out.",
    });
    // Any other failure may need the rep: MSAL's sign-in error, an account Outlook does not
    // give, a grant that needs consent.
    for (const needed of [
      Object.assign(new Error("AADSTS65001"), { name: "InteractionRequiredAuthError" }),
      Object.assign(new Error("Consent needed."), { errorCode: "consent_required" }),
      Object.assign(new Error("No account found."), { errorCode: "no_account_found" }),
      Object.assign(new Error("AADSTS65001: consent_required"), { errorCode: "invalid_grant" }),
    ]) {
      const asked = await readConversation(
        ITEM,
        settingsFor(server.url),
        tokenAuth(() => Promise.reject(needed)).authFor,
        fetch
      );
      expect(asked.source).toMatchObject({ kind: "quoted", why: "consent" });
    }
    expect(server.requests).toEqual([]);
  });

  it('is "failed" when Graph has none of the conversation of the message being read', async () => {
    const server = await serve(pagedConversation(CONVERSATION, []));
    const read = await readConversation(ITEM, settingsFor(server.url), tokenAuth().authFor, fetch);
    expect(read.source).toEqual({
      kind: "quoted",
      why: "failed",
      detail: "Microsoft Graph found none of this conversation in your mailbox.",
    });
  });

  it('is "offline" when Graph cannot be reached', async () => {
    const server = await closedServer();
    const read = await readConversation(ITEM, settingsFor(server.url), tokenAuth().authFor, fetch);
    expect(read.source).toMatchObject({ kind: "quoted", why: "offline" });
    expect(read.messages.map((m) => m.id)).toEqual(["item-omar-2"]);
  });

  it('is "offline" when sign-in or Graph does not answer in time, and stops asking Graph', async () => {
    const never = () => new Promise<never>(() => undefined);
    const late = {
      kind: "quoted",
      why: "offline",
      detail: "Microsoft Graph did not answer within 0.2 s.",
    };
    // A token that never comes (Outlook's sign-in bridge hangs).
    const noToken = await readConversation(
      ITEM,
      settingsFor("https://graph.microsoft.com"),
      tokenAuth(never).authFor,
      fetch,
      200
    );
    expect(noToken.source).toEqual(late);
    expect(noToken.messages.map((m) => m.id)).toEqual(["item-omar-2"]);
    // A request that never answers: it is aborted at the deadline.
    const signals: (AbortSignal | null | undefined)[] = [];
    const hanging = ((_url: string, init?: RequestInit) => {
      signals.push(init?.signal);
      return never();
    }) as typeof fetch;
    const noAnswer = await readConversation(
      ITEM,
      settingsFor("https://graph.microsoft.com"),
      tokenAuth().authFor,
      hanging,
      200
    );
    expect(noAnswer.source).toEqual(late);
    expect(signals.map((signal) => signal?.aborted)).toEqual([true]);
    // Neither an auth that never answers.
    const noAuth = await readConversation(
      ITEM,
      settingsFor("https://graph.microsoft.com"),
      never,
      fetch,
      200
    );
    expect(noAuth.source).toEqual(late);
  });

  it("says Graph is busy, not silent, when the waits it asks for would run past the deadline", async () => {
    // Each Retry-After fits the longest wait Kindly allows (half the deadline); three of them
    // do not fit the deadline.
    const server = await serve(() => ({ status: 429, headers: { "Retry-After": "1" } }));
    const read = await readConversation(
      ITEM,
      settingsFor(server.url),
      tokenAuth().authFor,
      fetch,
      2_900
    );
    expect(read.source).toEqual({
      kind: "quoted",
      why: "failed",
      detail: "Microsoft Graph is busy (429) and answered so 3 times; try again later.",
    });
    // It stopped before the third wait, which would have ended past the deadline.
    expect(server.requests).toHaveLength(3);
    expect(read.messages.map((m) => m.id)).toEqual(["item-omar-2"]);
  });

  it('is "failed" when Graph answers with something else than the conversation', async () => {
    const server = await serve(() => ({ body: "<html>captive portal</html>" }));
    const read = await readConversation(ITEM, settingsFor(server.url), tokenAuth().authFor, fetch);
    expect(read.source).toEqual({
      kind: "quoted",
      why: "failed",
      detail: "Microsoft Graph answered with something that is not JSON.",
    });
  });

  it('is "failed" for an item without a conversation id, before asking for a token', async () => {
    const { authFor, asked } = tokenAuth();
    const read = await readConversation(
      { ...ITEM, conversationId: null },
      settingsFor("https://graph.microsoft.com"),
      authFor,
      fetch
    );
    expect(read.source).toMatchObject({ kind: "quoted", why: "failed" });
    expect(asked).toEqual([]);
  });
});
