import { threadReason, type CountryChoice, type MailMessage, type MemoryWarning } from "../core";
import { DELAY_REASONS, type Decision, type DelayReason } from "../core/policy";
import type { MailUser } from "../hosts/mailhost";
import { analyseOpenThread, readOpenThread, type AnalysedOpenThread } from "../hosts/open-thread";
import { readOnlySettings } from "../hosts/settings-snapshot";
import { toError } from "./errors";
import { loadCalendar } from "./holidays";

/*
 * The pane's analysis of the open thread, as one job on plain data: the pane runs it in a
 * worker (analysis-worker.ts), so the core's reader, classifier and their tables are compiled,
 * evaluated and run beside the pane instead of on the thread that draws it; or here, in the
 * pane's own thread, where there is no worker. The request is what structured cloning
 * carries (the settings as values, not the host's object); so is the worker's reply.
 */

/** The open thread as the host gave it, with the rep's settings as values. */
export interface AnalysisRequest {
  messages: MailMessage[];
  /** The messages are the whole conversation (read through Graph), not the item's quotes. */
  whole: boolean;
  conversationId: string | null;
  user: MailUser;
  /** The rep's time zone. */
  tz: string;
  /** Kindly's settings (snapshotSettings): the policy, countries, chosen reasons, memory. */
  settings: Record<string, unknown>;
  /** The host's clock, in milliseconds. */
  now: number;
}

/** The decision and reason for the thread, and what the pane shows beside them. */
export interface AnalysisResult extends AnalysedOpenThread {
  /** A problem with the stored memory, recovered from, for the rep to know. */
  warning: MemoryWarning | null;
  /** The buyer's country, and whether the rep chose it. */
  country: CountryChoice;
}

/** What the pane posts to the analysis worker: one open thread, by a number of its own. */
export interface WorkerRequest {
  id: number;
  request: AnalysisRequest;
}

/**
 * A result as the worker posts it back. A function cannot be cloned, so the decision for each
 * reason the rep may pick is made there at once; in the pane's own thread, only when the rep
 * picks one (each is a pass over the whole thread, and most threads never need one).
 */
export type ClonedResult = Omit<AnalysisResult, "decideFor"> & {
  decisions: Record<DelayReason, Decision>;
};

/** What the worker answers to request `id`: the result, or the analysis's own error. */
export type WorkerReply =
  { id: number; result: ClonedResult } | { id: number; error: { name: string; message: string } };

/** The worker's answer to one request (analysis-worker.ts posts it back). */
export function answer({ id, request }: WorkerRequest): Promise<WorkerReply> {
  return runAnalysis(request).then(
    ({ decideFor, ...result }) => {
      const decisions = {} as Record<DelayReason, Decision>;
      for (const reason of DELAY_REASONS) decisions[reason] = decideFor(reason);
      return { id, result: { ...result, decisions } };
    },
    (thrown: unknown) => {
      const { name, message } = toError(thrown);
      return { id, error: { name, message } };
    }
  );
}

/** Reads the thread, loads the buyer's calendar and decides: the same steps as every shell. */
export async function runAnalysis(request: AnalysisRequest): Promise<AnalysisResult> {
  const input = { ...request, settings: readOnlySettings(request.settings) };
  const read = readOpenThread(input);
  const calendar = loadCalendar(read.country.chosen ?? read.country.guessed);
  // The buyer's holidays are on their way (a request to the add-in's server) while the
  // thread's reason is read, which does not need them.
  const reason = threadReason(read.thread);
  const opened = analyseOpenThread(read, input, new Date(request.now), await calendar, reason);
  return { ...opened, warning: read.warning, country: read.country };
}
