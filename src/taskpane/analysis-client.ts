import type { MailMessage } from "../core";
import type { AnalysisRequest, AnalysisResult, WorkerReply, WorkerRequest } from "./analysis-job";

/*
 * Where the pane analyses the open thread. A thread of everyday size, even the simulator's
 * 1,000 messages, is analysed in the pane's own thread: tens to hundreds of milliseconds there,
 * less than a worker takes to start (fetching and compiling the core, about a second on the
 * benchmark machine). A huge one (a pasted packing list, a 5 MB body) is analysed in a worker
 * started for it: the seconds it takes are spent beside the pane instead of in one task that
 * freezes it.
 */

/** Runs the analysis of one open thread. */
export type Analyse = (request: AnalysisRequest) => Promise<AnalysisResult>;

/**
 * Characters of message bodies from which a thread is analysed in the worker. `npm run bench`
 * prints both sides of it, unthrottled: the 1,000-message thread (583 K characters, here) and
 * its longest task (0.16–0.6 s across runs), and the 5 MB one (the worker) with its longest task
 * (0.09–0.4 s, where it froze the pane 1.4–1.9 s in its own thread). With the threshold lowered
 * in a one-off run, the 1,000-message thread showed about a second later through the worker.
 */
export const WORKER_FROM_CHARS = 1_000_000;

let job: Promise<typeof import("./analysis-job")> | null = null;

/**
 * The core's analysis, in the first screen's chunk (webpack.config.js): early.ts asks for it
 * as the page loads.
 */
export function loadAnalysis(): Promise<typeof import("./analysis-job")> {
  job ??= import(/* webpackChunkName: "analysis" */ "./analysis-job").catch((error: unknown) => {
    job = null; // asked again next time: a chunk that failed to load may load then
    throw error;
  });
  return job;
}

/** In the pane's own thread. */
export const analyseHere: Analyse = (request) =>
  loadAnalysis().then(async (analysis) => {
    // The analysis starts a task of its own: the chunk's evaluation (on the page's first
    // read) and a long thread's analysis would otherwise be one long task, and the browser
    // can paint and take input between them.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return analysis.runAnalysis(request);
  });

/** How much a thread gives the analysis to read: its bodies' characters. */
export function bodyChars(messages: readonly MailMessage[]): number {
  return messages.reduce((n, m) => n + m.body.length, 0);
}

/** Huge threads to `big` (the worker), the others to `small` (here). */
export function bySize(big: Analyse, small: Analyse = analyseHere): Analyse {
  return (request) => (bodyChars(request.messages) >= WORKER_FROM_CHARS ? big : small)(request);
}

/** What the pane uses of a Worker (a typed fake stands in for it in the tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: () => void): void;
}

interface Asked {
  request: AnalysisRequest;
  resolve: (result: AnalysisResult) => void;
  reject: (error: Error) => void;
}

/**
 * The analysis in a worker, started by the first request and kept for the next ones. Where
 * there is no worker to be had (no Worker, a policy that refuses it, a worker that failed to
 * load), the same analysis runs in the pane's thread: the same answer, the pane busy meanwhile.
 */
export function inWorker(start: () => WorkerLike, fallback: Analyse = analyseHere): Analyse {
  let worker: WorkerLike | null = null;
  let failed = false;
  const waiting = new Map<number, Asked>();
  let next = 0;

  // A worker that fails outside an analysis (its script did not load) answers nothing more:
  // what it was asked is asked again here, and so is all that follows.
  const broken = () => {
    failed = true;
    worker = null;
    for (const { request, resolve, reject } of waiting.values())
      fallback(request).then(resolve, reject);
    waiting.clear();
  };
  const answer = ({ data }: { data: unknown }) => {
    const reply = data as WorkerReply;
    const asked = waiting.get(reply.id);
    if (!asked) return;
    waiting.delete(reply.id);
    if ("result" in reply) {
      const { decisions, ...result } = reply.result;
      asked.resolve({ ...result, decideFor: (reason) => decisions[reason] });
    } else asked.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
  };
  const started = (): WorkerLike | null => {
    if (worker || failed) return worker;
    try {
      worker = start();
    } catch {
      failed = true;
      return null;
    }
    worker.addEventListener("message", answer);
    worker.addEventListener("error", broken);
    worker.addEventListener("messageerror", broken);
    return worker;
  };

  return (request) => {
    const to = started();
    if (!to) return fallback(request);
    const id = next++;
    try {
      to.postMessage({ id, request } satisfies WorkerRequest);
    } catch {
      return fallback(request); // something in the request cannot be cloned
    }
    return new Promise<AnalysisResult>((resolve, reject) =>
      waiting.set(id, { request, resolve, reject })
    );
  };
}
