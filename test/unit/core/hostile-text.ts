import fc from "fast-check";

/*
 * Text no reader of mail may trip on, for the "never throws on any Unicode" properties of the
 * splitter, the fact finder, the reason classifier and the tone check: any code point of the
 * full Unicode range, unpaired surrogates, and the marks and embeddings of bidirectional
 * text, mixed with the words each module looks for.
 */

/**
 * The bidirectional controls: LRM, RLM, the embeddings and overrides (LRE, RLE, PDF, LRO,
 * RLO) and the isolates (LRI, RLI, FSI, PDI), with the Arabic letter mark.
 */
export const BIDI_CONTROLS = [
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u061c",
] as const;

/** One UTF-16 surrogate on its own: never a character, always possible in a JavaScript string. */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/**
 * Text made of pieces: any full-Unicode string (fc.string with unit "binary", supplementary
 * planes included), unpaired surrogates, bidi controls, line breaks, and the given fragments
 * (a module's cues, so random text often comes close to what it looks for).
 */
export function hostileText(
  fragments: readonly string[] = [],
  maxPieces = 30
): fc.Arbitrary<string> {
  const pieces = [
    { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    { weight: 2, arbitrary: loneSurrogate },
    { weight: 2, arbitrary: fc.constantFrom(...BIDI_CONTROLS) },
    { weight: 1, arbitrary: fc.constantFrom(" ", "\n", "\r\n", "\u2028", "\t") },
  ];
  if (fragments.length > 0) pieces.push({ weight: 5, arbitrary: fc.constantFrom(...fragments) });
  return fc.array(fc.oneof(...pieces), { maxLength: maxPieces }).map((parts) => parts.join(""));
}

/** Text wrapped in bidi controls the way RTL mail clients and copy-paste leave them. */
export function bidiWrapped(text: string): string {
  return `\u202b\u200f${text}\u200e\u202c\u2067${text}\u2069\u202e${text}\u202c\u2066\u2069`;
}

/**
 * One line of about 1 MB (1,000,000 UTF-16 units, no line break): `words` repeated with bidi
 * controls, an unpaired surrogate, an emoji and a combining mark between them.
 */
export function megabyteLine(words: string): string {
  const unit = `${words} \u200f${words}\u200e \u202b${words}\u202c \u2067${words}\u2069 \ud800 😀 e\u0301 `;
  return unit
    .repeat(Math.ceil(1_000_000 / unit.length))
    .slice(0, 1_000_000)
    .replace(/\n/g, " ");
}
