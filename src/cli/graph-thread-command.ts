import { isGraphBaseUrl } from "../hosts/graph/conversation";
import { graphConversation, GraphError, type GraphFailure } from "../hosts/graph/graph-source";
import type { ParsedArgs } from "./args";
import { CliError, EXIT_INPUT, usageError } from "./errors";
import { readAll } from "./input";
import type { Io } from "./io";
import { REPORT_OPTIONS, reportSettings, reportThreads } from "./thread-report";

export const GRAPH_THREAD_OPTIONS = {
  ...REPORT_OPTIONS,
  "base-url": "value",
  token: "value",
  conversation: "value",
} as const;

/** What to do about each way Graph can fail, after Graph's own sentence. */
const NEXT_STEP: Record<GraphFailure, string> = {
  auth: "get a fresh token with Mail.Read (Graph Explorer: Access token; it lasts about an hour) and pass it as --token",
  throttled: "",
  server: "",
  malformed: "check that --base-url is Graph's root, such as https://graph.microsoft.com",
  network: "check --base-url and the connection",
  request: "check --conversation (a message's conversationId) and --base-url",
};

/** A GraphError as one line for the rep: what went wrong, and what to do about it. */
function graphProblem(error: GraphError): string {
  // A token pasted by hand may lack Mail.Read, which Graph refuses with a 403 (the pane's
  // tokens are asked for Mail.Read, so there a 403 is a policy): the token is the next step.
  const step = NEXT_STEP[error.status === 403 ? "auth" : error.failure];
  return step ? `${error.message.replace(/\.$/, "")}: ${step}.` : error.message;
}

/** The token as given (`-`: read from stdin, out of the process list), without a "Bearer " prefix. */
async function tokenOf(value: string | undefined, io: Io): Promise<string> {
  if (value === undefined)
    throw usageError(
      "graph-thread needs --token <access token> (or --token - to read it from stdin)"
    );
  const raw = value === "-" ? (await readAll(io.stdin)).toString("utf8") : value;
  const token = raw.trim().replace(/^bearer\s+/i, "");
  if (!token) throw usageError("--token: empty token");
  if (!/^[\x21-\x7e]+$/.test(token))
    throw usageError(
      "--token: not an access token (paste the token alone, without spaces or line breaks)"
    );
  return token;
}

/**
 * `kindly graph-thread --base-url <url> --token <token> --conversation <id> --me <address> […]`:
 * one Outlook conversation read from Microsoft Graph (every folder), analysed and printed as
 * `kindly analyze` prints a thread.
 */
export async function graphThreadCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length)
    throw usageError(
      `graph-thread takes no files (it reads the conversation from Microsoft Graph); got "${args.positionals[0]}"`
    );
  const settings = reportSettings("graph-thread", args, io);
  const baseUrl = args.values.get("base-url");
  if (!baseUrl)
    throw usageError(
      "graph-thread needs --base-url <Graph's root, such as https://graph.microsoft.com>"
    );
  if (!isGraphBaseUrl(baseUrl))
    throw usageError(
      `--base-url: "${baseUrl}" is not https (or http on this machine) without a query`
    );
  const conversationId = args.values.get("conversation")?.trim();
  if (!conversationId) throw usageError("graph-thread needs --conversation <conversation id>");
  const token = await tokenOf(args.values.get("token"), io);

  let messages;
  try {
    messages = await graphConversation({
      baseUrl,
      conversationId,
      token: () => Promise.resolve(token),
    });
  } catch (error) {
    if (error instanceof GraphError) throw new CliError(graphProblem(error), EXIT_INPUT);
    throw error;
  }
  if (!messages.length)
    throw new CliError(
      `Microsoft Graph has no sent message in conversation "${conversationId}" (is it the conversationId of a message in this mailbox?)`,
      EXIT_INPUT
    );
  return reportThreads([messages], settings, io);
}
