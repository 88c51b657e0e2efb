import { isValediction } from "../thread/split/matchers";

/*
 * The tone check judges the rep's words, not the footer their mail client adds. newText
 * (thread/split) cuts a sign-off only when nothing but a few short lines follow it, so a
 * legal disclaimer under the signature ("… may result in legal action.", "…将依法追究法律
 * 责任。") stays in the draft's new text and reads as a threat. Here the draft is cut at its
 * last sign-off, recognised by the splitter's own valediction test, whatever follows the
 * signature block.
 */

// What a signature's first line is not: a sentence, which ends with its punctuation.
const SENTENCE_END = /[.!?。！？]\s*$/u;
// A name on the closing line itself ("Thanks, Amy").
const NAMED_CLOSING = /[,，،]\s*\p{L}[\p{L}. '-]*$/u;
// The longest line that can still open a signature block (the rep's name, title, company).
const NAME_LINE_LENGTH = 80;

/**
 * The rep's words above the sign-off: `text` (a draft's new text, as newText gives it) cut
 * at its last closing line ("Best regards,", "此致敬礼", "Thanks, Amy") that a signature
 * follows, with whatever comes under it (name, title, disclaimer). The closing line must
 * not be the first words, and the line under it must read as a name, not a sentence
 * ("Thank you!\nOtherwise we will sue." is not a sign-off). `text` as it is when none.
 */
export function aboveSignOff(text: string): string {
  const lines = text.split("\n");
  let next = ""; // the first non-blank line after line i
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i].trim();
    if (!line) continue;
    if (isSignOff(line, next) && lines.slice(0, i).some((l) => l.trim()))
      return lines.slice(0, i).join("\n").trimEnd();
    next = line;
  }
  return text;
}

function isSignOff(line: string, next: string): boolean {
  // Full-width punctuation ("谢谢！") is the splitter's ASCII punctuation in another width.
  if (!isValediction(line.normalize("NFKC"))) return false;
  if (!next || NAMED_CLOSING.test(line)) return true;
  return next.length <= NAME_LINE_LENGTH && !SENTENCE_END.test(next);
}
