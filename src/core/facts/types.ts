import type { CalendarDate } from "../dates/types";

export type OrderRefKind = "PI" | "PO" | "contract" | "order" | "invoice";

/** An order reference as written in the thread ("PI SR-2611-045", "PO-4471", "合同 HT-2611-008"). */
export interface OrderRef {
  kind: OrderRefKind;
  /** The reference itself, without its label ("SR-2611-045"). */
  value: string;
}

/** An amount of money as written, read. */
export interface Money {
  amount: number;
  /** ISO 4217 code ("USD", "EUR", "CNY", "RUB"…). */
  currency: string;
  /** The text it was read from ("USD 12,500.00", "€8.400,50"). */
  text: string;
}

/** What a message offers the fact finder: its own words, when, and who wrote it. */
export interface FactSource {
  text: string;
  sentAt: string | null;
  side: "ours" | "buyer";
}

/** The order facts of a thread. */
export interface OrderFacts {
  /** The order's main reference (the one the thread is about), if any. */
  orderRef: OrderRef | null;
  /** Every distinct reference seen, in order of first appearance. */
  orderRefs: OrderRef[];
  /** The order total, if the thread states one. */
  amount: Money | null;
  /** Every amount seen, in order of appearance. */
  amounts: Money[];
  /** The day the buyer confirmed the order. */
  confirmedOn: CalendarDate | null;
  /** The last day the quoted price holds. */
  priceValidUntil: CalendarDate | null;
}
