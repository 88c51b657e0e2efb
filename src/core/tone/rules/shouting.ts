import type { BuyerLanguage } from "../../text/language";
import type { CodeFamily, RawFinding } from "../rule";
import { isValediction } from "../../thread/split/matchers";
import { SIGNOFF_LINES } from "../../thread/split/signature";

/*
 * Shouting: several words in capitals, and runs of "!!" / "??" / "?!" (also "！！" and "؟؟").
 * This family is a small code rule rather than patterns, because it is about letter case
 * and punctuation, not words. Trade mail is full of capitals that are not shouting:
 * acronyms and codes (PI, T/T, USD, FOB, SR-2611-045), company names and bank names in
 * capitals ("SHANGHAI BRIGHT TEXTILE CO., LTD"). So a run of capitals counts only when it
 * holds at least two capitalised words that are not codes, and one of them is a word of a
 * sentence (a pronoun, a verb, "please", "now", "urgent"), which names and addresses lack.
 * A single word in capitals inside an ordinary sentence is shouting too when it is a word
 * of urgency or blame ("the balance is OVERDUE", "we NEED it", "URGENT" in a Chinese line),
 * but not as a heading or label ("URGENT: please check", a line all in capitals), unless
 * it heads a Chinese or Arabic sentence ("URGENT: الفاتورة …"), where the switch of script is
 * the shout. Repetition and negation count as such words ("asked MANY TIMES", "NICHT").
 * The suggestion is the same words in normal case, or a single mark.
 */

// Capitalised tokens that are codes, not shouting: trade terms, currencies, documents,
// company forms, units, countries, mail prefixes.
const CODES = new Set(
  (
    "PI PO CI PL TT TTS LC DP DA CAD BL HBL MBL AWB USD EUR RMB CNY GBP JPY HKD AUD CAD CHF AED SAR RUB BRL MXN INR " +
    "FOB CIF CFR CNF EXW DDP DAP DPU FCA FAS CPT CIP MOQ QC QA QTY PCS PC CTN CTNS KG KGS MT CBM GW NW FCL LCL TEU GP HQ " +
    "DHL UPS FEDEX TNT EMS SF ETA ETD ATA ATD HS VAT GST IVA TVA MWST UST NDS НДС ИНН КПП БИК ООО ОАО ЗАО ПАО ИП РФ " +
    "CO LTD LLC INC CORP PLC GMBH AG KG OHG SA SAS SARL SL SLU SRL SPA BV NV LTDA EIRELI ME EPP OY AB AS SE " +
    "OEM ODM SKU EAN UPC ISO CE ROHS SGS BV TUV UL FDA GMP COA COO MSDS SDS PDF XLS DOC JPG ID IBAN SWIFT BIC ACH SEPA " +
    "CNPJ CPF NIF NIE RUC RFC CIF VAT UAE USA UK EU PRC HK CN DE FR ES BR RU AR PT MX CL CO PE KSA UAE " +
    "AM PM OK PS NB RE FW FWD AW WG TR RV ATTN ATT CC BCC MR MRS MS DR SR SRA SRTA ST RD NO NR NUM REF INV " +
    "ASAP FYI FYR TBD TBC NA CEO CFO COO CTO GM VP HR IT PR EOD COB EOM RFQ POD POL SOP KPI ERP CRM API"
  ).split(/\s+/)
);

// Codes that are also short words ("MERCI DE RÉGLER", "EFETUE O PAGAMENTO"): inside a shouted run
// they are written in lower case like the words around them.
const WORD_CODES = new Set("A O E Y À É DE ES NO IT ME AS AM SE DA DO AR".split(" "));

// Words of a sentence, in lower case without accents: a capitalised run holding one of them
// is shouting, not a name.
const SENTENCE_WORDS = new Set(
  // English
  (
    "you your yours we our us i'm i'll i've me my must please pay paid now not don't do does did didn't is are was were " +
    "will won't have has haven't hasn't need why when where immediately today urgent urgently still again never stop " +
    "any more money send transfer final warning last overdue this that be can't cannot what how waiting reply answer " +
    // Spanish
    "usted ustedes su sus nosotros nuestro pague paguen pagar ahora ya hoy inmediatamente urgente debe deben por favor " +
    "es esta que mas nunca todavia aun " +
    // French
    "vous votre vos nous notre payez reglez maintenant aujourd'hui immediatement devez pas ne est sont encore toujours jamais " +
    // German
    "sie ihre ihr ihnen wir unser bitte zahlen sofort jetzt heute dringend mussen nicht keine ist sind noch immer " +
    // Portuguese
    "voce voces seu sua nos nosso agora hoje imediatamente deve devem nao ainda " +
    // Russian
    "вы вас вам ваш ваша мы нам немедленно срочно оплатите сейчас сегодня не должны пожалуиста когда почему где уже еще " +
    "просим прошу оплатить оплату оплата счет деньги долг перевод ждем жду требуем нужно " +
    // Requests in the imperative, and how soon: a line of them is a sentence, never a name or
    // a heading ("KINDLY SETTLE THE INVOICE", "RÉGLER LA FACTURE", "ПРИШЛИТЕ ПЛАТЁЖКУ").
    // Payment nouns and articles stay out: headings and bank names are made of them
    // ("PAYMENT REMINDER", "THE BANK OF NEW YORK MELLON").
    "kindly settle arrange confirm check remit make let advise inform release complete tell provide quickly " +
    "realice realicen efectue efectuen envie envien confirme confirmen transfiera hagan rapido rapidamente " +
    "regler reglez effectuer effectuez envoyer envoyez confirmer confirmez veuillez virer virez procedez " +
    "bezahlen uberweisen begleichen bestatigen schicken senden veranlassen " +
    "realize realizem efetue efetuem enviem transfira facam " +
    "пришлите вышлите отправьте переведите подтвердите произведите погасите сообщите направьте"
  ).split(/\s+/)
);

/*
 * A firm's or bank's name in capitals may hold one word of a sentence ("WE CARE TRADING
 * CO., LTD", "PAY LESS SUPERMARKETS LLC", "NOW FOODS INC") but seldom two, so a run with
 * at most one is a name when a company form follows it or opens it (ООО «НАШ ДОМ»), or
 * when it holds a word that names a firm or a bank. "PLEASE PAY SUNRISE CO., LTD" is still
 * shouting. Forms that are also words ("AS", "SE", "SA", "ME") are left out.
 */
const FORMS_AFTER = (
  "co ltd llc inc corp plc gmbh ag sarl sas srl ltda eireli " +
  "s.a. s.l. s.r.l. s.p.a. s.a.s. b.v. n.v."
).split(" ");
const FORMS_BEFORE = "ООО ОАО ЗАО ПАО АО ИП SARL SAS".split(" ");
const NAME_WORDS = new Set(
  (
    "limited company corporation incorporated " + "bank banco banque banca sparkasse банк branch"
  ).split(" ")
);
const formSource = (forms: readonly string[]): string =>
  forms.map((f) => f.replace(/\./g, "\\.\\s?")).join("|");
// Case-blind after the name ("WE CARE TRADING Co., Ltd."); a comma or "&" may come between.
const FORM_AFTER = new RegExp(
  `^[ \\t\\u00a0,&]*(?:${formSource(FORMS_AFTER)})(?![\\p{L}\\p{N}])`,
  "iu"
);
const FORM_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${formSource(FORMS_BEFORE)})[ \\t\\u00a0«»"“”„']*$`,
  "u"
);

function isName(
  text: string,
  caps: readonly { start: number; end: number; word: string }[]
): boolean {
  const words = caps.map((c) => plain(c.word));
  if (words.filter((w) => SENTENCE_WORDS.has(w)).length > 1) return false;
  const start = caps[0].start;
  const end = caps[caps.length - 1].end;
  return (
    words.some((w) => NAME_WORDS.has(w)) ||
    FORM_AFTER.test(text.slice(end, end + 24)) ||
    FORM_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/*
 * Lines in capitals under a sign-off ("Best regards,", "Mit freundlichen Grüßen", "此致") are
 * a signature: the rep's name, the company, an address. A sign-off is what the thread
 * splitter takes for one (isValediction), and the signature may run as far below it.
 */
/** Whether the run at `start` is on a line of capitals of its own, under a sign-off. */
function inSignature(text: string, start: number, lineAt: LineAt): boolean {
  const line = lineAt(start);
  if (line.lower > 0 || line.uncased > 0) return false;
  let end = text.lastIndexOf("\n", start - 1);
  for (let n = 0; n < SIGNOFF_LINES && end >= 0; n++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    if (isValediction(text.slice(from, end))) return true;
    end = from - 1;
  }
  return false;
}

// Words of urgency, lateness or blame, in lower case without accents: one of them in
// capitals inside a sentence of ordinary letters is shouting on its own.
const EMPHASIS_WORDS = new Set(
  // English
  (
    "urgent urgently overdue late now today immediately need needed must pay never not still again " +
    "final last stop why unacceptable unpaid seriously really money tonight " +
    // Spanish
    "urgente urgentemente vencida vencido vencidas vencidos atrasado atrasada atrasados retrasado retrasada " +
    "ahora hoy inmediatamente nunca necesitamos necesito pague paguen debe deben todavia aun ultimo ultima " +
    "inaceptable ya " +
    // French
    "retard impaye impayee impayes impayees echu echue echues immediatement aujourd'hui maintenant jamais " +
    "payez reglez devez toujours encore inacceptable dernier derniere " +
    // German
    "dringend uberfallig sofort heute jetzt zahlen nie niemals mussen muss endlich unverzuglich uberweisen " +
    "inakzeptabel letzte letzter uberfallige " +
    // Portuguese
    "vencida vencido atrasado atrasada agora hoje imediatamente precisamos preciso paguem ainda " +
    "inaceitavel urgentes " +
    // Russian
    "срочно срочная срочный срочное просрочен просрочена просрочено просроченныи просроченная просрочка " +
    "немедленно сегодня сейчас оплатите никогда должны обязаны недопустимо последнее последнии " +
    // Words of an amount left unpaid ("continua EM ABERTO", "sigue SIN PAGAR")
    "unpaid outstanding pending open aberto aberta pendente pendentes abierto abierta pendiente pendientes " +
    "impagada impagado offen offene ausstehend unbezahlt неоплачен неоплачено неоплачена открыт " +
    // Counts of reminders, months and times ("THREE MONTHS late", "FIVE reminders", "the THIRD")
    "two three four five six seven eight nine ten twelve twenty thirty sixty ninety hundred " +
    "second third fourth fifth times months weeks full entire please " +
    "tres cuatro cinco seis siete ocho nueve diez veces meses semanas tercera tercer cuarta cuarto " +
    "deux trois quatre cinq sept huit neuf dix fois mois semaines troisieme quatrieme " +
    "zwei drei vier funf sechs sieben acht neun zehn monate monaten wochen dritte vierte keine kein " +
    "dois duas quatro sete oito nove dez vezes terceiro terceira quarto quarta " +
    "два две три четыре пять шесть семь восемь девять десять раз раза месяца месяцев недели недель " +
    "третии третье третья " +
    // Repetition and negation: how often we asked, that nothing came ("asked MANY TIMES",
    // "MEHRFACH", "is still NOT received", "ЕЩЁ НЕ")
    "many several multiple repeatedly twice numerous countless always already nothing nobody zero " +
    "varias varios muchas muchos repetidas reiteradamente siempre nada nadie " +
    "plusieurs maintes souvent toujours deja rien personne pas " +
    "mehrfach mehrmals oft wiederholt erneut nicht nichts niemand immer bereits schon " +
    "varias muitas muitos repetidas sempre nada ninguem nao nunca " +
    "несколько многократно неоднократно много снова опять еще уже ничего никто нет не ни"
  ).split(/\s+/)
);

// Month names (lower case, unaccented): a month in capitals inside a sentence stresses how long
// ago a payment fell due ("due in MARCH, not June"). Not next to a number, as in a date
// written in capitals ("ETD 15 MARCH 2024"). English "may" is left out: it is also a verb.
const MONTHS = new Set(
  (
    "january february march april june july august september october november december " +
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "januar februar marz juni juli oktober dezember " +
    "janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro"
  ).split(/\s+/)
);
const MONTH_RU =
  /^(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])$/u;

function isMonth(text: string, start: number, end: number, word: string): boolean {
  if (!MONTHS.has(word) && !MONTH_RU.test(word)) return false;
  return !/\p{N}/u.test(text.slice(Math.max(0, start - 4), start) + text.slice(end, end + 4));
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-/.&][\p{L}\p{N}]+)*/gu;
// Also a spaced run of three or more ("! ! !", "؟ ؟ ؟").
const PUNCT_RUN = /[!?¡¿！？؟‼⁉❗❕❓❔]{2,}|[!?！？؟](?:[ \t][!?！？؟]){2,8}|[‼⁉]/gu;
const QUESTION = /[?¿？؟⁉❓❔]/u;
const SENTENCE_END = /[.!?。！？\n]/u;
// Marks after a word that make it a heading or label ("URGENT: …", "OVERDUE - INV-22").
const LABEL_AFTER = /^[ \t]*[:：\-–—|]/u;

type TokenClass = "caps" | "code" | "other";

function classify(token: string): TokenClass {
  if (/\p{Ll}/u.test(token)) return "other";
  const letters = token.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return /\p{N}/u.test(token) ? "code" : "other";
  if (!/\p{Lu}/u.test(token)) return "other"; // a script without case
  if (letters.length < 2 || /[\p{N}/&]/u.test(token) || CODES.has(token.replace(/[.']/g, "")))
    return "code";
  return "caps";
}

function plain(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'");
}

function languageOfRun(run: string, hint: BuyerLanguage): BuyerLanguage {
  if (/\p{sc=Cyrillic}/u.test(run)) return "ru";
  return hint === "zh" || hint === "ar" || hint === "ru" ? "en" : hint;
}

/*
 * German writes nouns and the polite "Sie" with a capital. Nouns are known by their common
 * endings ("Zahlung", "Rechnung", "Möglichkeit") or from a list of the nouns of payment mail;
 * a noun missed here is written in lower case, which still reads better than capitals.
 */
const GERMAN_NOUNS =
  "geld|betrag|summe|rest|restbetrag|ware|waren|auftrag|vertrag|frist|konto|bank|preis|termin|" +
  "tag|tage|tagen|woche|wochen|monat|monate|monaten|euro|dollar|mail|e-mail|antwort|nachricht|zeit|" +
  "beleg|nachweis|proforma|angebot|schiff|container|fabrik|werk|kunde|kunden|geduld|problem";
const GERMAN_CAPITALISED = new RegExp(
  `^(?:sie|ihnen|ihre?[mnrs]?|${GERMAN_NOUNS}|\\p{L}+(?:ung|ungen|heit|keit|schaft|tion|tät|nis|ment))$`,
  "u"
);

// The run in normal case: codes keep their capitals, a sentence start keeps its capital.
// (A fresh token regex below: TOKEN is mid-scan in capitalRuns, and replace() resets it.)
function normalCase(text: string, start: number, end: number, lang: BuyerLanguage): string {
  let out = text
    .slice(start, end)
    .replace(new RegExp(TOKEN.source, "gu"), (t) =>
      classify(t) === "caps" || WORD_CODES.has(t) ? t.toLowerCase() : t
    );
  if (lang === "en") out = out.replace(/(?<![\p{L}])i(?=['’](m|ll|ve|d)(?![\p{L}]))/gu, "I");
  if (lang === "de")
    out = out.replace(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu, (w) =>
      GERMAN_CAPITALISED.test(w) ? w[0].toUpperCase() + w.slice(1) : w
    );
  let before = start - 1;
  while (before >= 0 && /[ \t\u00a0]/.test(text[before])) before--;
  const opensSentence =
    before < 0 || SENTENCE_END.test(text[before]) || /[:"“«(]/.test(text[before]);
  if (opensSentence) out = out.replace(/\p{L}/u, (c) => c.toUpperCase());
  return out;
}

/**
 * Whether capitals at [start, end) sit inside an ordinary sentence: the line holds letters
 * that are not capitals (lower case, or a script without case), and no colon or dash
 * follows the run as after a heading or label.
 */
function inProse(text: string, start: number, end: number, lineAt: LineAt): boolean {
  // The rest of the line holds what the line holds beyond what the run holds.
  const line = lineAt(start);
  const run = lettersIn(text.slice(start, end));
  const lower = line.lower > run.lower;
  const uncased = line.uncased > run.uncased;
  // Latin capitals heading a Chinese or Arabic sentence ("URGENT: الفاتورة …") are not a
  // label of the mail: the writer switched script to raise the voice.
  if (LABEL_AFTER.test(text.slice(end, end + 8)))
    return uncased && !lower && /\p{sc=Latin}/u.test(text.slice(start, end));
  return lower || uncased;
}

/** How much of a text is lower-case letters, and letters of a script without case (UTF-16 units). */
interface Letters {
  lower: number;
  uncased: number;
}

function lettersIn(text: string): Letters {
  return {
    lower: text.length - text.replace(/\p{Ll}/gu, "").length,
    uncased: text.length - text.replace(/\p{Lo}/gu, "").length,
  };
}

/** The letters of the line an offset is on. */
type LineAt = (at: number) => Letters;

/**
 * Lines counted once each, as capital runs ask for them in order: a line a megabyte long
 * with thousands of runs is read once, not once per run.
 */
function lineCounter(text: string): LineAt {
  let line: (Letters & { start: number; end: number }) | null = null;
  return (at) => {
    if (line && at >= line.start && at <= line.end) return line;
    const start = text.lastIndexOf("\n", at - 1) + 1;
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    line = { start, end, ...lettersIn(text.slice(start, end)) };
    return line;
  };
}

function capitalRuns(text: string, hint: BuyerLanguage): RawFinding[] {
  const found: RawFinding[] = [];
  let caps: { start: number; end: number; word: string }[] = [];
  // A one-letter capital ("I", "A") just before the run belongs to it: "I NEED THE MONEY".
  let lead = -1;
  let lastEnd = -1;
  const lineAt = lineCounter(text);
  const close = (): void => {
    const sentence = caps.length >= 2 && caps.some((c) => SENTENCE_WORDS.has(plain(c.word)));
    const emphasis =
      caps.length > 0 &&
      caps.some(
        (c) => EMPHASIS_WORDS.has(plain(c.word)) || isMonth(text, c.start, c.end, plain(c.word))
      ) &&
      inProse(text, caps[0].start, caps[caps.length - 1].end, lineAt);
    // Names and signatures are checked last: most runs are neither sentence nor emphasis.
    if (
      (sentence || emphasis) &&
      !isName(text, caps) &&
      !inSignature(text, caps[0].start, lineAt)
    ) {
      const start = lead >= 0 ? lead : caps[0].start;
      const end = caps[caps.length - 1].end;
      const lang = languageOfRun(text.slice(start, end), hint);
      found.push({ start, end, lang, suggestion: normalCase(text, start, end, lang) });
    }
    caps = [];
    lead = -1;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = classify(m[0]);
    // A line break or a sentence end between two tokens ends a run.
    if (lastEnd >= 0 && SENTENCE_END.test(text.slice(lastEnd, m.index))) close();
    if (kind === "other") close();
    else if (kind === "caps") caps.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    else if (caps.length === 0) lead = /^\p{Lu}$/u.test(m[0]) ? m.index : -1;
    lastEnd = m.index + m[0].length;
  }
  close();
  return found;
}

function punctuationRuns(text: string, hint: BuyerLanguage): RawFinding[] {
  const found: RawFinding[] = [];
  PUNCT_RUN.lastIndex = 0;
  for (let m = PUNCT_RUN.exec(text); m; m = PUNCT_RUN.exec(text)) {
    const run = m[0];
    const lang: BuyerLanguage = /[！？]/u.test(run) ? "zh" : run.includes("؟") ? "ar" : hint;
    const mark = run.split("").find((c) => QUESTION.test(c)) ?? run[0];
    // Emoji and double marks become their plain mark.
    const suggestion = /[⁉❓❔]/u.test(mark) ? "?" : /[‼❗❕]/u.test(mark) ? "!" : mark;
    found.push({ start: m.index, end: m.index + run.length, lang, suggestion });
  }
  return found;
}

export const shouting: CodeFamily = {
  kind: "code",
  category: "shouting",
  find(text: string, lang: BuyerLanguage): RawFinding[] {
    return [...capitalRuns(text, lang), ...punctuationRuns(text, lang)];
  },
};
