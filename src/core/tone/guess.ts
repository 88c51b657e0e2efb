import type { BuyerLanguage } from "../text/language";

/*
 * A rough guess at the language a draft is written in, from its scripts and, for Latin
 * text, its most frequent little words. The checker only uses it to choose between two
 * rules that match the same words, and to word the shouting suggestion; it never decides
 * what is flagged.
 */

// Frequent words that are distinctive enough to tell the Latin-script languages apart.
const FUNCTION_WORDS: Readonly<Record<"en" | "es" | "fr" | "de" | "pt", readonly string[]>> = {
  en: [
    "the",
    "and",
    "you",
    "your",
    "we",
    "our",
    "is",
    "are",
    "please",
    "for",
    "with",
    "have",
    "will",
    "this",
    "that",
    "of",
    "to",
    "be",
  ],
  es: [
    "el",
    "los",
    "las",
    "que",
    "y",
    "por",
    "para",
    "con",
    "usted",
    "ustedes",
    "su",
    "nuestro",
    "está",
    "gracias",
    "hemos",
    "pago",
    "del",
    "le",
  ],
  fr: [
    "le",
    "les",
    "des",
    "et",
    "pour",
    "avec",
    "vous",
    "votre",
    "nous",
    "notre",
    "est",
    "pas",
    "merci",
    "du",
    "une",
    "au",
    "paiement",
    "sur",
  ],
  de: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "sie",
    "ihre",
    "wir",
    "unser",
    "nicht",
    "mit",
    "für",
    "bitte",
    "zahlung",
    "den",
    "dem",
    "ein",
    "zu",
  ],
  pt: [
    "o",
    "os",
    "as",
    "e",
    "para",
    "com",
    "você",
    "vocês",
    "sua",
    "seu",
    "nosso",
    "não",
    "obrigado",
    "pagamento",
    "está",
    "do",
    "da",
    "em",
  ],
};

const LATIN_LANGS = ["en", "es", "fr", "de", "pt"] as const;
const SAMPLE = 4000;

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

/** The buyer language a text is most likely written in, or null when it has no letters. */
export function guessLanguage(text: string): BuyerLanguage | null {
  const sample = text.slice(0, SAMPLE);
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const han = count(/\p{sc=Han}/gu) * 2; // a Chinese character carries about a word
  const cyrillic = count(/\p{sc=Cyrillic}/gu);
  const arabic = count(/\p{sc=Arabic}/gu);
  const latin = count(/\p{sc=Latin}/gu);
  const best = Math.max(han, cyrillic, arabic, latin);
  if (best === 0) return null;
  if (best === han) return "zh";
  if (best === cyrillic) return "ru";
  if (best === arabic) return "ar";
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const votes = new Map<string, number>();
  for (const word of words) {
    for (const lang of LATIN_LANGS) {
      if (FUNCTION_WORDS[lang].includes(word)) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
  }
  let winner: BuyerLanguage = "en";
  let most = 0;
  for (const lang of LATIN_LANGS) {
    const n = votes.get(lang) ?? 0;
    if (n > most) {
      winner = lang;
      most = n;
    }
  }
  return winner;
}
