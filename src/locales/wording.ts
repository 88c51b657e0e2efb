import { formatDay, type Decision, type UiLanguage } from "../core";
import type { FieldName, Lever } from "../core/compose";
import type { ToneCategory, ToneFinding } from "../core/tone";
import type { TypedProblem } from "../hosts/reminder";
import { format, type Strings } from ".";

/*
 * Sentences the shells build from the core's results and the UI strings: the same words in the
 * Outlook pane and on the Gmail card.
 */

function days(n: number, t: Strings): string {
  return n === 1 ? t.businessDay : format(t.businessDays, { n });
}

/** The status's headline: "OK to chase", "Too soon: wait until Tue 1 Dec (2 business days)". */
export function statusTitle(decision: Decision, lang: UiLanguage, t: Strings): string {
  const date = decision.earliest ? formatDay(decision.earliest, lang) : "";
  switch (decision.status) {
    case "ok":
      return t.statusOk;
    case "too-soon":
      return format(t.statusTooSoon, { date, days: days(decision.waitDays, t) });
    case "hold":
      return format(t.statusHold, { date, days: days(decision.waitDays, t) });
    case "respond":
      return t.statusRespond;
  }
}

const TONE_WHY: Record<ToneCategory, keyof Strings> = {
  accusation: "toneAccusation",
  threat: "toneThreat",
  shouting: "toneShouting",
  passive_aggression: "tonePassiveAggression",
  rude_pressure: "toneRudePressure",
  doubt: "toneDoubt",
};

/** Why a phrase may upset the buyer, and a softer wording to try. */
export function toneAdvice(finding: ToneFinding, t: Strings): string {
  return `${t[TONE_WHY[finding.category]]} ${format(t.toneTry, { suggestion: finding.suggestion })}`;
}

/** The UI string naming each lever. */
export const LEVER_LABEL: Record<Lever, keyof Strings> = {
  production: "leverProduction",
  price_validity: "leverPriceValidity",
  effort: "leverEffort",
};

/** The UI string naming each field of a reminder. */
export const FIELD_LABEL: Record<FieldName, keyof Strings> = {
  buyerName: "fieldBuyerName",
  repName: "fieldRepName",
  company: "fieldCompany",
  orderRef: "fieldOrderRef",
  amount: "fieldAmount",
  confirmedOn: "fieldConfirmedOn",
  slotDeadline: "fieldSlotDeadline",
  priceValidUntil: "fieldPriceValidUntil",
};

/** The UI string saying why the form leaves out what the rep typed in a field. */
export const TYPED_PROBLEM: Record<TypedProblem, keyof Strings> = {
  date: "typedDate",
  past: "typedPast",
  future: "typedFuture",
  amount: "typedAmount",
  currency: "typedCurrency",
};

/** "Fill in: Your name, Your company." for the fields a reminder still lacks. */
export function missingFieldsText(t: Strings, missing: readonly FieldName[]): string {
  return format(t.missingFields, { fields: missing.map((f) => t[FIELD_LABEL[f]]).join(", ") });
}
