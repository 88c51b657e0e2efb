import { createServer, type IncomingMessage } from "http";
import type { AddressInfo } from "net";

/*
 * A real HTTP server on loopback that answers as Microsoft Graph would, from a script: each
 * request is recorded and handed to the test's handler, which says what to answer.
 */

/** One request as the server saw it. */
export interface GraphRequest {
  method: string;
  /** Path and query, as sent: "/v1.0/me/messages?$filter=…". */
  path: string;
  /** The Authorization header, or null when none was sent. */
  authorization: string | null;
  /** Every header, lower-case names. */
  headers: IncomingMessage["headers"];
  /** The server's own address, for absolute nextLinks: "http://127.0.0.1:<port>". */
  origin: string;
}

/** What to answer: a status (200), headers, and a body (an object is sent as JSON). */
export interface GraphReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type GraphHandler = (request: GraphRequest) => GraphReply | Promise<GraphReply>;

export interface GraphServer {
  /** "http://127.0.0.1:<port>", without a trailing slash. */
  url: string;
  requests: GraphRequest[];
  close(): Promise<void>;
}

/** What a browser page needs to call Graph from its own origin, as Graph allows it. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Prefer, Accept",
};

/**
 * Starts a server on 127.0.0.1 on a free port; `close()` ends it and its open connections.
 * With `cors`, it lets a page in a browser call it: it answers the browser's preflights itself
 * (they are not recorded, nor handed to the handler) and allows every origin.
 */
export async function graphServer(
  handler: GraphHandler,
  { cors = false }: { cors?: boolean } = {}
): Promise<GraphServer> {
  const requests: GraphRequest[] = [];
  let origin = "";
  const server = createServer((req, res) => {
    if (cors && req.method === "OPTIONS") {
      res.writeHead(204, CORS);
      return res.end();
    }
    const auth = req.headers.authorization;
    const request: GraphRequest = {
      method: req.method ?? "GET",
      path: req.url ?? "/",
      authorization: typeof auth === "string" ? auth : null,
      headers: req.headers,
      origin,
    };
    requests.push(request);
    Promise.resolve()
      .then(() => handler(request))
      .then(
        (reply) => {
          const body =
            reply.body === undefined
              ? ""
              : typeof reply.body === "string"
                ? reply.body
                : JSON.stringify(reply.body);
          const json = typeof reply.body === "object" && reply.body !== null;
          res.writeHead(reply.status ?? 200, {
            ...(json ? { "Content-Type": "application/json" } : {}),
            ...(cors ? CORS : {}),
            ...reply.headers,
          });
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(599, { "Content-Type": "text/plain" });
          res.end(`test handler failed: ${String(error)}`);
        }
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * For a test file: `serve(handler)` starts a server that is closed after the test. Call it at
 * the top of the file (it registers an afterEach).
 */
export function serversPerTest(): (handler: GraphHandler) => Promise<GraphServer> {
  const open: GraphServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (handler) => {
    const server = await graphServer(handler);
    open.push(server);
    return server;
  };
}

/** A server that has just closed: nothing listens at its address. */
export async function closedServer(): Promise<GraphServer> {
  const server = await graphServer(() => ({ body: { value: [] } }));
  await server.close();
  return server;
}

/** A conversationId as Graph gives one. */
export const CONVERSATION_ID =
  "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAEr4P8KXk0Y4g0XwVnQvW6k=";

/** A Graph message as /me/messages answers with Kindly's $select. */
export interface GraphMessageJson {
  id: string;
  conversationId?: string;
  internetMessageId?: string;
  subject?: string;
  from?: { emailAddress: { name?: string; address?: string } } | null;
  toRecipients?: { emailAddress: { name?: string; address?: string } }[];
  ccRecipients?: { emailAddress: { name?: string; address?: string } }[];
  sentDateTime?: string;
  receivedDateTime?: string;
  uniqueBody?: { contentType: string; content: string };
  internetMessageHeaders?: { name: string; value: string }[];
  categories?: string[];
  isDraft?: boolean;
  singleValueExtendedProperties?: { id: string; value: string }[];
}

/** `{name, address}` as Graph writes a recipient. */
export function recipient(
  name: string,
  address: string
): { emailAddress: { name: string; address: string } } {
  return { emailAddress: { name, address } };
}

/** Someone who sends or receives mail. */
export interface Person {
  name: string;
  address: string;
}

/** What a test says about a sent message; the rest is as Graph fills it in. */
export interface SentMessage {
  id: string;
  conversationId: string;
  subject: string;
  from: Person;
  to: Person;
  /** sentDateTime, as Graph writes it ("2026-11-10T01:00:00Z"). */
  sentAt: string;
  /** uniqueBody, plain text. */
  body: string;
  /** internetMessageHeaders, by name. */
  headers?: Record<string, string>;
}

/** A sent message as /me/messages answers it. */
export function sentMessage(m: SentMessage): GraphMessageJson {
  return {
    id: m.id,
    conversationId: m.conversationId,
    subject: m.subject,
    from: recipient(m.from.name, m.from.address),
    toRecipients: [recipient(m.to.name, m.to.address)],
    ccRecipients: [],
    sentDateTime: m.sentAt,
    uniqueBody: { contentType: "text", content: m.body },
    internetMessageHeaders: Object.entries(m.headers ?? {}).map(([name, value]) => ({
      name,
      value,
    })),
    categories: [],
    isDraft: false,
  };
}

/**
 * A handler that serves a conversation as Graph pages it: `$top` messages a page (from the
 * request, unless `pageSize` says), an absolute `@odata.nextLink` with `$skip` while more
 * remain. Another conversation id in `$filter` gets an empty list; another path, a Graph 404.
 */
export function pagedConversation(
  conversationId: string,
  messages: readonly object[],
  pageSize?: number
): GraphHandler {
  return (request) => {
    const url = new URL(request.path, request.origin);
    if (url.pathname !== "/v1.0/me/messages")
      return {
        status: 404,
        body: { error: { code: "ResourceNotFound", message: "no such path" } },
      };
    const filter = url.searchParams.get("$filter") ?? "";
    const wanted = `conversationId eq '${conversationId.replace(/'/g, "''")}'`;
    const all = filter === wanted ? messages : [];
    const top = pageSize ?? Number(url.searchParams.get("$top") ?? "10");
    const skip = Number(url.searchParams.get("$skip") ?? "0");
    const body: Record<string, unknown> = { value: all.slice(skip, skip + top) };
    if (skip + top < all.length) {
      url.searchParams.set("$skip", String(skip + top));
      body["@odata.nextLink"] = url.href;
    }
    return { body };
  };
}
