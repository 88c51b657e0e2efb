import type { DelayReason } from "../policy/types";
import type { BuyerLanguage } from "../text/language";

export type { DelayReason };

/** The reasons a buyer can give (every DelayReason but "unknown"). */
export type ExplainedReason = Exclude<DelayReason, "unknown">;

/** One sentence of a reply that points to a reason, and the cue in it that did. */
export interface ReasonEvidence {
  /** The sentence as written in the reply's own words. */
  sentence: string;
  /** Its offsets in the text that was classified. */
  start: number;
  end: number;
  /** The reason this sentence points to. */
  reason: ExplainedReason;
  /** The cue phrase (as written in the sentence) that matched. */
  cue: string;
}

/** Why one buyer reply is late, explained. */
export interface ReasonReading {
  /** "unknown" when no reason reaches the confidence threshold. */
  label: DelayReason;
  /** 0..1: how sure the reading is of `label` (for "unknown", of there being no reason). */
  confidence: number;
  /** The sentences that decided it, strongest first (empty for "unknown" without cues). */
  evidence: ReasonEvidence[];
  /** The language the reply was read as, if it could tell. */
  lang: BuyerLanguage | null;
}

/** The thread's reason: the latest buyer message whose reason is explained. */
export interface ThreadReason extends ReasonReading {
  /** The message that gave it (Message.id), or null when no buyer message explains. */
  messageId: string | null;
}
