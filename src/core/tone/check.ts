import { BUYER_LANGUAGES, detectLanguage, type BuyerLanguage } from "../text/language";
import { foldText, type FoldedText } from "./fold";
import { scriptsOf } from "./scripts";
import { compileContext, compilePatterns, SPACED_WORD_CHAR } from "./pattern";
import type { PatternFamily, RawFinding, ToneRule } from "./rule";
import { TONE_FAMILIES } from "./rules";
import { IF_OR_GUESS } from "./rules/hedges";
import { NEGATION } from "./rules/negation";
import type { ToneCategory, ToneFinding } from "./types";

/*
 * The one tone algorithm. Every family (rules/) proposes phrases: pattern families by
 * running their rules over the folded draft (fold.ts), code families by looking at the
 * draft themselves. Then overlaps are resolved:
 *   - overlapping phrases of one category become one finding, worded by its most specific
 *     member: the longest, as a longer phrase carries more of the rule's context;
 *   - capitals that wholly contain word findings are reported as shouting (shoutingFirst
 *     says why), otherwise word findings win over capitals;
 *   - where categories still overlap, the longer finding stays (ties: the draft's
 *     language, then the family order in rules/index.ts).
 * A phrase of a `negatable` family whose act a negation governs is no finding (negated).
 * Offsets always point into the original text.
 */

const LATIN: readonly BuyerLanguage[] = ["en", "es", "fr", "de", "pt"];
// Where a clause starts (for conditions before a phrase) and a sentence ends (for what follows).
const CLAUSE_MARK = /[.,;:!?\n。，；：！？、،؛؟]/u;
const SENTENCE_MARK = /[.;!?\n。；！？؛؟]/u;
const WINDOW = 80;
// How far (in words; a Chinese character is half of one) a negation may stand before the
// phrase it governs: "you don't need to pay immediately", "我们不会采取任何法律手段".
const NEGATION_GAP = 4;

interface CompiledRule {
  re: RegExp;
  say: string;
  notBefore: RegExp | null;
  notAfter: RegExp | null;
  negatable: boolean;
}

/** A phrase a rule found; its `suggestion` is the rule's wording as written, until merged. */
interface Candidate extends ToneFinding {
  /** Index of the family in TONE_FAMILIES: the tie-break between equally long phrases. */
  family: number;
  code: boolean;
}

const compiledRules = new Map<string, CompiledRule[]>();

function rulesOf(family: PatternFamily, index: number, lang: BuyerLanguage): CompiledRule[] {
  const key = `${index}:${lang}`;
  let rules = compiledRules.get(key);
  if (!rules) {
    rules = family.rules[lang].map((rule: ToneRule) => ({
      re: compilePatterns(rule.match),
      say: rule.say,
      notBefore: rule.notBefore ? compileContext(rule.notBefore) : null,
      notAfter: rule.notAfter ? compileContext(rule.notAfter) : null,
      negatable: family.negatable === true,
    }));
    compiledRules.set(key, rules);
  }
  return rules;
}

/**
 * Phrases in a reminder that may hurt the relationship, each with a softer wording,
 * sorted by position and never overlapping. `lang` is the buyer language the draft is
 * written in, if known; without it every language's rules run. Never throws.
 */
export function checkTone(text: string, lang?: BuyerLanguage | null): ToneFinding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    return check(
      text,
      BUYER_LANGUAGES.includes(lang as BuyerLanguage) ? (lang as BuyerLanguage) : null
    );
  } catch {
    // A tone check is advice: it must never stop the rep from writing or sending.
    return [];
  }
}

function check(text: string, lang: BuyerLanguage | null): ToneFinding[] {
  const guess = detectLanguage(text);
  const preferred = lang ?? guess ?? "en";
  const folded = foldText(text);
  const languages = languagesToRun(text, lang, guess);
  const candidates: Candidate[] = [];
  TONE_FAMILIES.forEach((family, index) => {
    if (family.kind === "code") {
      for (const raw of family.find(text, preferred))
        candidates.push(candidate(text, raw, family.category, index, true));
      return;
    }
    for (const l of languages) {
      for (const rule of rulesOf(family, index, l)) {
        for (const raw of scanRule(text, folded, rule, l))
          candidates.push(candidate(text, raw, family.category, index, false));
      }
    }
  });
  return resolve(text, candidates, preferred);
}

/**
 * Which languages' rules to run: every script present brings its language; for Latin
 * text, the given language (or all five when none is given), plus English, which reps mix
 * into every language, plus the guessed one in case the given language is not the draft's.
 */
function languagesToRun(
  text: string,
  lang: BuyerLanguage | null,
  guess: BuyerLanguage | null
): BuyerLanguage[] {
  const scripts = scriptsOf(text);
  const out = new Set<BuyerLanguage>();
  if (scripts.latin) {
    if (lang === null) LATIN.forEach((l) => out.add(l));
    else {
      out.add("en");
      if (LATIN.includes(lang)) out.add(lang);
      if (guess !== null && LATIN.includes(guess)) out.add(guess);
    }
  }
  if (scripts.han) out.add("zh");
  if (scripts.cyrillic) out.add("ru");
  if (scripts.arabic) out.add("ar");
  return [...out];
}

function scanRule(
  text: string,
  folded: FoldedText,
  rule: CompiledRule,
  lang: BuyerLanguage
): RawFinding[] {
  const found: RawFinding[] = [];
  const f = folded.text;
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    let fs = m.index;
    let fe = fs + m[0].length;
    // A phrase starts at the start of a word ("pay", not the end of "repay").
    if (
      fe === fs ||
      (SPACED_WORD_CHAR.test(f.charAt(fs)) && SPACED_WORD_CHAR.test(f.charAt(fs - 1)))
    ) {
      re.lastIndex = fs + 1;
      continue;
    }
    while (fs < fe && /\s/.test(f.charAt(fs))) fs++;
    while (fe > fs && /\s/.test(f.charAt(fe - 1))) fe--;
    if (fe === fs) continue;
    if (rule.notBefore && rule.notBefore.test(clauseBefore(f, fs))) continue;
    if (rule.notAfter && rule.notAfter.test(sentenceAfter(f, fe))) continue;
    if (rule.negatable && negated(f, fs, fe, rule.re, lang)) continue;
    const start = folded.from[fs];
    const end = folded.to[fe - 1];
    if (end > start && end <= text.length) found.push({ start, end, suggestion: rule.say, lang });
    // Look again from the next character: a longer phrase of the same rule may start inside
    // this one ("you must pay" / "must pay asap"); overlaps are merged afterwards.
    re.lastIndex = m.index + 1;
  }
  return found;
}

/** A suggestion for a phrase that opens with a capital opens with one too. */
function matchCapital(phrase: string, suggestion: string): string {
  const first = phrase.charAt(0);
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return suggestion;
  return suggestion.replace(
    /^(¿|¡)?(\p{Ll})/u,
    (_, mark: string | undefined, c: string) => (mark ?? "") + c.toUpperCase()
  );
}

/** The text before `at` back to the nearest mark (at most WINDOW characters). */
function backTo(mark: RegExp, f: string, at: number): string {
  let s = at;
  const min = Math.max(0, at - WINDOW);
  while (s > min && !mark.test(f.charAt(s - 1))) s--;
  return f.slice(s, at);
}

const clauseBefore = (f: string, at: number): string => backTo(CLAUSE_MARK, f, at);
const sentenceBefore = (f: string, at: number): string => backTo(SENTENCE_MARK, f, at);

interface CompiledNegation {
  word: RegExp;
  turn: RegExp;
  condition: RegExp;
  payment: RegExp;
}

const compiledNegations = new Map<BuyerLanguage, CompiledNegation>();

function negationOf(lang: BuyerLanguage): CompiledNegation {
  let negation = compiledNegations.get(lang);
  if (!negation) {
    negation = {
      word: compileContext(NEGATION[lang].word),
      turn: compileContext(NEGATION[lang].turn),
      condition: compileContext(IF_OR_GUESS[lang]),
      // At the negation's end: "no payment …", "不付款…", not a payment further on.
      payment: compileContext(`^\\s*(?:${NEGATION[lang].payment})`),
    };
    compiledNegations.set(lang, negation);
  }
  return negation;
}

/**
 * Whether a negation governs the act of the phrase folded[fs, fe) found by `re`: the first
 * negation in its clause stands inside the phrase, or at most NEGATION_GAP words before it.
 * It does not when the rule wrote it ("we will not ask again": without it the rule finds
 * nothing), when the language's `turn` follows it ("we will not hesitate to…", "不得不",
 * "不付款就…", "not joking"), when it negates a payment before the phrase ("no payment by
 * Friday, legal action", "不付款将起诉": the buyer's not paying, a condition), or when a
 * condition makes it a bargain ("if you pay, we will not take legal action"; "if you do
 * not pay we will…", where the negation is the condition's).
 */
function negated(f: string, fs: number, fe: number, re: RegExp, lang: BuyerLanguage): boolean {
  const negation = negationOf(lang);
  const start = fs - clauseBefore(f, fs).length;
  const m = negation.word.exec(f.slice(start, fe));
  if (!m) return false;
  const at = start + m.index;
  const end = at + m[0].length;
  if (end > fs) {
    // In the phrase (Arabic joins "و" to "لا": the negation may begin just before it).
    if (!findsWithout(re, f.slice(fs, Math.max(at, fs)) + " " + f.slice(end, fe))) return false;
  } else if (words(f.slice(end, fs)) > NEGATION_GAP) return false;
  else if (negation.payment.test(f.slice(end, fs))) return false;
  if (negation.turn.test(f.slice(at, fe))) return false;
  return !negation.condition.test(sentenceBefore(f, at) + " " + sentenceAfter(f, fe));
}

/** Whether a rule's regex finds anything in `text`, leaving its scan where it was. */
function findsWithout(re: RegExp, text: string): boolean {
  const last = re.lastIndex;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = last;
  return found;
}

/** How many words a stretch of text holds; two Chinese characters make about one. */
function words(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const han = token.match(/\p{sc=Han}/gu)?.length ?? 0;
    n += han ? han / 2 : 1;
  }
  return n;
}

function sentenceAfter(f: string, at: number): string {
  let e = at;
  const max = Math.min(f.length, at + WINDOW);
  while (e < max && !SENTENCE_MARK.test(f.charAt(e))) e++;
  return f.slice(at, e);
}

function candidate(
  text: string,
  raw: RawFinding,
  category: ToneCategory,
  family: number,
  code: boolean
): Candidate {
  const phrase = text.slice(raw.start, raw.end);
  return {
    start: raw.start,
    end: raw.end,
    category,
    phrase,
    suggestion: raw.suggestion,
    lang: raw.lang,
    family,
    code,
  };
}

/**
 * Overlapping phrases of one category become one finding spanning them all, worded by
 * its most specific member; where categories overlap, the longer finding stays. Shouting
 * yields to every word rule. Sorted by position.
 */
function resolve(text: string, candidates: Candidate[], preferred: BuyerLanguage): ToneFinding[] {
  const length = text.length;
  const better = (a: Candidate, b: Candidate): number =>
    Number(a.code) - Number(b.code) ||
    b.end - b.start - (a.end - a.start) ||
    Number(a.lang !== preferred) - Number(b.lang !== preferred) ||
    a.family - b.family ||
    a.start - b.start;
  const merged = shoutingFirst(mergeWithinCategory(text, candidates, better));
  merged.sort(better);
  const taken = new Uint8Array(length);
  const kept: ToneFinding[] = [];
  for (const c of merged) {
    if (c.start < 0 || c.end > length || c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({
      start: c.start,
      end: c.end,
      category: c.category,
      phrase: c.phrase,
      suggestion: c.suggestion,
      lang: c.lang,
    });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A run of capitals that wholly contains word findings is reported as shouting: putting
 * the words in normal case is the first fix, and the next check names what remains. A
 * threat is never hidden that way, and a word finding reaching outside the run wins.
 */
function shoutingFirst(merged: Candidate[]): Candidate[] {
  const words = merged.filter((c) => !c.code).sort((a, b) => a.start - b.start);
  const dropped = new Set<Candidate>();
  for (const run of merged) {
    if (!run.code) continue;
    const inside: Candidate[] = [];
    let keepRun = true;
    for (const w of words) {
      if (w.start >= run.end) break;
      if (w.end <= run.start) continue;
      if (w.start < run.start || w.end > run.end || w.category === "threat") keepRun = false;
      else inside.push(w);
    }
    if (keepRun) inside.forEach((w) => dropped.add(w));
    else dropped.add(run);
  }
  return merged.filter((c) => !dropped.has(c));
}

function mergeWithinCategory(
  text: string,
  candidates: Candidate[],
  better: (a: Candidate, b: Candidate) => number
): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const open = new Map<string, { best: Candidate; start: number; end: number }>();
  const out: Candidate[] = [];
  const flush = (key: string): void => {
    const group = open.get(key);
    if (!group) return;
    const { best, start, end } = group;
    // The wording takes the capital of the phrase as reported, which may open with another
    // member's word ("Vous devez payer … au plus vite"). Every candidate passes here, once.
    // A code finding's wording is its own: shouting's is the run in normal case, which opens
    // with a capital only where a sentence opens ("we NEED" → "need"), never for its capitals.
    const phrase = text.slice(start, end);
    const suggestion = best.code ? best.suggestion : matchCapital(phrase, best.suggestion);
    out.push({ ...best, start, end, phrase, suggestion });
    open.delete(key);
  };
  for (const c of byStart) {
    // Code findings (shouting) keep their own extent; word findings merge per category.
    const key = c.code ? `code:${c.start}` : c.category;
    const group = open.get(key);
    if (group && c.start < group.end) {
      group.end = Math.max(group.end, c.end);
      if (better(c, group.best) < 0) group.best = c;
    } else {
      flush(key);
      open.set(key, { best: c, start: c.start, end: c.end });
    }
  }
  for (const key of [...open.keys()]) flush(key);
  return out;
}
