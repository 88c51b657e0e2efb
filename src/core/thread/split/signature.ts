import { isDashName, isFooter, isRule, isSignatureDelimiter, isValediction } from "./matchers";

/** A message's own lines, cut into its words and the signature that closes them. */
export interface Trimmed {
  text: string;
  signature: string | null;
}

/** Lines after a sign-off line that can still be the signature (name, title, company, phone). */
const SIGNOFF_LINES = 6;
const SIGNATURE_LINE_LENGTH = 80;

/** The first visible character of a line, "" for a blank one (no allocation: this runs on every line). */
function firstVisible(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c > 32 && c !== 0xa0) return line[i];
  }
  return "";
}

function isBlank(line: string): boolean {
  return firstVisible(line) === "";
}

/** The few short lines of a signature block after index `from` (at least `min` of them). */
function looksLikeSignatureTail(lines: string[], from: number, min = 0): boolean {
  const rest = lines.slice(from).filter((l) => !isBlank(l));
  return (
    rest.length >= min &&
    rest.length <= SIGNOFF_LINES &&
    rest.every((l) => l.trim().length <= SIGNATURE_LINE_LENGTH)
  );
}

/**
 * Cuts what closes a message from its words: the "-- " signature, a mobile
 * footer, a mailing-list footer under a rule, and (with `signOff`) a sign-off
 * block ("Best regards,\nAmy Zhang\nSales"). Never cuts a message to nothing.
 *
 * Quoted messages keep their sign-off: when the quote carries no header, the
 * name under "Best regards," is the only trace of who wrote it.
 */
export function trimSignature(
  input: string[],
  { signOff = true }: { signOff?: boolean } = {}
): Trimmed {
  let lines = input;
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end--;
  let start = 0;
  while (start < end && isBlank(lines[start])) start++;
  lines = lines.slice(start, end);
  if (lines.length === 0) return { text: "", signature: null };

  let cut = lines.length;
  for (let i = 1; i < cut; i++) {
    const line = lines[i];
    const first = firstVisible(line);
    if (!first) continue;
    if ((first === "-" || first === "—") && isSignatureDelimiter(line)) cut = i;
    else if (isFooter(line)) cut = i;
    else if ("-_=~".includes(first) && isRule(line, 2) && looksLikeSignatureTail(lines, i + 1, 1))
      cut = i;
  }
  // A sign-off: a closing phrase near the end with only short lines after it.
  let last = cut - 1;
  while (last > 0 && isBlank(lines[last])) last--;
  for (let i = last; signOff && i > 0 && i >= last - SIGNOFF_LINES; i--) {
    if (isValediction(lines[i]) && looksLikeSignatureTail(lines.slice(0, last + 1), i + 1)) {
      cut = i;
      break;
    }
    if (i === last && isDashName(lines[i])) {
      cut = i;
      break;
    }
  }
  while (cut > 0 && isBlank(lines[cut - 1])) cut--;
  if (cut === 0) cut = lines.length;

  const text = lines.slice(0, cut).join("\n").trimEnd();
  const signature = lines.slice(cut).join("\n").trim();
  return { text, signature: signature ? signature : null };
}
