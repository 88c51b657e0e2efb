import type { Address } from "../model";

/** An earlier message rebuilt from the quoted history under a reply or forward. */
export interface QuotedMessage {
  from: Address | null;
  to: Address[];
  /** UTC instant, ISO-8601, when the header gave a date that parses. */
  sentAt: string | null;
  subject: string | null;
  /** That message's own words (its own quotes removed in turn). */
  text: string;
  /** Its signature or footer, cut from `text`. */
  signature: string | null;
  /** The lines that introduced it: the attribution, separator or header block, as written. */
  header: string;
  /** It came in a forwarded block rather than a reply quote. */
  forwarded: boolean;
}

/** One message body, split. */
export interface SplitBody {
  /** The message's own words, without quoted history, signature or mobile footer. */
  text: string;
  /** The signature / mobile footer that was cut from the end of `text`, if any. */
  signature: string | null;
  /** Earlier messages, newest first (the one directly under the reply comes first). */
  quoted: QuotedMessage[];
  /** The message's own header block, when the body opens with one (a saved message pasted whole). */
  header: string | null;
}

export interface SplitOptions {
  /** IANA zone for header dates that carry no zone (Outlook's "Sent:" lines). Default UTC. */
  tz?: string;
}
