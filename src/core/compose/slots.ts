import { DELAY_REASONS, type DelayReason } from "../policy/types";
import {
  LEVERS,
  PARAGRAPH_ORDER,
  type Ask,
  type Lever,
  type Paragraph,
  type ParagraphKind,
  type Relationship,
  type Strength,
} from "./types";

/*
 * A slot is one place in the library a paragraph can fill: its kind plus the conditions
 * that kind is chosen by ("lever.production.firm", "understanding.unknown", "help").
 * Validation, merging, coverage and selection all speak in slots, so the rules of which
 * kind takes which condition live in one table here.
 */

/** The keys of a paragraph that say when it is chosen. */
export type ConditionKey = "relationship" | "reason" | "lever" | "strength" | "ask";

/** Which conditions each kind is chosen by, in the order they appear in a slot key. */
export const KIND_CONDITIONS: Readonly<Record<ParagraphKind, readonly ConditionKey[]>> = {
  opening: ["relationship"],
  order_reference: [],
  understanding: ["reason"],
  lever: ["lever", "strength"],
  ask: ["ask"],
  help: [],
  closing: [],
};

// Records keyed by the union: the compiler fails here if a type gains a member the lists lack.
const RELATIONSHIP_SET: Record<Relationship, true> = { first: true, later: true };
const STRENGTH_SET: Record<Strength, true> = { gentle: true, firm: true };
const ASK_SET: Record<Ask, true> = { date: true, slip: true };

export const RELATIONSHIPS = Object.keys(RELATIONSHIP_SET) as Relationship[];
export const STRENGTHS = Object.keys(STRENGTH_SET) as Strength[];
export const ASKS = Object.keys(ASK_SET) as Ask[];

/** The values each condition may take. */
export const CONDITION_VALUES: Readonly<Record<ConditionKey, readonly string[]>> = {
  relationship: RELATIONSHIPS,
  reason: DELAY_REASONS,
  lever: LEVERS,
  strength: STRENGTHS,
  ask: ASKS,
};

/** One place in the library, with its conditions. */
export interface Slot {
  /** "opening.first", "lever.production.firm": also the id a built-in paragraph has by convention. */
  key: string;
  kind: ParagraphKind;
  relationship?: Relationship;
  reason?: DelayReason;
  lever?: Lever;
  strength?: Strength;
  ask?: Ask;
}

type Conditions = Omit<Slot, "key" | "kind">;

/** The slot for a kind and its conditions (conditions the kind does not use are ignored). */
export function slot(kind: ParagraphKind, conditions: Conditions = {}): Slot {
  const result: Slot = { key: kind, kind };
  const parts: string[] = [kind];
  for (const name of KIND_CONDITIONS[kind]) {
    const value = conditions[name];
    // Only reachable with an unvalidated paragraph; the key still says what is missing.
    parts.push(value ?? "?");
    if (value !== undefined) Object.assign(result, { [name]: value });
  }
  result.key = parts.join(".");
  return result;
}

/** The slot a paragraph fills. */
export function slotOf(paragraph: Paragraph): Slot {
  return slot(paragraph.kind, paragraph);
}

/** Every slot a complete library fills, in reminder order. */
export const ALL_SLOTS: readonly Slot[] = PARAGRAPH_ORDER.flatMap((kind) => {
  let combos: Conditions[] = [{}];
  for (const name of KIND_CONDITIONS[kind]) {
    combos = combos.flatMap((combo) =>
      CONDITION_VALUES[name].map((value) => ({ ...combo, [name]: value }))
    );
  }
  return combos.map((combo) => slot(kind, combo));
});
