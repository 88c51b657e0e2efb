/**
 * Reading a written number whose separators follow any of the world's conventions
 * ("12,500.00", "8.400,50", "9 850,00", "1'250.50"). Per number, not per language:
 *
 * 1. Blanks (space, NBSP, narrow NBSP, thin space) and apostrophes only group thousands.
 * 2. The last "." or "," is the decimal separator when exactly 1–2 digits follow it
 *    ("5,5" "12,500.00" "86.200,00"), or, when it is the only one and a multiplier follows,
 *    any number of digits but three ("1.2345k"): "1,250k" is 1,250 k, "R$ 1.200 mil" 1,200 mil.
 * 3. Any other separator groups thousands: then every group after the first has exactly
 *    3 digits, the first 1–3 (not a lone "0"), and all grouping separators are the same kind,
 *    unlike the decimal one ("1.234" is 1234; "1,234,567"; not "1,23,456"; not "1.234.56,7").
 * 4. A number that breaks the rules is not read ("12.11.2026", "1.2345"), except that
 *    a blank may end it: "USD 5,520.00 30 days" reads 5,520.00.
 */

/** A number read from the start of a digit run: its value and how many characters it used. */
export interface ReadNumber {
  value: number;
  length: number;
}

const BLANK = /[\s\u00a0\u202f\u2009]/;
const kindOf = (sep: string): string => (BLANK.test(sep) ? " " : sep === "’" ? "'" : sep);

/** Reads `run` (digits and single separators between them), or the part of it before a blank. */
export function readNumber(run: string, scaled: boolean): ReadNumber | null {
  const groups = run.split(/[^0-9]/);
  const seps = run.replace(/[0-9]/g, "").split("");
  for (let k = groups.length - 1; k >= 0; k--) {
    // a shorter reading is only allowed when what is cut off starts after a blank
    if (k < groups.length - 1 && kindOf(seps[k]) !== " ") continue;
    const value = valueOf(groups.slice(0, k + 1), seps.slice(0, k), scaled);
    if (value !== null) {
      const length = groups.slice(0, k + 1).reduce((n, g) => n + g.length, k);
      return { value, length };
    }
  }
  return null;
}

function valueOf(groups: string[], seps: string[], scaled: boolean): number | null {
  let decimals = "";
  let decimalSep = "";
  const last = seps[seps.length - 1];
  const lastGroup = groups[groups.length - 1];
  const scaledDecimals = scaled && seps.length === 1 && lastGroup.length !== 3;
  if ((last === "." || last === ",") && (lastGroup.length <= 2 || scaledDecimals)) {
    decimals = lastGroup;
    decimalSep = last;
    groups = groups.slice(0, -1);
    seps = seps.slice(0, -1);
  }
  if (seps.length === 0)
    return groups[0].length > 15 ? null : Number(`${groups[0]}.${decimals || 0}`);
  const grouping = kindOf(seps[0]);
  if (grouping === decimalSep || seps.some((s) => kindOf(s) !== grouping)) return null;
  if (groups[0].length > 3 || groups[0] === "0" || groups.slice(1).some((g) => g.length !== 3)) {
    return null;
  }
  return Number(`${groups.join("")}.${decimals || 0}`);
}
