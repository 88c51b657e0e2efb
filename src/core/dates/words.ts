/*
 * The other words of dates, per language. DATA, read by the tokenizer (tokens.ts): each
 * role lists "form=value" entries separated by "|" (value 0 when left out). A form that
 * ends with "." takes a dot written after it ("г.", "a.m."). Multi-word forms match with a
 * space, hyphen, apostrophe or dot between their words.
 *
 * Roles (what the patterns in find-dates.ts and header-date.ts refer to):
 *   rel       a day relative to the message's day: value = days after it (tomorrow = 1)
 *   mod       next = 1, this = 0, last = -1 ("next Friday", "la semana que viene")
 *   coming    a "next" that, before or after a weekday, means its next occurrence rather
 *             than that weekday of next week ("el próximo viernes", "الجمعة القادمة")
 *   unit      day = 1, week = 7, month = 30, year = 365, business day = 5
 *   count     a number word (two = 2); Arabic duals ("يومين") are a unit with a count
 *   pre/post  an offset word before / after "<count> <unit>": +1 ahead ("in", "后"), -1 back ("ago")
 *   event     a word that counts "<count> <unit>" from an event, not from the message's day:
 *             after it ("within 30 days after B/L", "of receipt") or, in Chinese, before it
 *             ("见提单后7天内"); unless that event is today ("30 days from today", "今天起")
 *   part      early = 1, mid = 2, end = 3 (of a month, a week, a year)
 *   of        filler between the parts of a date ("of", "de", "des")
 *   at        filler before a time in reply headers ("at", "um", "à", "a las", "в")
 *   ampm      am = 0, pm = 12
 *   yr        a word after the year ("2026 г.")
 *   dayword   "day" with a day of the month ("el día 15", "até dia 15", "5 числа")
 *   hsep      the "h" of "10h30"
 *   yearMark, monthMark, dayMark   年, 月, 日/号 of Chinese and Japanese dates
 *   ge, no    Chinese/Japanese measure word (个) and particle (的, の)
 *   none      a phrase that is not a date although its words look like one
 *             ("fin de semana" = weekend, "周末")
 *   compound  one written word that stands for a phrase ("monatsende=ende monat")
 */

/** The roles a word can have in a date. */
export type WordRole =
  | "rel"
  | "mod"
  | "coming"
  | "unit"
  | "count"
  | "pre"
  | "post"
  | "event"
  | "part"
  | "of"
  | "at"
  | "ampm"
  | "yr"
  | "dayword"
  | "hsep"
  | "yearMark"
  | "monthMark"
  | "dayMark"
  | "ge"
  | "no"
  | "none"
  | "compound";

/** Date words per language. */
export const WORDS: Record<string, Partial<Record<WordRole, string>>> = {
  en: {
    rel: "today=0|tonight=0|tomorrow=1|tmrw=1|day after tomorrow=2|yesterday=-1",
    mod: "next=1|coming=1|this=0|last=-1|previous=-1",
    unit: "day=1|days=1|week=7|weeks=7|month=30|months=30|year=365|years=365|business day=5|business days=5|working day=5|working days=5|workdays=5",
    count:
      "a=1|an=1|one=1|two=2|three=3|four=4|five=5|six=6|seven=7|eight=8|nine=9|ten=10|fourteen=14|fifteen=15|thirty=30",
    pre: "in=1|within=1",
    post: "later=1|from now=1|ago=-1",
    event: "after|of|from|following|upon",
    part: "early=1|beginning=1|start=1|mid=2|middle=2|end=3",
    of: "of|the",
    at: "at|on",
    ampm: "am=0|a.m.=0|pm=12|p.m.=12",
    compound: "month end=end month|year end=end year",
  },
  zh: {
    rel: "今天=0|今日=0|明天=1|明日=1|后天=2|後天=2|大后天=3|大後天=3|昨天=-1|前天=-2",
    mod: "下=1|本=0|这=0|這=0|今=0|上=-1",
    unit: "天=1|日=1|周=7|週=7|星期=7|礼拜=7|禮拜=7|月=30|年=365|工作日=5",
    post: "后=1|後=1|以后=1|以後=1|之后=1|之後=1|内=1|內=1|以内=1|以內=1|之内=1|之內=1|前=-1|以前=-1|之前=-1",
    event: "后|後|以后|以後|之后|之後|起",
    part: "初=1|上旬=1|中旬=2|底=3|末=3|下旬=3",
    yearMark: "年",
    monthMark: "月",
    dayMark: "日|号|號",
    ge: "个|個",
    no: "的",
    ampm: "上午=0|早上=0|凌晨=0|下午=12|中午=12|晚上=12|傍晚=12",
    none: "周末|週末",
  },
  ja: {
    rel: "今日=0|明日=1|あした=1|明後日=2|あさって=2|昨日=-1",
    mod: "来=1|來=1|今=0|先=-1",
    unit: "週間=7|ヶ月=30|か月=30|カ月=30|ケ月=30|営業日=5",
    post: "後=1|以内=1|内=1|前=-1",
    part: "初め=1|上旬=1|中旬=2|末=3|下旬=3",
    no: "の",
    ampm: "午前=0|午後=12",
  },
  es: {
    rel: "hoy=0|mañana=1|pasado mañana=2|ayer=-1|anteayer=-2",
    mod: "próximo=1|próxima=1|que viene=1|entrante=1|este=0|esta=0|pasado=-1|pasada=-1",
    coming: "próximo|próxima|que viene|entrante",
    unit: "día=1|días=1|semana=7|semanas=7|mes=30|meses=30|año=365|años=365|día hábil=5|días hábiles=5|días laborables=5",
    count:
      "un=1|una=1|uno=1|dos=2|tres=3|cuatro=4|cinco=5|seis=6|siete=7|ocho=8|nueve=9|diez=10|quince=15|treinta=30",
    pre: "en=1|dentro de=1|hace=-1",
    post: "después=1",
    event: "después de|a partir de|desde|tras",
    part: "principios=1|principio=1|inicios=1|comienzos=1|mediados=2|finales=3|fin=3|final=3",
    of: "de|del|el|la",
    at: "a|las|a las|la",
    ampm: "a.m.=0|p.m.=12",
    dayword: "día",
    none: "fin de semana|fines de semana",
  },
  fr: {
    rel: "aujourd'hui=0|demain=1|après-demain=2|avant-hier=-2",
    mod: "prochain=1|prochaine=1|ce=0|cet=0|cette=0|dernier=-1|dernière=-1",
    unit: "jour=1|jours=1|semaine=7|semaines=7|mois=30|ans=365|année=365|années=365|jours ouvrés=5|jours ouvrables=5",
    count:
      "un=1|une=1|deux=2|trois=3|quatre=4|cinq=5|six=6|sept=7|huit=8|neuf=9|dix=10|quinze=15|trente=30",
    pre: "dans=1|d'ici=1|sous=1|il y a=-1",
    event: "après|à compter de|à partir de|suivant",
    part: "début=1|mi=2|milieu=2|fin=3",
    of: "de|du|des|la|le",
    at: "à",
  },
  de: {
    rel: "heute=0|morgen=1|übermorgen=2|gestern=-1|vorgestern=-2",
    mod: "nächste=1|nächsten=1|nächster=1|nächstes=1|kommende=1|kommenden=1|diese=0|diesen=0|dieser=0|dieses=0|letzte=-1|letzten=-1|vergangene=-1|vergangenen=-1",
    unit: "tag=1|tage=1|tagen=1|woche=7|wochen=7|monat=30|monate=30|monaten=30|monats=30|jahr=365|jahre=365|jahren=365|jahres=365|werktag=5|werktage=5|werktagen=5|arbeitstag=5|arbeitstage=5|arbeitstagen=5",
    count:
      "ein=1|eine=1|einem=1|einer=1|zwei=2|drei=3|vier=4|fünf=5|sechs=6|sieben=7|acht=8|neun=9|zehn=10|vierzehn=14",
    pre: "in=1|innerhalb=1|binnen=1|vor=-1",
    post: "später=1",
    event: "nach|ab",
    part: "anfang=1|mitte=2|ende=3",
    of: "des|der|von|vom",
    at: "um|uhr",
    compound:
      "monatsende=ende monat|monatsanfang=anfang monat|monatsmitte=mitte monat|jahresende=ende jahr",
    none: "wochenende",
  },
  pt: {
    rel: "hoje=0|amanhã=1|depois de amanhã=2|ontem=-1|anteontem=-2",
    mod: "próximo=1|próxima=1|que vem=1|este=0|esta=0|neste=0|nesta=0|esse=0|essa=0|nesse=0|nessa=0|passado=-1|passada=-1",
    unit: "dia=1|dias=1|semana=7|semanas=7|mês=30|meses=30|ano=365|anos=365|dia útil=5|dias úteis=5",
    count:
      "um=1|uma=1|dois=2|duas=2|três=3|quatro=4|cinco=5|seis=6|sete=7|oito=8|nove=9|dez=10|quinze=15|trinta=30",
    pre: "em=1|dentro de=1|daqui a=1",
    post: "depois=1",
    event: "após|depois de|a partir de|a contar de",
    part: "início=1|começo=1|meados=2|fim=3|final=3",
    of: "de|do|da|dos|das",
    at: "às|as|a",
    dayword: "dia",
    none: "fim de semana|fins de semana",
  },
  it: {
    rel: "oggi=0|domani=1|dopodomani=2|ieri=-1",
    mod: "prossimo=1|prossima=1|questo=0|questa=0|scorso=-1|scorsa=-1",
    unit: "giorno=1|giorni=1|settimana=7|settimane=7|mese=30|mesi=30|anno=365|anni=365|giorni lavorativi=5",
    count:
      "uno=1|una=1|due=2|tre=3|quattro=4|cinque=5|sei=6|sette=7|otto=8|nove=9|dieci=10|quindici=15",
    pre: "tra=1|fra=1|entro=1",
    post: "dopo=1|fa=-1",
    part: "inizio=1|metà=2|fine=3",
    of: "di|del|della|dello",
    at: "alle|ore|alle ore",
    none: "fine settimana",
  },
  ru: {
    rel: "сегодня=0|завтра=1|послезавтра=2|вчера=-1|позавчера=-2",
    mod: "следующий=1|следующую=1|следующей=1|следующем=1|следующего=1|следующая=1|будущей=1|будущем=1|этот=0|эту=0|этой=0|этом=0|этого=0|эта=0|прошлый=-1|прошлую=-1|прошлой=-1|прошлом=-1|прошлого=-1",
    unit: "день=1|дня=1|дней=1|неделя=7|неделю=7|недели=7|недель=7|неделе=7|месяц=30|месяца=30|месяцев=30|месяце=30|год=365|года=365|лет=365|рабочий день=5|рабочих дня=5|рабочих дней=5",
    // "через неделю" = in a week: these forms say "one" by themselves.
    count:
      "день=1|неделю=1|месяц=1|один=1|одну=1|одного=1|два=2|две=2|двух=2|три=3|трех=3|четыре=4|четырех=4|пять=5|пяти=5|шесть=6|семь=7|восемь=8|девять=9|десять=10|десяти=10",
    pre: "через=1|в течение=1",
    post: "спустя=1|назад=-1",
    event: "после|с момента|с даты|от даты",
    part: "начале=1|начала=1|начало=1|середине=2|конце=3|конца=3|концу=3|конец=3",
    at: "в|во",
    yr: "г.|года|году|год",
    dayword: "числа|число",
  },
  ar: {
    rel: "اليوم=0|غدا=1|غد=1|بكرة=1|بعد غد=2|أمس=-1|البارحة=-1",
    mod: "القادم=1|القادمة=1|المقبل=1|المقبلة=1|الجاي=1|هذا=0|هذه=0|الحالي=0|الماضي=-1|الماضية=-1",
    coming: "القادم|القادمة|المقبل|المقبلة|الجاي",
    unit: "يوم=1|أيام=1|يومين=1|أسبوع=7|الأسبوع=7|أسابيع=7|أسبوعين=7|شهر=30|الشهر=30|أشهر=30|شهور=30|شهرين=30|سنة=365|السنة=365|عام=365|العام=365|يوم عمل=5|أيام عمل=5",
    // Duals ("يومين" = two days) and the singulars of "خلال أسبوع" carry their own count.
    count:
      "أسبوع=1|شهر=1|يومين=2|أسبوعين=2|شهرين=2|واحد=1|اثنين=2|ثلاثة=3|ثلاث=3|أربعة=4|خمسة=5|ستة=6|سبعة=7|ثمانية=8|تسعة=9|عشرة=10",
    pre: "خلال=1|بعد=1|في غضون=1|في خلال=1|منذ=-1",
    post: "من الآن=1",
    event: "من تاريخ|بعد|من",
    part: "بداية=1|أوائل=1|أول=1|مطلع=1|منتصف=2|أواسط=2|نهاية=3|أواخر=3|آخر=3",
    of: "من|الموافق",
    at: "في|الساعة",
    ampm: "ص=0|صباحا=0|م=12|مساء=12",
  },
  nl: {
    rel: "vandaag=0|morgen=1|overmorgen=2|gisteren=-1",
    mod: "volgende=1|komende=1|deze=0|dit=0|vorige=-1|afgelopen=-1",
    unit: "dag=1|dagen=1|week=7|weken=7|maand=30|maanden=30|jaar=365|werkdag=5|werkdagen=5",
    count: "een=1|twee=2|drie=3|vier=4|vijf=5|zes=6|zeven=7|acht=8|negen=9|tien=10",
    pre: "binnen=1|over=1",
    post: "geleden=-1|later=1",
    part: "begin=1|half=2|midden=2|eind=3|einde=3",
    of: "van|het",
    at: "om",
  },
  pl: {
    rel: "dzisiaj=0|dziś=0|jutro=1|pojutrze=2|wczoraj=-1",
    mod: "następny=1|następnym=1|następną=1|następnej=1|przyszły=1|przyszłym=1|przyszłą=1|przyszłej=1|ten=0|tym=0|tę=0|tej=0|zeszły=-1|zeszłym=-1|ubiegły=-1|ubiegłym=-1",
    unit: "dzień=1|dni=1|dnia=1|tydzień=7|tygodnie=7|tygodni=7|tygodniu=7|miesiąc=30|miesiące=30|miesięcy=30|miesiąca=30|miesiącu=30|dni roboczych=5",
    count:
      "tydzień=1|miesiąc=1|jeden=1|dwa=2|dwóch=2|trzy=3|cztery=4|pięć=5|sześć=6|siedem=7|osiem=8|dziewięć=9|dziesięć=10",
    pre: "za=1|w ciągu=1",
    post: "temu=-1",
    yr: "r.|roku",
    part: "początku=1|początek=1|połowie=2|połowy=2|koniec=3|końca=3|końcu=3",
    at: "o",
  },
  tr: {
    rel: "bugün=0|yarın=1|öbür gün=2|dün=-1",
    mod: "gelecek=1|önümüzdeki=1|bu=0|geçen=-1",
    unit: "gün=1|hafta=7|ay=30|yıl=365|iş günü=5",
    count: "bir=1|iki=2|üç=3|dört=4|beş=5|altı=6|yedi=7|sekiz=8|dokuz=9",
    post: "içinde=1|sonra=1|önce=-1",
    part: "başı=1|başında=1|ortası=2|ortasında=2|sonu=3|sonunda=3",
    at: "saat",
  },
  // Written the same way in every language.
  any: {
    hsep: "h",
  },
};

/**
 * Words that stop a relative-day word from counting when they come just before it:
 * "mañana" after "la" is "the morning", "Morgen" after "guten" is "morning".
 */
export const NOT_AFTER: Record<string, string> = {
  mañana: "la|esta|cada|toda|una|media|por",
  morgen: "guten|goede|heute|gestern|jeden|diesen|einen|schönen|am|deze|van",
};

/** Letters written right after a day number to make it an ordinal ("6th", "1er", "6-го", "1º"). */
export const ORDINAL_SUFFIXES = "st nd rd th er re e eme ème ère º ª ste de го е ое ого".split(" ");

/** Letters written right after a year ("2026г", "2026م"). */
export const YEAR_SUFFIXES = ["г", "م"];

/**
 * Time zones a mail header may name, as minutes east of UTC: RFC 5322's own and the
 * common abbreviations. "utc", "gmt" and "ut" may carry an offset ("GMT+8").
 */
export const ZONES =
  "ut=0|utc=0|gmt=0|est=-300|edt=-240|cst=-360|cdt=-300|mst=-420|mdt=-360|pst=-480|pdt=-420|wet=0|west=60|bst=60|cet=60|cest=120|met=60|mest=120|mez=60|mesz=120|eet=120|eest=180|msk=180|jst=540|kst=540|hkt=480|sgt=480|aest=600|aedt=660";
