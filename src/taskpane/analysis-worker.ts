import { answer, type WorkerReply, type WorkerRequest } from "./analysis-job";

// The analysis worker (analysis-client.ts), started for a huge thread: each message is one open
// thread to analyse, each answer its result or its error.

const scope = self as unknown as {
  postMessage(reply: WorkerReply): void;
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
};

scope.onmessage = ({ data }) => {
  answer(data).then((reply) => scope.postMessage(reply));
};
