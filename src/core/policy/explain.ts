import type { CalendarDate } from "../dates";
import type { Decision, Why } from "./types";
import { dateTimeFormat, displayNames } from "../text/intl";

/** The languages of Kindly's own words (the pane, the card, the send-time warning). */
export type UiLanguage = "en" | "zh-CN" | "zh-TW";

/** One UI language's sentences for the decision, as small templates: {name} slots filled by explain(). */
interface Words {
  noChase: string;
  respond: string;
  holdAfterPromise: string;
  autoReturn: string;
  autoNoDate: string;
  promise: string;
  chasedOn: string;
  chasedTimes: string;
  /** Some unanswered chases have no date the thread shows; the last one has ({last}), or not ({from}). */
  chasedUndated: string;
  chasedUndatedLast: string;
  /** We chased, but no message of the thread has a usable date. */
  undatedOnly: string;
  waits: string;
  middleman: string;
  competitor: string;
  okNow: string;
  holidays: string;
  /** The buyer's country is known, but the holiday data has none for it. */
  countryWeekend: string;
  weekendOnly: string;
  list: (days: string[]) => string;
  one: string;
  /** "once", "twice", "3 times": how often the rep chased. */
  times: (k: number) => string;
  /** Which of the rep's `k` chases have no date: "date unknown", "one date unknown", "2 dates unknown". */
  unknown: (count: number, k: number) => string;
}

const WORDS: Record<UiLanguage, Words> = {
  en: {
    noChase: "You have not chased this payment yet.",
    respond: "The buyer wrote last, on {on}: answering them is not chasing.",
    holdAfterPromise:
      "The buyer promised payment on {promised} (in their message of {on}); Kindly waits {after} after that.",
    autoReturn:
      "An automatic reply on {on} says they are back on {back}; Kindly waits {after} after that.",
    autoNoDate: "An automatic reply came on {on} without a return date; Kindly waits {hold}.",
    promise:
      "The buyer promised payment on {promised} (in their message of {on}); Kindly waits {after} after that.",
    chasedOn: "You chased on {days} with no reply",
    chasedTimes: "You chased {k} times with no reply, last on {last}",
    chasedUndated: "You chased {times} with no reply ({unknown}), last on {last}",
    chasedUndatedLast:
      "You chased {times} with no reply ({unknown}); Kindly counts from {from}, the latest day the thread allows",
    undatedOnly:
      "You chased {times} ({unknown}) and no message in this thread has a date Kindly can read, so it cannot count a wait: you can chase now.",
    waits: "after {count} Kindly waits {gap}",
    middleman: " (at least {gap}: a buyer waiting on his own customer is chased rarely)",
    competitor: " (at most {gap}: with a competitor in play, follow up on every front)",
    okNow: "so you can chase now",
    holidays: "{country} weekend and holidays counted",
    countryWeekend: "{country} weekend counted (Kindly knows no public holidays there)",
    weekendOnly: "weekends counted (country unknown)",
    list: (days) =>
      days.length < 2
        ? days.join("")
        : `${days.slice(0, -1).join(", ")} and ${days[days.length - 1]}`,
    one: "1 business day",
    times: (k) => (k === 1 ? "once" : k === 2 ? "twice" : `${k} times`),
    unknown: (count, k) =>
      count === k
        ? count === 1
          ? "date unknown"
          : "dates unknown"
        : count === 1
          ? "one date unknown"
          : `${count} dates unknown`,
  },
  "zh-CN": {
    noChase: "您还没有催过这笔款。",
    respond: "买家最后于 {on} 来信：回复买家不算催款。",
    holdAfterPromise: "买家在 {on} 的来信中承诺 {promised} 付款；Kindly 在此之后再等 {after}。",
    autoReturn: "{on} 的自动回复说对方 {back} 回来；Kindly 在此之后再等 {after}。",
    autoNoDate: "{on} 收到自动回复，未注明返回日期；Kindly 等 {hold}。",
    promise: "买家在 {on} 的来信中承诺 {promised} 付款；Kindly 在此之后再等 {after}。",
    chasedOn: "您于 {days} 催过款，买家未回复",
    chasedTimes: "您已催款 {k} 次，买家未回复，最近一次在 {last}",
    chasedUndated: "您已催款 {times}，买家未回复（{unknown}），最近一次在 {last}",
    chasedUndatedLast:
      "您已催款 {times}，买家未回复（{unknown}）；Kindly 从 {from} 算起，即邮件所能确定的最晚日期",
    undatedOnly:
      "您已催款 {times}（{unknown}），但此邮件往来中没有 Kindly 能读出的日期，无法计算等待天数：现在可以催款。",
    waits: "{count}后 Kindly 等 {gap}",
    middleman: "（至少 {gap}：买家在等他自己的客户付款，少催为宜）",
    competitor: "（最多 {gap}：有竞争对手介入，要多方跟进）",
    okNow: "现在可以催款",
    holidays: "已计入{country}的周末和节假日",
    countryWeekend: "已计入{country}的周末（Kindly 没有该国的节假日资料）",
    weekendOnly: "已计入周末（国家未知）",
    list: (days) => days.join("、"),
    one: "1 个工作日",
    times: (k) => `${k} 次`,
    unknown: (count, k) => (count === k ? "日期不明" : `其中 ${count} 次日期不明`),
  },
  "zh-TW": {
    noChase: "您還沒有催過這筆款。",
    respond: "買家最後於 {on} 來信：回覆買家不算催款。",
    holdAfterPromise: "買家在 {on} 的來信中承諾 {promised} 付款；Kindly 在此之後再等 {after}。",
    autoReturn: "{on} 的自動回覆說對方 {back} 回來；Kindly 在此之後再等 {after}。",
    autoNoDate: "{on} 收到自動回覆，未註明返回日期；Kindly 等 {hold}。",
    promise: "買家在 {on} 的來信中承諾 {promised} 付款；Kindly 在此之後再等 {after}。",
    chasedOn: "您於 {days} 催過款，買家未回覆",
    chasedTimes: "您已催款 {k} 次，買家未回覆，最近一次在 {last}",
    chasedUndated: "您已催款 {times}，買家未回覆（{unknown}），最近一次在 {last}",
    chasedUndatedLast:
      "您已催款 {times}，買家未回覆（{unknown}）；Kindly 從 {from} 算起，即郵件所能確定的最晚日期",
    undatedOnly:
      "您已催款 {times}（{unknown}），但此郵件往來中沒有 Kindly 能讀出的日期，無法計算等待天數：現在可以催款。",
    waits: "{count}後 Kindly 等 {gap}",
    middleman: "（至少 {gap}：買家在等他自己的客戶付款，少催為宜）",
    competitor: "（最多 {gap}：有競爭對手介入，要多方跟進）",
    okNow: "現在可以催款",
    holidays: "已計入{country}的週末和假日",
    countryWeekend: "已計入{country}的週末（Kindly 沒有該國的假日資料）",
    weekendOnly: "已計入週末（國家未知）",
    list: (days) => days.join("、"),
    one: "1 個工作日",
    times: (k) => `${k} 次`,
    unknown: (count, k) => (count === k ? "日期不明" : `其中 ${count} 次日期不明`),
  },
};

const LOCALE: Record<UiLanguage, string> = { en: "en-GB", "zh-CN": "zh-CN", "zh-TW": "zh-TW" };

/** The BCP 47 locale Kindly formats a UI language's dates and names in. */
export function uiLocale(lang: UiLanguage): string {
  return LOCALE[lang];
}

/** A calendar day as the UI language writes it with its weekday: "Mon 23 Nov", "11月23日周一". */
export function formatDay(date: CalendarDate, lang: UiLanguage): string {
  const d = new Date(`${date}T12:00:00Z`);
  const f = (o: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(LOCALE[lang], { timeZone: "UTC", ...o }).format(d);
  if (lang === "en") return `${f({ weekday: "short" })} ${f({ day: "numeric", month: "short" })}`;
  return `${f({ month: "long", day: "numeric" })}（${f({ weekday: "short" })}）`;
}

/** "5 business days", "5 个工作日". */
function businessDays(n: number, lang: UiLanguage): string {
  if (n === 1) return WORDS[lang].one;
  return lang === "en"
    ? `${n} business days`
    : lang === "zh-CN"
      ? `${n} 个工作日`
      : `${n} 個工作日`;
}

function unanswered(k: number, lang: UiLanguage): string {
  if (lang === "en") return k === 1 ? "1 unanswered chase" : `${k} unanswered chases`;
  return lang === "zh-CN" ? `${k} 次未获回复的催款` : `${k} 次未獲回覆的催款`;
}

/** The country's name in the UI language (Intl knows them all), else its code. */
export function countryName(code: string, lang: UiLanguage): string {
  try {
    return displayNames(LOCALE[lang], "region").of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Germany's", "United Arab Emirates'"; other languages' templates carry their own grammar. */
function possessive(name: string, lang: UiLanguage): string {
  if (lang !== "en") return name;
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  );
}

/** When the rep chased since the buyer's last reply: the days, or how many times and the last. */
function chasedSince(why: Extract<Why, { rule: "gap" }>, lang: UiLanguage): string {
  const w = WORDS[lang];
  const day = (d: CalendarDate) => formatDay(d, lang);
  const last = why.chases[why.chases.length - 1];
  if (why.undated) {
    const { count, from } = why.undated;
    const counted = { times: w.times(why.k), unknown: w.unknown(count, why.k) };
    return from
      ? fill(w.chasedUndatedLast, { ...counted, from: day(from) })
      : fill(w.chasedUndated, { ...counted, last: day(last) });
  }
  return why.chases.length <= 3
    ? fill(w.chasedOn, { days: w.list(why.chases.map(day)) })
    : fill(w.chasedTimes, { k: why.k, last: day(last) });
}

/** The one sentence that says why the decision is what it is, in the rep's UI language. */
export function explain(decision: Decision, lang: UiLanguage = "en"): string {
  const w = WORDS[lang];
  const day = (d: CalendarDate) => formatDay(d, lang);
  const why = decision.why;
  switch (why.rule) {
    case "no-chase":
      return w.noChase;
    case "undated":
      return fill(w.undatedOnly, {
        times: w.times(why.chases),
        unknown: w.unknown(why.chases, why.chases),
      });
    case "buyer-wrote":
      return why.promised
        ? fill(w.holdAfterPromise, {
            promised: day(why.promised),
            on: day(why.on),
            after: businessDays(why.after, lang),
          })
        : fill(w.respond, { on: day(why.on) });
    case "auto-reply":
      return why.returnDate
        ? fill(w.autoReturn, {
            on: day(why.on),
            back: day(why.returnDate),
            after: businessDays(why.after, lang),
          })
        : fill(w.autoNoDate, { on: day(why.on), hold: businessDays(why.hold, lang) });
    case "promise":
      return fill(w.promise, {
        promised: day(why.promised),
        on: day(why.on),
        after: businessDays(why.after, lang),
      });
    case "gap": {
      const chased = chasedSince(why, lang);
      const adjustment = why.adjusted
        ? fill(w[why.adjusted], { gap: businessDays(why.gap, lang) })
        : "";
      const waits =
        fill(w.waits, { count: unanswered(why.k, lang), gap: businessDays(why.gap, lang) }) +
        adjustment;
      const country = decision.country && possessive(countryName(decision.country, lang), lang);
      const calendar = country
        ? fill(why.holidays ? w.holidays : w.countryWeekend, { country })
        : w.weekendOnly;
      const parts = [chased, waits, calendar, ...(decision.status === "ok" ? [w.okNow] : [])];
      return lang === "en" ? `${parts.join("; ")}.` : `${parts.join("；")}。`;
    }
  }
}
