/*
 * Which scripts a draft is written in: each brings its language's rules into the check
 * (Han → zh, Cyrillic → ru, Arabic → ar, Latin → the Latin-script languages).
 */

/** The scripts of a text, as the buyer languages that use them. */
export function scriptsOf(text: string): {
  latin: boolean;
  han: boolean;
  cyrillic: boolean;
  arabic: boolean;
} {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return {
    latin: /\p{sc=Latin}/u.test(sample),
    han: /\p{sc=Han}/u.test(sample),
    cyrillic: /\p{sc=Cyrillic}/u.test(sample),
    arabic: /\p{sc=Arabic}/u.test(sample),
  };
}
