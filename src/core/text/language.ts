import { fold } from "../dates";

/** The languages Kindly writes to buyers in, and reads their replies in. */
export type BuyerLanguage = "en" | "zh" | "es" | "fr" | "de" | "pt" | "ru" | "ar";

/** Every buyer language, English first. */
export const BUYER_LANGUAGES: readonly BuyerLanguage[] = [
  "en",
  "zh",
  "es",
  "fr",
  "de",
  "pt",
  "ru",
  "ar",
];

/** Whether a value is one of the buyer languages. */
export function isBuyerLanguage(value: unknown): value is BuyerLanguage {
  return typeof value === "string" && (BUYER_LANGUAGES as readonly string[]).includes(value);
}

/**
 * How much of a message's own words (quoted history already removed) the readers that look for
 * meaning read: the reason (sentences and cues), the order facts (amounts, dates, references),
 * the language, and the thread reader's promise date, absence notice and chase. 64 KB is some
 * 10,000 words, thirty screenfuls: a buyer says why they are late, what they owe and by when
 * in the first few, not in the packing list or the 5 MB of pasted HTML under them. Reading all
 * of such a body blocked the pane for seconds, and the sheer volume of its text could outvote
 * what the buyer wrote. The words themselves are kept whole (`Message.text`), and the quote
 * splitter reads them to their end.
 */
export const OWN_WORDS_READ = 64 * 1024;
/** How far back from the limit a cut may move to end at a line break or a space rather than mid-word. */
const CUT_SLACK = 1024;

/**
 * The part of a message's own words the readers look at: all of it up to OWN_WORDS_READ
 * characters; beyond that, its start, cut at a line break or space near the limit (never
 * inside a word when one is near, never between the halves of a surrogate pair). A prefix,
 * so offsets into it are offsets into the whole text.
 */
export function ownWordsToRead(text: string): string {
  if (text.length <= OWN_WORDS_READ) return text;
  const floor = OWN_WORDS_READ - CUT_SLACK;
  const line = text.lastIndexOf("\n", OWN_WORDS_READ);
  if (line >= floor) return text.slice(0, line);
  for (let end = OWN_WORDS_READ; end >= floor; end--) {
    if (/\s/.test(text[end])) return text.slice(0, end);
  }
  const high = text.charCodeAt(OWN_WORDS_READ - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? OWN_WORDS_READ - 1 : OWN_WORDS_READ);
}

/** A space-separated word list as an array. */
function words(list: string): readonly string[] {
  return list.split(" ");
}

/**
 * Short, frequent words that set one Latin-script buyer language apart from
 * the others (folded: lower case, no accents). Words two of them share
 * ("de", "que", "la", "en", "para", "mais"/"mas") are left out on purpose:
 * they would only blur the margin.
 */
const FUNCTION_WORDS: Record<"en" | "es" | "fr" | "de" | "pt", readonly string[]> = {
  en: words(
    "the and is are was were we you our your will would have has had to of for with " +
      "this that it be been not please thanks thank can could at from i my but also " +
      "still yet hi dear regards they their there here what when which does did if or " +
      "just soon sorry kindly should about by hello us waiting any let"
  ),
  es: words(
    "el los las del al y con una su sus lo pero muy estoy nuestro nuestra nuestros " +
      "nuestras gracias saludos usted ustedes hemos han aun cuando hola pues ya " +
      "tambien hay estimado estimada mucho ahora siempre entonces puede pueden hacer " +
      "hace senor tenemos tengo tiene tienen buenos buenas muchas mi eso esto ese esa otro otra otros nosotros  estan"
  ),
  fr: words(
    "le les des du et est nous vous notre votre vos pour avec dans sur pas ne qui " +
      "une au aux ce cette ces sont avons avez merci bonjour cordialement je tres " +
      "aussi encore deja c l j qu n il elle ils leur madame monsieur suis sommes peu " +
      "toujours depuis apres chez donc car"
  ),
  de: words(
    "der die das und ist wir sie ich nicht mit fur auf den dem ein eine einen zu " +
      "von im noch auch bitte danke unser unsere ihre ihr haben sind wird werden bei " +
      "aus sehr schon aber wie leider grusse hallo vielen dank herr frau uns wurde " +
      "konnen diese dieser heute nach uber oder gerne kann bin derzeit"
  ),
  pt: words(
    "nao um uma em dos das na nas ao aos pelo pela voce voces obrigado obrigada " +
      "estou ainda tambem isso essa esse nosso nossa nossos nossas muito muita bom " +
      "boa prezado prezada atenciosamente quando entao agora sao ate apos seu sua " +
      "eles elas e foi tem temos fazer pode hoje aguardando sem seus suas tudo bem ola com"
  ),
};

const WORD_SETS = (Object.entries(FUNCTION_WORDS) as Array<[BuyerLanguage, readonly string[]]>).map(
  ([lang, words]) => ({ lang, words: new Set(words) })
);

/** Fewer function words than this is too little text to tell the Latin languages apart. */
const MIN_WORD_HITS = 2;
/** Characters read to tell the script. */
const MAX_CHARS = 4000;
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Letters of Ukrainian but not Russian, and of Russian but not Ukrainian. */
const UKRAINIAN = /[іїєґІЇЄҐ]/;
const RUSSIAN = /[ыэъёЫЭЪЁ]/;
const ARABIC = /\p{Script=Arabic}/u;
/** Letters Persian and Urdu add to the Arabic script. */
const PERSIAN = /[پچژگکی]/;
const LATIN = /\p{Script=Latin}/u;
/** Han characters weigh as much as a short word of letters. */
const HAN_WEIGHT = 3;

/**
 * The buyer language a text is written in, or null when it is too short or
 * none of them: the script decides zh, ru and ar; for Latin text, the language
 * whose function words it uses most, by a clear margin.
 */
export function detectLanguage(text: string): BuyerLanguage | null {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let ukrainian = 0;
  let russian = 0;
  let arabic = 0;
  let persian = 0;
  let latin = 0;
  // The opening of a reply tells its language; a long one need not be read to the end.
  for (const ch of text.slice(0, MAX_CHARS)) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
      continue;
    }
    if (!LETTER.test(ch)) continue;
    if (HAN.test(ch)) han++;
    else if (KANA.test(ch)) kana++;
    else if (HANGUL.test(ch)) hangul++;
    else if (CYRILLIC.test(ch)) {
      cyrillic++;
      if (UKRAINIAN.test(ch)) ukrainian++;
      if (RUSSIAN.test(ch)) russian++;
    } else if (ARABIC.test(ch)) {
      arabic++;
      if (PERSIAN.test(ch)) persian++;
    } else if (LATIN.test(ch)) latin++;
  }
  const scripts: Array<[string, number]> = [
    ["han", han * HAN_WEIGHT],
    ["kana", kana * HAN_WEIGHT],
    ["hangul", hangul * HAN_WEIGHT],
    ["cyrillic", cyrillic],
    ["arabic", arabic],
    ["latin", latin],
  ];
  scripts.sort((a, b) => b[1] - a[1]);
  const [script, weight] = scripts[0];
  if (weight === 0) return null;
  switch (script) {
    case "han":
      // Japanese mixes kana into its kanji; Chinese never does.
      return han >= 2 && kana * 5 < han ? "zh" : null;
    case "cyrillic":
      if (cyrillic < 4) return null;
      // Ukrainian (and other Cyrillic languages) are not Russian.
      return ukrainian > 0 && russian === 0 ? null : "ru";
    case "arabic":
      if (arabic < 4) return null;
      // Persian and Urdu letters: Arabic script, but not Arabic.
      return persian * 20 > arabic ? null : "ar";
    case "latin":
      return latinLanguage(ownWordsToRead(text));
    default:
      return null;
  }
}

/**
 * Letters only one or two of the Latin-script buyer languages write (before folding takes
 * the accents away): each counts as a function word for them. ñ ¿ ¡ are Spanish, ã õ
 * Portuguese, ß ä ö ü German, è ê à ù œ French, ç French or Portuguese.
 */
const LETTER_HINTS: ReadonlyArray<[RegExp, ReadonlyArray<"es" | "pt" | "fr" | "de">]> = [
  [/[ñ¿¡]/giu, ["es"]],
  [/[ãõ]/giu, ["pt"]],
  [/[ßäöü]/giu, ["de"]],
  [/[èêàùœ]/giu, ["fr"]],
  [/ç/giu, ["fr", "pt"]],
];

/** The Latin-script language whose function words (and letters) a text uses most, if by a clear margin. */
function latinLanguage(text: string): BuyerLanguage | null {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const scores = WORD_SETS.map(({ lang, words: set }) => ({
    lang,
    score: words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0),
  }));
  for (const [letters, langs] of LETTER_HINTS) {
    const hits = text.match(letters)?.length ?? 0;
    for (const entry of scores)
      if ((langs as readonly string[]).includes(entry.lang)) entry.score += hits;
  }
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (best.score < MIN_WORD_HITS) return null;
  const margin = Math.max(1, Math.ceil(best.score * 0.2));
  return best.score - second.score >= margin ? best.lang : null;
}
