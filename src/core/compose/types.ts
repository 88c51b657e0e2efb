import type { CalendarDate } from "../dates/types";
import type { DelayReason } from "../policy/types";
import type { BuyerLanguage } from "../text/language";

/*
 * The paragraph library (PRODUCT.md §5) is data: one JSON file per buyer language in
 * ./library, in the shape of LibraryFile. Team files use the same shape and are merged
 * over the built-in ones (same id replaces, new ids add).
 */

/** What a paragraph does in the reminder, in the order they are assembled. */
export type ParagraphKind =
  "opening" | "order_reference" | "understanding" | "lever" | "ask" | "help" | "closing";

export const PARAGRAPH_ORDER: readonly ParagraphKind[] = [
  "opening",
  "order_reference",
  "understanding",
  "lever",
  "ask",
  "help",
  "closing",
];

/** The pressure levers a rep can tick (PRODUCT.md §5). */
export type Lever = "production" | "price_validity" | "effort";
export const LEVERS: readonly Lever[] = ["production", "price_validity", "effort"];

/** How a lever is worded: gentle, or firm but polite. */
export type Strength = "gentle" | "firm";

/** Whether this is the first chase for the payment or a later one (openings differ). */
export type Relationship = "first" | "later";

/** What the rep asks for: the expected remittance date, or the bank slip of a payment made. */
export type Ask = "date" | "slip";

/**
 * The named fields a template may use, as {fieldName}. Dates are YYYY-MM-DD and are
 * written out in the buyer's language; the amount is written with its currency.
 */
export type FieldName =
  | "buyerName"
  | "repName"
  | "company"
  | "orderRef"
  | "amount"
  | "confirmedOn"
  | "slotDeadline"
  | "priceValidUntil";

export const FIELD_NAMES: readonly FieldName[] = [
  "buyerName",
  "repName",
  "company",
  "orderRef",
  "amount",
  "confirmedOn",
  "slotDeadline",
  "priceValidUntil",
];

/** The values a reminder is filled from: the thread's facts and the rep's settings. */
export interface ComposeFields {
  buyerName?: string;
  repName?: string;
  company?: string;
  /** As written in the thread: "PI SR-2611-045". */
  orderRef?: string;
  amount?: { amount: number; currency: string };
  confirmedOn?: CalendarDate;
  slotDeadline?: CalendarDate;
  priceValidUntil?: CalendarDate;
}

/**
 * One paragraph template. `text` holds {fieldName} slots; "\n" is a line break inside the
 * paragraph. The conditions say when it is chosen: `relationship` for openings, `reason`
 * for understanding, `lever` and `strength` for levers, `ask` for asks.
 */
export interface Paragraph {
  /** Unique within its language ("opening.first", "lever.production.firm"). */
  id: string;
  kind: ParagraphKind;
  text: string;
  relationship?: Relationship;
  reason?: DelayReason;
  lever?: Lever;
  strength?: Strength;
  ask?: Ask;
}

/** A library file: the built-in one per language, or a team's. */
export interface LibraryFile {
  lang: BuyerLanguage;
  paragraphs: Paragraph[];
}

/** What the rep chose for this reminder. */
export interface ComposeRequest {
  lang: BuyerLanguage;
  reason: DelayReason;
  levers: readonly Lever[];
  strength: Strength;
  relationship: Relationship;
  ask: Ask;
  fields: ComposeFields;
}

/** One paragraph as rendered. */
export interface RenderedParagraph {
  id: string;
  kind: ParagraphKind;
  text: string;
}

/** The reminder, ready to insert. */
export interface Composed {
  /** Escaped HTML: one <p> per paragraph inside a <div dir lang>. */
  html: string;
  /** Plain text: paragraphs separated by a blank line. */
  text: string;
  /** Fields the chosen paragraphs need that `fields` lacks; rendered as "…" until given. */
  missing: FieldName[];
  paragraphs: RenderedParagraph[];
  dir: "ltr" | "rtl";
  lang: BuyerLanguage;
}
