import type { WorkerReply } from "./analysis-client";
import { runAnalysis, type AnalysisRequest } from "./analysis-job";

// The analysis worker (analysis-client.ts), started for a huge thread: each message is one open
// thread to analyse, each answer its result or its error.

const scope = self as unknown as {
  postMessage(reply: WorkerReply): void;
  onmessage: ((event: { data: { id: number; request: AnalysisRequest } }) => void) | null;
};

scope.onmessage = ({ data: { id, request } }) => {
  runAnalysis(request).then(
    (result) => scope.postMessage({ id, result }),
    (thrown: unknown) => {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      scope.postMessage({ id, error: { name: error.name, message: error.message } });
    }
  );
};
