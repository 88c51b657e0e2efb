/** Why the buyer is late (PRODUCT.md §4): each reply read for its reason, with evidence, and what works. */
export type {
  DelayReason,
  ExplainedReason,
  ReasonEvidence,
  ReasonReading,
  ThreadReason,
} from "./types";
export type { Playbook } from "./playbook";
export { classifyAutoReply, classifyReply, LEARNED_CONFIDENCE, MIN_CONFIDENCE } from "./classify";
export { threadReason } from "./thread-reason";
export { playbook } from "./playbook";
