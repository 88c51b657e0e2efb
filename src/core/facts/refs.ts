import { CURRENCY_CODES } from "./currencies";
import { NUMBER_WORDS, REF_LABELS, type LabelStrength } from "./labels";
import { asciiDigits, isWordChar, literalAlternation } from "./pattern";
import type { OrderRef, OrderRefKind } from "./types";

/** An order reference and where it was written (UTF-16 offsets, label included). */
export interface OrderRefMention {
  ref: OrderRef;
  start: number;
  end: number;
}

interface Label {
  kind: OrderRefKind;
  strength: LabelStrength;
  /** The spellings an abbreviation must match exactly ("PI", not "Pi"). */
  spellings: readonly string[];
}

const labelKey = (label: string): string => label.toLowerCase().replace(/[\s-]+/g, "");

const LABELS = new Map<string, Label>();
for (const rows of Object.values(REF_LABELS)) {
  for (const [kind, strength, ...spellings] of rows) {
    for (const s of spellings) LABELS.set(labelKey(s), { kind, strength, spellings });
  }
}

// label, then an optional number word, a few separators, and the reference: a code of
// ASCII letters and digits, "-", "/", "." and "_" only between them. Every part is bounded.
const SOURCE =
  `(${literalAlternation(
    Object.values(REF_LABELS)
      .flat()
      .flatMap((r) => r.slice(2))
  )})` +
  `(?:[\\s-]{0,2}(${literalAlternation(Object.values(NUMBER_WORDS).flat())}))?` +
  `[\\s:：#.\\-–—]{0,4}` +
  `([A-Za-z0-9](?:[A-Za-z0-9]|[-/._](?=[A-Za-z0-9])){0,31})`;
const ANYWHERE = new RegExp(SOURCE, "giu");
const HERE = new RegExp(SOURCE, "iuy");
/** The hand-built patterns, for the test that keeps them linear-time. */
export const REF_PATTERNS: readonly RegExp[] = [ANYWHERE];

const BARE_YEAR = /^(?:19|20)\d\d$/;
const DATE_LIKE =
  /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$|^\d{1,2}[./]\d{1,2}$|^(?:19|20)\d\d[-/](?:19|20)?\d\d$/;
const NUMBER_LIKE = /^\d{1,3}(?:[.,]\d{3}){1,5}$|^\d{1,12}[.,]\d{1,2}$/;
const CURRENCY_LED = new RegExp(`^(?:${CURRENCY_CODES.join("|")})\\d`, "i");
// after the reference: more code (too long), an amount's decimals ("PO 12,500"), a share ("30%")
const BAD_FOLLOWER = /^(?:[A-Za-z0-9]|[.,]\d|\s?%)/;

/** Whether `value` can be a reference after a label of this strength (see LabelStrength). */
function plausible(value: string, strength: LabelStrength, numbered: boolean): boolean {
  if (!/\d/.test(value) || BARE_YEAR.test(value) || DATE_LIKE.test(value)) return false;
  if (NUMBER_LIKE.test(value) || CURRENCY_LED.test(value)) return false;
  const digitsOnly = /^\d+$/.test(value);
  if (strength === "weak" && !numbered) {
    const codeLike = /^[A-Za-z]/.test(value) || /\d[-/._]\d/.test(value);
    return !digitsOnly && value.length >= 4 && codeLike;
  }
  return value.length >= (digitsOnly && !numbered ? 3 : 2);
}

/** The mention a regex match stands for, or null when the match is not a reference. */
function mentionOf(text: string, m: RegExpExecArray): OrderRefMention | null {
  const [all, labelText, numberWord, value] = m;
  const label = LABELS.get(labelKey(labelText));
  if (!label) return null;
  if (label.strength === "abbr" && !label.spellings.includes(labelText)) return null;
  if (isWordChar(labelText.charAt(0)) && isWordChar(text.charAt(m.index - 1))) return null;
  const end = m.index + all.length;
  if (BAD_FOLLOWER.test(text.slice(end, end + 3))) return null;
  const numbered = numberWord !== undefined || label.strength === "num";
  if (!plausible(value, label.strength, numbered)) return null;
  return { ref: { kind: label.kind, value }, start: m.index, end };
}

/** Every order reference in `text` with its offsets, in order of appearance. */
export function findOrderRefMentions(text: string): OrderRefMention[] {
  const s = asciiDigits(text);
  const found: OrderRefMention[] = [];
  ANYWHERE.lastIndex = 0;
  for (let m = ANYWHERE.exec(s); m; m = ANYWHERE.exec(s)) {
    const mention = mentionOf(s, m);
    if (!mention) {
      ANYWHERE.lastIndex = m.index + 1;
      continue;
    }
    // "Pedido PO-4471": when the reference carries its own label, that label is the precise one
    const valueStart = mention.end - mention.ref.value.length;
    HERE.lastIndex = valueStart;
    const inner = HERE.exec(s);
    if (inner && mentionOf(s, inner)) {
      ANYWHERE.lastIndex = valueStart;
      continue;
    }
    found.push(mention);
  }
  return found;
}

/** Every order reference written in `text` (PI, PO, contract, order, invoice), in order of appearance. */
export function findOrderRefs(text: string): OrderRef[] {
  return findOrderRefMentions(text).map((m) => m.ref);
}

/** The identity of a reference: kind and value without case or separators ("PO-4471" = "PO#4471"). */
export function refKey(ref: OrderRef): string {
  return `${ref.kind}:${ref.value.toUpperCase().replace(/[-/._]/g, "")}`;
}
