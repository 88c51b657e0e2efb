import type { CalendarDate } from "../dates/types";

/** What Kindly advises about chasing now (PRODUCT.md §3). */
export type Status = "ok" | "too-soon" | "hold" | "respond";

/** Why the buyer is late (PRODUCT.md §4); the policy adjusts its gap for two of them. */
export type DelayReason =
  "middleman" | "cash_flow" | "exchange_rate" | "competitor" | "away" | "unknown";

const REASON_SET: Record<DelayReason, true> = {
  middleman: true,
  cash_flow: true,
  exchange_rate: true,
  competitor: true,
  away: true,
  unknown: true,
};
/** Every delay reason, "unknown" last (its understanding paragraph is the fallback). */
export const DELAY_REASONS = Object.keys(REASON_SET) as DelayReason[];

/** Whether a value (stored, or from a form) is one of the delay reasons. */
export function isDelayReason(value: unknown): value is DelayReason {
  return typeof value === "string" && Object.hasOwn(REASON_SET, value);
}

/** The cooling-off numbers of PRODUCT.md §3: every one a setting. */
export interface PolicySettings {
  /** Business days to wait after the k-th unanswered chase: gaps[0] for k = 1, …; the last entry for every k beyond. */
  gaps: number[];
  /** Business days to hold after an auto-reply that gives no return date. */
  autoReplyHold: number;
  /** Business days after a promised payment date (or a return date) before chasing. */
  afterPromise: number;
  /** A middleman's gap is at least this. */
  middlemanMinGap: number;
  /** A competitor's gap is at most this. */
  competitorMaxGap: number;
}

export const DEFAULT_POLICY: PolicySettings = {
  gaps: [3, 5, 7, 10],
  autoReplyHold: 5,
  afterPromise: 1,
  middlemanMinGap: 7,
  competitorMaxGap: 2,
};

/** Which days the buyer works: their weekend and public holidays. */
export interface BuyerCalendar {
  /** ISO 3166-1 alpha-2 code of the buyer's country, or null (Saturday and Sunday only). */
  country: string | null;
  /** Weekdays off, 0 = Sunday … 6 = Saturday. */
  weekend: number[];
  /** Whether holidays are known for this calendar (false when the country has none in the data, or is unknown). */
  hasHolidays: boolean;
  isBusinessDay(date: CalendarDate): boolean;
}

/** How the decision was reached, for the sentence that explains it (explain.ts words it per UI language). */
export type Why =
  | { rule: "no-chase" }
  /** We chased (`chases` times) but no message of the thread has a usable date: no wait can be counted. */
  | { rule: "undated"; chases: number }
  /** The buyer wrote last; with a promise still ahead, Kindly waits `after` business days past it. */
  | { rule: "buyer-wrote"; on: CalendarDate; promised: CalendarDate | null; after: number }
  /** An auto-reply after our last chase: `after` business days past its return date, else `hold` past the reply. */
  | {
      rule: "auto-reply";
      on: CalendarDate;
      returnDate: CalendarDate | null;
      after: number;
      hold: number;
    }
  | { rule: "promise"; on: CalendarDate; promised: CalendarDate; after: number }
  | {
      rule: "gap";
      /** The days of the unanswered chases whose date the thread shows. */
      chases: CalendarDate[];
      k: number;
      gap: number;
      adjusted: "middleman" | "competitor" | null;
      /** Whether the buyer's public holidays were counted: false where the data has none for their country. */
      holidays: boolean;
      /**
       * Unanswered chases whose date the thread does not show (counted in `k`, not in `chases`);
       * `from` is the day the wait counts from when one of them is the last chase: the latest
       * day it can have been sent (null when the last chase is dated). Absent when there are none.
       */
      undated?: { count: number; from: CalendarDate | null };
    };

/** The cooling-off decision for a thread, with everything needed to explain it. */
export interface Decision {
  status: Status;
  /** The first day a chase is fine (too-soon and hold); null for ok and respond. */
  earliest: CalendarDate | null;
  /** Business days from today to `earliest` ("wait until Tue 3 Dec: 2 business days"); 0 without one. */
  waitDays: number;
  /** Our chases since the buyer's last genuine reply (since the start if they never replied). */
  k: number;
  /** The gap in business days used (rule 5), or null when another rule decided. */
  gap: number | null;
  why: Why;
  /** The buyer's country whose weekend and holidays were counted, if known. */
  country: string | null;
  /** Today, in the rep's zone. */
  today: CalendarDate;
}
