import type { BuyerLanguage, Decision, DelayReason, ThreadFacts } from "../core";
import { compareDates, isCalendarDate, type CalendarDate } from "../core/dates";
import { readNumber } from "../core/facts/numbers";
import { numberFormat } from "../core/text/intl";
import { parseAddress } from "../core/thread/address";
import {
  compose,
  LEVERS,
  orderRefText,
  type Ask,
  type ComposeFields,
  type ComposeRequest,
  type Composed,
  type FieldName,
  type LibraryFile,
  type Lever,
  type Relationship,
  type Strength,
} from "../core/compose";
import type { Profile } from "./preferences";

/*
 * The reminder a shell offers for a thread: its defaults and how the rep's choices and typed
 * fields change it. The Outlook composer and the Gmail card both build it here, so the same
 * thread gives the same reminder in either client.
 */

/** What the rep typed into the form, as typed. */
export type Edits = Partial<Record<FieldName | "currency", string>>;

/** What the rep chose in the composer. */
export interface ReminderChoices {
  lang: BuyerLanguage;
  levers: ReadonlySet<Lever>;
  strength: Strength;
  ask: Ask;
  edits: Edits;
}

/**
 * The composer's choices before the rep touches anything: the buyer's language (else English),
 * no lever, and the bank slip asked for once the buyer has promised a date.
 */
export function defaultChoices(
  buyerLanguage: BuyerLanguage | null,
  promisedDate: string | null
): ReminderChoices {
  return {
    lang: buyerLanguage ?? "en",
    levers: new Set(),
    strength: "gentle",
    ask: promisedDate ? "slip" : "date",
    edits: {},
  };
}

/** The order facts a reminder cites (ThreadFacts has them, and more). */
export type ReminderFacts = Pick<
  ThreadFacts,
  "orderRef" | "amount" | "confirmedOn" | "priceValidUntil" | "promisedDate"
>;

/**
 * A display name that names a person, else undefined: none, or one holding an address (Outlook
 * gives a bare address as its name), as the core's address reader finds one.
 */
function personName(name: string | undefined): string | undefined {
  return name && !parseAddress(name)?.address ? name : undefined;
}

/**
 * The reminder's fields as the thread and the rep's profile give them, on the rep's `today`.
 * What they cannot give is asked for in the form: a name that is only an address ("Dear
 * omar@…"), and a price validity the thread gives that has passed (a price held "until 15
 * March" cannot be cited in December).
 */
export function baseFields(
  buyerName: string | undefined,
  facts: ReminderFacts,
  profile: Profile,
  displayName: string,
  lang: BuyerLanguage,
  today: CalendarDate
): ComposeFields {
  const validUntil = facts.priceValidUntil;
  return {
    buyerName: personName(buyerName),
    repName: profile.repName ?? personName(displayName),
    company: profile.company,
    orderRef: facts.orderRef ? orderRefText(facts.orderRef, lang) : undefined,
    amount: facts.amount
      ? { amount: facts.amount.amount, currency: facts.amount.currency }
      : undefined,
    confirmedOn: facts.confirmedOn ?? undefined,
    priceValidUntil: validUntil && compareDates(validUntil, today) >= 0 ? validUntil : undefined,
  };
}

/** The fields that hold a day (YYYY-MM-DD). */
export const DATE_FIELDS: ReadonlySet<FieldName> = new Set([
  "confirmedOn",
  "slotDeadline",
  "priceValidUntil",
]);

/**
 * The days a reminder cites as still to come ("the slot closes on…", "the price holds
 * until…"): one before today would tell the buyer a deadline that has passed.
 */
const COMING_FIELDS: ReadonlySet<FieldName> = new Set(["slotDeadline", "priceValidUntil"]);

/**
 * Why the form does not use what the rep typed in a field: no day in YYYY-MM-DD, a day that has
 * passed where the reminder cites one to come, an order confirmed on a day still to come, no
 * amount in figures, or no three-letter currency code.
 */
export type TypedProblem = "date" | "past" | "future" | "amount" | "currency";

/** The form's fields the reminder leaves out as typed, each with why. */
export type Refused = Partial<Record<FieldName | "currency", TypedProblem>>;

/** Why a day typed in a date field is not used on `today`, or null when it is. */
function dayProblem(name: FieldName, day: string, today: CalendarDate): TypedProblem | null {
  if (!isCalendarDate(day)) return "date";
  if (COMING_FIELDS.has(name)) return compareDates(day, today) < 0 ? "past" : null;
  return compareDates(day, today) > 0 ? "future" : null;
}

/** How many decimals a currency's amounts carry: 2 mostly, 3 for KWD, BHD or OMR, 0 for JPY. */
function decimalsOf(currency: string): number {
  try {
    const format = numberFormat("en", { style: "currency", currency });
    return format.resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * An amount as the rep typed it, in their own convention ("12,500.00", "12.500,00", "9 850");
 * NaN for anything else, rather than a misread ("12.500,00" as 12.5). In a currency of three
 * decimals, three digits after the last point or comma are its decimals ("KWD 1,500.250") where
 * they cannot group thousands: after four digits or more, or after another mark.
 */
function typedAmount(typed: string, currency: string): number {
  const text = typed.trim();
  if (!/^\d[\d\s.,'’\u00a0\u202f\u2009]*$/.test(text)) return NaN;
  const whole = (run: string) => {
    const read = readNumber(run, false);
    return read && read.length === run.length ? read.value : NaN;
  };
  const thousandths = /^(.+)([.,])(\d{3})$/.exec(text);
  if (thousandths && decimalsOf(currency) === 3) {
    const [, head, mark, digits] = thousandths;
    const units = whole(head);
    if (Number.isInteger(units) && !head.includes(mark) && (/\D/.test(head) || head.length > 3))
      return units + Number(digits) / 1000;
  }
  return whole(text);
}

/**
 * The reminder's fields from the thread, the rep's profile and the form (the form wins), on the
 * rep's `today`, and what the form holds that they leave out, with why.
 */
export function fieldsFor(
  base: ComposeFields,
  edits: Edits,
  today: CalendarDate
): { fields: ComposeFields; refused: Refused } {
  const fields: ComposeFields = { ...base };
  const refused: Refused = {};
  for (const name of ["buyerName", "repName", "company", "orderRef"] as const) {
    const value = edits[name]?.trim();
    if (value) fields[name] = value;
  }
  for (const name of DATE_FIELDS) {
    const value = edits[name]?.trim();
    if (!value) continue;
    const problem = dayProblem(name, value, today);
    if (problem) refused[name] = problem;
    else fields[name as "confirmedOn" | "slotDeadline" | "priceValidUntil"] = value;
  }
  const typed = edits.amount?.trim();
  if (typed) {
    const currency = (edits.currency ?? base.amount?.currency ?? "").trim().toUpperCase();
    const amount = typedAmount(typed, currency);
    if (!(Number.isFinite(amount) && amount > 0)) refused.amount = "amount";
    else if (!/^[A-Z]{3}$/.test(currency)) refused.currency = "currency";
    else fields.amount = { amount, currency };
  }
  return { fields, refused };
}

/**
 * The reminder, the fields the form asks for (those the thread and profile leave open), and
 * what the rep typed there that it leaves out, with why.
 */
export interface Reminder {
  composed: Composed;
  asked: FieldName[];
  refused: Refused;
}

/** A first chase opens differently from a later one (PRODUCT.md §5). */
export function relationshipOf(decision: Decision): Relationship {
  return decision.k > 0 || decision.why.rule !== "no-chase" ? "later" : "first";
}

/** Composes the reminder for the thread, the reason in use and the rep's choices, on `today`. */
export function reminderFor(
  relationship: Relationship,
  reason: DelayReason,
  base: ComposeFields,
  choices: ReminderChoices,
  library: LibraryFile,
  today: CalendarDate
): Reminder {
  const request: Omit<ComposeRequest, "fields"> = {
    lang: choices.lang,
    reason,
    levers: LEVERS.filter((l) => choices.levers.has(l)),
    strength: choices.strength,
    relationship,
    ask: choices.ask,
  };
  const { fields, refused } = fieldsFor(base, choices.edits, today);
  return {
    asked: compose({ ...request, fields: base }, library).missing,
    composed: compose({ ...request, fields }, library),
    refused,
  };
}
