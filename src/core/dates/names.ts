/*
 * Month and weekday names as mail clients and people write them. DATA: the tokenizer and
 * the lookup helpers below read these tables; nothing else knows a language.
 *
 * Each list has one string per month (January first) or weekday (Sunday first), its forms
 * separated by "|": full names with their inflected forms (Russian and Polish genitive
 * "ноября" / "listopada", accusative "в пятницу"), and abbreviations. Write forms in lower
 * case, with their accents; lookups fold case and accents ("FÉVR" = "fevr"). Multi-word
 * forms ("تشرين الثاني", "quinta-feira") match with a space, hyphen or apostrophe between.
 *
 * Chinese and Japanese have no month names: they write the number and 月 (11月, 十一月),
 * which the tokenizer reads as a number.
 */

/** The names of one language. */
export interface LanguageNames {
  months: string[];
  /** Abbreviations (a trailing dot after them belongs to the abbreviation). */
  monthsShort: string[];
  /** Sunday first. */
  weekdays: string[];
  /** Abbreviations, and short forms that are also ordinary words ("segunda", "qui"). */
  weekdaysShort: string[];
}

/** Month and weekday names of the mail languages. */
export const NAMES: Record<string, LanguageNames> = {
  en: {
    months:
      "january february march april may june july august september october november december".split(
        " "
      ),
    monthsShort: "jan feb mar apr may jun jul aug sep|sept oct nov dec".split(" "),
    weekdays: "sunday monday tuesday wednesday thursday friday saturday".split(" "),
    weekdaysShort: "sun mon tue|tues wed|weds thu|thur|thurs fri sat".split(" "),
  },
  zh: {
    months: [],
    monthsShort: [],
    weekdays: [
      "星期日|星期天|礼拜日|礼拜天|禮拜日|禮拜天|周日|週日|周天|週天",
      "星期一|礼拜一|禮拜一|周一|週一",
      "星期二|礼拜二|禮拜二|周二|週二",
      "星期三|礼拜三|禮拜三|周三|週三",
      "星期四|礼拜四|禮拜四|周四|週四",
      "星期五|礼拜五|禮拜五|周五|週五",
      "星期六|礼拜六|禮拜六|周六|週六",
    ],
    weekdaysShort: [],
  },
  ja: {
    months: [],
    monthsShort: [],
    weekdays:
      "日曜日|日曜 月曜日|月曜 火曜日|火曜 水曜日|水曜 木曜日|木曜 金曜日|金曜 土曜日|土曜".split(
        " "
      ),
    // The one-character forms of "2026年11月26日(木)".
    weekdaysShort: "日 月 火 水 木 金 土".split(" "),
  },
  es: {
    months:
      "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre".split(
        " "
      ),
    monthsShort: "ene feb mar abr may jun jul ago sep|sept|set oct nov dic".split(" "),
    weekdays: "domingo lunes martes miércoles jueves viernes sábado".split(" "),
    weekdaysShort: "dom lun mar mié jue vie sáb".split(" "),
  },
  fr: {
    months:
      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(
        " "
      ),
    monthsShort: "janv|jan févr|fév mars|mar avr mai juin juil août|aou sept|sep oct nov déc".split(
      " "
    ),
    weekdays: "dimanche lundi mardi mercredi jeudi vendredi samedi".split(" "),
    weekdaysShort: "dim lun mar mer jeu ven sam".split(" "),
  },
  de: {
    months:
      "januar|jänner februar|feber märz|maerz april mai juni juli august september oktober november dezember".split(
        " "
      ),
    monthsShort: "jan|jän feb mär|mrz apr mai jun jul aug sep|sept okt nov dez".split(" "),
    weekdays: "sonntag montag dienstag mittwoch donnerstag freitag samstag|sonnabend".split(" "),
    weekdaysShort: "so mo di mi do fr sa".split(" "),
  },
  pt: {
    months:
      "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(
        " "
      ),
    monthsShort: "jan fev mar abr mai jun jul ago set out nov dez".split(" "),
    weekdays: [
      "domingo",
      "segunda-feira",
      "terça-feira",
      "quarta-feira",
      "quinta-feira",
      "sexta-feira",
      "sábado",
    ],
    // "segunda" … "sexta" alone are also "second" … "sixth": short forms, not full names.
    weekdaysShort: "dom seg|segunda ter|terça qua|quarta qui|quinta sex|sexta sáb".split(" "),
  },
  it: {
    months:
      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(
        " "
      ),
    monthsShort: "gen feb mar apr mag giu lug ago set ott nov dic".split(" "),
    weekdays: "domenica lunedì martedì mercoledì giovedì venerdì sabato".split(" "),
    weekdaysShort: "dom lun mar mer gio ven sab".split(" "),
  },
  ru: {
    months: [
      "января|январь|январе",
      "февраля|февраль|феврале",
      "марта|март|марте",
      "апреля|апрель|апреле",
      "мая|май|мае",
      "июня|июнь|июне",
      "июля|июль|июле",
      "августа|август|августе",
      "сентября|сентябрь|сентябре",
      "октября|октябрь|октябре",
      "ноября|ноябрь|ноябре",
      "декабря|декабрь|декабре",
    ],
    monthsShort: "янв февр|фев мар апр мая|май июн июл авг сент|сен окт нояб|ноя дек".split(" "),
    // Nominative, accusative ("в пятницу") and genitive ("до пятницы").
    weekdays: [
      "воскресенье|воскресенья",
      "понедельник|понедельника",
      "вторник|вторника",
      "среда|среду|среды",
      "четверг|четверга",
      "пятница|пятницу|пятницы",
      "суббота|субботу|субботы",
    ],
    weekdaysShort: "вс пн вт ср чт пт сб".split(" "),
  },
  ar: {
    // Egyptian/Gulf, Levantine/Iraqi, Moroccan and Algerian/Tunisian names.
    months: [
      "يناير|كانون الثاني|جانفي",
      "فبراير|شباط|فيفري",
      "مارس|آذار",
      "أبريل|إبريل|نيسان|أفريل",
      "مايو|أيار|ماي",
      "يونيو|يونيه|حزيران|جوان",
      "يوليو|يوليه|تموز|يوليوز|جويلية",
      "أغسطس|آب|غشت|أوت",
      "سبتمبر|أيلول|شتنبر",
      "أكتوبر|تشرين الأول|تشرين الاول",
      "نوفمبر|تشرين الثاني|نونبر",
      "ديسمبر|كانون الأول|كانون الاول|دجنبر",
    ],
    monthsShort: [],
    weekdays: "الأحد الاثنين|الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split(" "),
    weekdaysShort: "أحد اثنين|إثنين ثلاثاء أربعاء خميس جمعة سبت".split(" "),
  },
  nl: {
    months:
      "januari februari maart april mei juni juli augustus september oktober november december".split(
        " "
      ),
    monthsShort: "jan feb mrt|maa apr mei jun jul aug sep|sept okt nov dec".split(" "),
    weekdays: "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag".split(" "),
    weekdaysShort: "zo ma di wo do vr za".split(" "),
  },
  pl: {
    months: [
      "styczeń|stycznia",
      "luty|lutego",
      "marzec|marca",
      "kwiecień|kwietnia",
      "maj|maja",
      "czerwiec|czerwca",
      "lipiec|lipca",
      "sierpień|sierpnia",
      "wrzesień|września",
      "październik|października",
      "listopad|listopada",
      "grudzień|grudnia",
    ],
    monthsShort: "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(" "),
    weekdays: [
      "niedziela|niedzielę",
      "poniedziałek",
      "wtorek",
      "środa|środę",
      "czwartek",
      "piątek",
      "sobota|sobotę",
    ],
    weekdaysShort: "niedz|nd pon|pn wt śr czw pt sob|sb".split(" "),
  },
  tr: {
    months: "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split(" "),
    monthsShort: "oca şub mar nis may haz tem ağu eyl eki kas ara".split(" "),
    weekdays: "pazar pazartesi salı çarşamba perşembe cuma cumartesi".split(" "),
    weekdaysShort: "paz pzt sal çar per cum cmt".split(" "),
  },
};

/**
 * Forms that are also everyday words in one of the languages ("may", "out", "set", "sie",
 * "среда" = environment, "pazar" = market). In free text they count only with a day and a
 * dot, a year or a capital ("3 May", "26 out. 2026"), never alone.
 */
export const AMBIGUOUS_NAMES =
  "may mar ago set out sie lis lip tem kas haz ara nis eki dez paz среда pazar".split(" ");

const FOLD: Record<string, string> = {
  ł: "l",
  ı: "i",
  ß: "ss",
  ø: "o",
  đ: "d",
  æ: "ae",
  œ: "oe",
  ى: "ي",
  ة: "ه",
  ـ: "",
};

/**
 * Lower case without accents or Arabic vowel marks, and with one apostrophe, for comparing
 * words ("Perşembe" → "persembe", "can’t" → "can't").
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the Unicode work for them.
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łıßøđæœىةـ]/g, (c) => FOLD[c])
    .replace(/[’‘ʼ´]/g, "'");
}

/** A form as a lookup key: folded, separators (space, hyphen, apostrophe, dot) as one space. */
export function keyOf(form: string): string {
  return fold(form)
    .replace(/[\s\-'.]+/g, " ")
    .trim();
}

let monthIndex: Map<string, number> | null = null;
let weekdayIndex: Map<string, number> | null = null;

function index(pick: (n: LanguageNames) => string[][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const names of Object.values(NAMES)) {
    for (const list of pick(names)) {
      list.forEach((forms, i) => {
        for (const form of forms.split("|")) if (!map.has(keyOf(form))) map.set(keyOf(form), i);
      });
    }
  }
  return map;
}

/** The month (1-12) a name stands for in any of the languages ("ноября", "Févr.", "listopada"), or null. */
export function monthFromName(name: string): number | null {
  monthIndex ??= index((n) => [n.months, n.monthsShort]);
  const i = monthIndex.get(keyOf(name));
  return i === undefined ? null : i + 1;
}

/** The weekday (0 = Sunday … 6 = Saturday) a name stands for ("jeudi", "周四", "Do."), or null. */
export function weekdayFromName(name: string): number | null {
  weekdayIndex ??= index((n) => [n.weekdays, n.weekdaysShort]);
  return weekdayIndex.get(keyOf(name)) ?? null;
}
