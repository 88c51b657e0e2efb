import { findDates } from "../../../../src/core/dates/find-dates";

// Wednesday 25 November 2026. Its week runs Mon 23 – Sun 29; next week Mon 30 Nov – Sun 6 Dec.
const REF = "2026-11-25";

type Row = [string, [string, string][]];

/** The mentions as [text as written, date]. */
function found(text: string, ref = REF, lang?: string): [string, string][] {
  return findDates(text, ref, { lang }).map((m) => [m.text, m.date]);
}

function table(rows: Row[]): void {
  it.each(rows)("%j", (text, want) => {
    expect(found(text)).toEqual(want);
  });
}

describe("findDates: absolute dates", () => {
  describe("English", () =>
    table([
      ["I'll be back on 6 January.", [["6 January", "2027-01-06"]]],
      ["back on January 6th", [["January 6th", "2027-01-06"]]],
      ["on the 6th of January", [["6th of January", "2027-01-06"]]],
      ["January the 6th", [["January the 6th", "2027-01-06"]]],
      ["by Jan. 6, 2027", [["Jan. 6, 2027", "2027-01-06"]]],
      ["Friday, 6 January 2027", [["Friday, 6 January 2027", "2027-01-06"]]],
      ["Thu 26 Nov", [["Thu 26 Nov", "2026-11-26"]]],
      ["paid on 20 Nov", [["20 Nov", "2026-11-20"]]],
      ["due 3 May", [["3 May", "2027-05-03"]]],
      ["on 8 December 2026", [["8 December 2026", "2026-12-08"]]],
      ["November 26, 2026", [["November 26, 2026", "2026-11-26"]]],
    ]));

  describe("numeric", () =>
    table([
      ["until 02.01.2027", [["02.01.2027", "2027-01-02"]]],
      ["bis 15.12.", [["15.12.", "2026-12-15"]]],
      ["by 12/15", [["12/15", "2026-12-15"]]],
      ["by 15/12", [["15/12", "2026-12-15"]]],
      ["on 2026-12-15", [["2026-12-15", "2026-12-15"]]],
      ["on 2026/12/15", [["2026/12/15", "2026-12-15"]]],
      ["on 2026.12.15", [["2026.12.15", "2026-12-15"]]],
      ["on 15-12-2026", [["15-12-2026", "2026-12-15"]]],
      ["on 12/15/2026", [["12/15/2026", "2026-12-15"]]],
      ["on 15.12.26", [["15.12.26", "2026-12-15"]]],
      ["on ١٥/١٢/٢٠٢٦", [["١٥/١٢/٢٠٢٦", "2026-12-15"]]],
      ["(05/06/2027)", [["05/06/2027", "2027-06-05"]]],
    ]));

  it("reads 05/06 month first only for US English", () => {
    expect(found("05/06/2027", REF, "en-US")).toEqual([["05/06/2027", "2027-05-06"]]);
    expect(found("05/06/2027", REF, "en")).toEqual([["05/06/2027", "2027-05-06"]]);
    expect(found("05/06/2027", REF, "en-GB")).toEqual([["05/06/2027", "2027-06-05"]]);
    expect(found("05/06/2027", REF, "es")).toEqual([["05/06/2027", "2027-06-05"]]);
    expect(found("15/06/2027", REF, "en-US")).toEqual([["15/06/2027", "2027-06-15"]]);
  });

  it.each([
    ["12/5", "2026-12-05"], // not 12 May: the soonest reading ahead
    ["12/05/2026", "2026-12-05"], // 12 May 2026 is past
    ["05/12/2026", "2026-12-05"], // 12 May 2026 is past
    ["03/12", "2026-12-03"], // not 12 March
    ["01/02", "2027-01-02"], // 2 January comes before 1 February
    ["15/06/2027", "2027-06-15"], // not ambiguous
  ])("with `ahead`, reads %s the way that falls soonest on or after ref", (text, date) => {
    expect(findDates(text, REF, { ahead: true }).map((m) => m.date)).toEqual([date]);
  });

  it("with `ahead`, keeps the language's order when no reading falls ahead", () => {
    expect(findDates("05/06/2026", REF, { ahead: true }).map((m) => m.date)).toEqual([
      "2026-06-05",
    ]);
    expect(findDates("05/06/2026", REF, { ahead: true, lang: "en-US" }).map((m) => m.date)).toEqual(
      ["2026-05-06"]
    );
  });

  it.each([
    ["signed on 3 Nov", "2026-11-03"], // this year's, not next year's
    ["signed on 28 Nov", "2025-11-28"], // on or before ref: a year back
    ["签署于11月3日", "2026-11-03"], // without `past`: 2027-11-03
    ["签署于15号", "2026-11-15"], // a day alone: this month's (without `past`: next month's)
    ["on 3 Nov 2027", "2027-11-03"], // a year given is kept
  ])("with `past`, reads %s as the most recent such day on or before ref", (text, date) => {
    expect(findDates(text, REF, { past: true }).map((m) => m.date)).toEqual([date]);
  });

  describe("Chinese and Japanese", () =>
    table([
      ["1月6日付款", [["1月6日", "2027-01-06"]]],
      ["2027年1月6日", [["2027年1月6日", "2027-01-06"]]],
      ["1月6号", [["1月6号", "2027-01-06"]]],
      ["十二月八日", [["十二月八日", "2026-12-08"]]],
      ["二〇二六年十二月八日", [["二〇二六年十二月八日", "2026-12-08"]]],
      ["１２月８日", [["１２月８日", "2026-12-08"]]],
      ["1月6日(水)に", [["1月6日", "2027-01-06"]]],
      ["15号付款", [["15号", "2026-12-15"]]],
      ["20号已付", [["20号", "2026-11-20"]]],
      ["31号", [["31号", "2026-12-31"]]],
    ]));

  describe("Spanish, Portuguese, French, Italian", () =>
    table([
      ["el 7 de enero", [["7 de enero", "2027-01-07"]]],
      ["el 15 de diciembre de 2026", [["15 de diciembre de 2026", "2026-12-15"]]],
      ["el día 15", [["día 15", "2026-12-15"]]],
      ["el día 15 de diciembre", [["día 15 de diciembre", "2026-12-15"]]],
      ["1º de diciembre", [["1º de diciembre", "2026-12-01"]]],
      ["8 de dezembro", [["8 de dezembro", "2026-12-08"]]],
      ["até dia 15", [["dia 15", "2026-12-15"]]],
      ["26 de out. de 2027", [["26 de out. de 2027", "2027-10-26"]]],
      ["le 8 décembre", [["8 décembre", "2026-12-08"]]],
      ["le 1er janvier", [["1er janvier", "2027-01-01"]]],
      ["8 DÉCEMBRE", [["8 DÉCEMBRE", "2026-12-08"]]],
      ["8 decembre", [["8 decembre", "2026-12-08"]]],
      ["entro il 15 dicembre", [["15 dicembre", "2026-12-15"]]],
    ]));

  describe("German, Dutch, Polish, Turkish", () =>
    table([
      ["am 4. Januar", [["4. Januar", "2027-01-04"]]],
      ["am Freitag, 4. Dezember 2026", [["Freitag, 4. Dezember 2026", "2026-12-04"]]],
      ["bis 15. Dez.", [["15. Dez.", "2026-12-15"]]],
      ["op 6 januari", [["6 januari", "2027-01-06"]]],
      // "do" (until) is also Dutch/German Thursday, read as the date's weekday: same day.
      ["do 15 grudnia", [["do 15 grudnia", "2026-12-15"]]],
      ["15 grudnia 2026 r.", [["15 grudnia 2026 r.", "2026-12-15"]]],
      ["6 Ocak 2027 Çarşamba", [["6 Ocak 2027 Çarşamba", "2027-01-06"]]],
      ["15 Aralık'a kadar", [["15 Aralık", "2026-12-15"]]],
    ]));

  describe("Russian and Arabic", () =>
    table([
      ["до 6 января", [["6 января", "2027-01-06"]]],
      ["6-го января", [["6-го января", "2027-01-06"]]],
      ["к 15 декабря 2026 г.", [["15 декабря 2026 г.", "2026-12-15"]]],
      ["6 يناير", [["6 يناير", "2027-01-06"]]],
      ["٦ يناير", [["٦ يناير", "2027-01-06"]]],
      ["في 15 كانون الأول", [["15 كانون الأول", "2026-12-15"]]],
      ["15 ديسمبر 2026م", [["15 ديسمبر 2026م", "2026-12-15"]]],
    ]));
});

describe("findDates: the year of a date written without one", () => {
  it.each([
    // The reading within six months of ref: a day weeks back stays in the past, not next year.
    ["2026-11-25", "18 November", "2026-11-18"],
    ["2026-11-25", "17 November", "2026-11-17"],
    ["2025-11-26", "3 November", "2025-11-03"],
    ["2026-11-25", "25 November", "2026-11-25"],
    ["2026-11-25", "28 December", "2026-12-28"],
    ["2026-12-30", "2 January", "2027-01-02"],
    ["2026-12-20", "5 January", "2027-01-05"],
    ["2027-01-03", "28 December", "2026-12-28"],
    ["2027-01-03", "20 December", "2026-12-20"],
    ["2026-11-25", "20 May", "2027-05-20"],
    ["2026-11-25", "1 June", "2026-06-01"],
    ["2026-11-25", "early June", "2026-06-10"],
    ["2026-11-25", "15.12.", "2026-12-15"],
    ["2026-11-25", "03.06.", "2026-06-03"],
  ])("written %s: %s is %s", (ref, text, date) => {
    expect(findDates(text, ref)[0]?.date).toBe(date);
  });

  it.each([
    ["2026-03-01", "29 February"],
    ["2026-11-25", "29.02."],
  ])("written %s: %s, a day the six months around have not, is no date", (ref, text) => {
    expect(findDates(text, ref)).toEqual([]);
  });

  it.each([
    // 5 January 2027 is a Tuesday; 5 January 2026 was a Monday: an autoresponder left on.
    ["2026-11-25", "back on Monday 5 January", "2026-01-05"],
    ["2026-11-25", "back on Tuesday 5 January", "2027-01-05"],
    ["2026-11-25", "back on Monday, January 5", "2026-01-05"],
    // No year around has 5 January on a Friday: the weekday does not decide.
    ["2026-11-25", "back on Friday 5 January", "2027-01-05"],
    // Short forms that are also words ("do" = until) do not decide either.
    ["2026-11-25", "do 16 grudnia", "2026-12-16"],
  ])("written %s: a weekday picks the year, %s is %s", (ref, text, date) => {
    expect(findDates(text, ref)[0]?.date).toBe(date);
  });

  it("a day of the month alone in the past week stays in the past", () => {
    expect(findDates("我们25号安排付款。", "2025-11-26").map((m) => m.date)).toEqual([
      "2025-11-25",
    ]);
  });
});

describe("findDates: relative days", () => {
  describe("today, tomorrow, the day after", () =>
    table([
      ["today", [["today", "2026-11-25"]]],
      ["tomorrow", [["tomorrow", "2026-11-26"]]],
      ["the day after tomorrow", [["day after tomorrow", "2026-11-27"]]],
      ["yesterday", [["yesterday", "2026-11-24"]]],
      ["今天", [["今天", "2026-11-25"]]],
      ["明天付款", [["明天", "2026-11-26"]]],
      ["后天", [["后天", "2026-11-27"]]],
      ["hoy", [["hoy", "2026-11-25"]]],
      ["mañana", [["mañana", "2026-11-26"]]],
      ["pasado mañana", [["pasado mañana", "2026-11-27"]]],
      ["aujourd'hui", [["aujourd'hui", "2026-11-25"]]],
      ["demain", [["demain", "2026-11-26"]]],
      ["après-demain", [["après-demain", "2026-11-27"]]],
      ["heute", [["heute", "2026-11-25"]]],
      ["morgen", [["morgen", "2026-11-26"]]],
      ["heute Morgen", [["heute", "2026-11-25"]]],
      ["Morgen früh", [["Morgen", "2026-11-26"]]],
      ["übermorgen", [["übermorgen", "2026-11-27"]]],
      ["hoje", [["hoje", "2026-11-25"]]],
      ["amanhã", [["amanhã", "2026-11-26"]]],
      ["depois de amanhã", [["depois de amanhã", "2026-11-27"]]],
      ["сегодня", [["сегодня", "2026-11-25"]]],
      ["завтра", [["завтра", "2026-11-26"]]],
      ["послезавтра", [["послезавтра", "2026-11-27"]]],
      ["اليوم", [["اليوم", "2026-11-25"]]],
      ["غداً", [["غداً", "2026-11-26"]]],
      ["وغدا", [["وغدا", "2026-11-26"]]],
      ["بعد غد", [["بعد غد", "2026-11-27"]]],
    ]));

  describe("weekdays", () =>
    table([
      ["on Friday", [["Friday", "2026-11-27"]]],
      ["on Wednesday", [["Wednesday", "2026-12-02"]]],
      ["on Monday", [["Monday", "2026-11-30"]]],
      ["el viernes", [["viernes", "2026-11-27"]]],
      ["vendredi", [["vendredi", "2026-11-27"]]],
      ["am Freitag", [["Freitag", "2026-11-27"]]],
      ["周五", [["周五", "2026-11-27"]]],
      ["星期五", [["星期五", "2026-11-27"]]],
      ["礼拜五", [["礼拜五", "2026-11-27"]]],
      ["週五", [["週五", "2026-11-27"]]],
      ["в пятницу", [["пятницу", "2026-11-27"]]],
      ["до пятницы", [["пятницы", "2026-11-27"]]],
      ["sexta-feira", [["sexta-feira", "2026-11-27"]]],
      ["يوم الجمعة", [["الجمعة", "2026-11-27"]]],
      ["venerdì", [["venerdì", "2026-11-27"]]],
      ["vrijdag", [["vrijdag", "2026-11-27"]]],
      ["w piątek", [["piątek", "2026-11-27"]]],
      ["cuma", [["cuma", "2026-11-27"]]],
      ["金曜日", [["金曜日", "2026-11-27"]]],
    ]));

  describe("this / next / last weekday", () =>
    table([
      ["next Tuesday", [["next Tuesday", "2026-12-01"]]],
      ["next Friday", [["next Friday", "2026-12-04"]]],
      ["this Friday", [["this Friday", "2026-11-27"]]],
      ["this Wednesday", [["this Wednesday", "2026-11-25"]]],
      ["last Friday", [["last Friday", "2026-11-20"]]],
      ["Friday next week", [["Friday next week", "2026-12-04"]]],
      ["next week Friday", [["next week Friday", "2026-12-04"]]],
      ["下周二", [["下周二", "2026-12-01"]]],
      ["下星期五", [["下星期五", "2026-12-04"]]],
      ["下个礼拜三", [["下个礼拜三", "2026-12-02"]]],
      ["本周五", [["本周五", "2026-11-27"]]],
      ["这周五", [["这周五", "2026-11-27"]]],
      ["上周五", [["上周五", "2026-11-20"]]],
      ["来週の金曜日", [["来週の金曜日", "2026-12-04"]]],
      ["mardi prochain", [["mardi prochain", "2026-12-01"]]],
      ["ce vendredi", [["ce vendredi", "2026-11-27"]]],
      ["nächsten Dienstag", [["nächsten Dienstag", "2026-12-01"]]],
      ["в следующую пятницу", [["следующую пятницу", "2026-12-04"]]],
      ["в эту пятницу", [["эту пятницу", "2026-11-27"]]],
      // Spanish, Portuguese and Arabic "next" + weekday: the coming one.
      ["el próximo viernes", [["próximo viernes", "2026-11-27"]]],
      ["el viernes que viene", [["viernes que viene", "2026-11-27"]]],
      ["na próxima sexta", [["próxima sexta", "2026-11-27"]]],
      ["na próxima sexta-feira", [["próxima sexta-feira", "2026-11-27"]]],
      ["الجمعة القادمة", [["الجمعة القادمة", "2026-11-27"]]],
      ["viernes de la semana que viene", [["viernes de la semana que viene", "2026-12-04"]]],
      // Short names count next to "next" or "this" of their own language.
      ["next Thu", [["next Thu", "2026-12-03"]]],
      ["this Sat", [["this Sat", "2026-11-28"]]],
      ["nächsten Do.", [["nächsten Do.", "2026-12-03"]]],
      ["следующая среда", [["следующая среда", "2026-12-02"]]],
      // Not next to another language's: "do" (of), "mi" (my), "so" are no weekdays there.
      ["o saldo do próximo mês", [["próximo mês", "2026-12-31"]]],
      ["en mi próxima visita", []],
      ["So next week we pay", [["next week", "2026-12-04"]]],
      ["do next week", [["next week", "2026-12-04"]]],
    ]));

  describe("weeks and months", () =>
    table([
      ["next week", [["next week", "2026-12-04"]]],
      ["this week", [["this week", "2026-11-27"]]],
      ["la semana que viene", [["semana que viene", "2026-12-04"]]],
      ["la próxima semana", [["próxima semana", "2026-12-04"]]],
      ["la semaine prochaine", [["semaine prochaine", "2026-12-04"]]],
      ["nächste Woche", [["nächste Woche", "2026-12-04"]]],
      ["na próxima semana", [["próxima semana", "2026-12-04"]]],
      ["на следующей неделе", [["следующей неделе", "2026-12-04"]]],
      ["الأسبوع القادم", [["الأسبوع القادم", "2026-12-04"]]],
      ["下周", [["下周", "2026-12-04"]]],
      ["下个星期", [["下个星期", "2026-12-04"]]],
      ["本周内", [["本周", "2026-11-27"]]],
      ["next month", [["next month", "2026-12-31"]]],
      ["el mes que viene", [["mes que viene", "2026-12-31"]]],
      ["下个月", [["下个月", "2026-12-31"]]],
      ["来月", [["来月", "2026-12-31"]]],
      ["this month", [["this month", "2026-11-30"]]],
    ]));

  describe("a day of next month", () =>
    table([
      ["on the 5th of next month", [["5th of next month", "2026-12-05"]]],
      ["the 10th of this month", [["10th of this month", "2026-11-10"]]],
      ["el día 5 del mes que viene", [["día 5 del mes que viene", "2026-12-05"]]],
      ["el 5 del próximo mes", [["5 del próximo mes", "2026-12-05"]]],
      ["le 5 du mois prochain", [["5 du mois prochain", "2026-12-05"]]],
      ["am 5. des nächsten Monats", [["5. des nächsten Monats", "2026-12-05"]]],
      ["dia 10 do próximo mês", [["dia 10 do próximo mês", "2026-12-10"]]],
      ["5 числа следующего месяца", [["5 числа следующего месяца", "2026-12-05"]]],
      ["il 5 del mese prossimo", [["5 del mese prossimo", "2026-12-05"]]],
      ["يوم 5 من الشهر القادم", [["5 من الشهر القادم", "2026-12-05"]]],
    ]));

  describe("early, mid and end", () =>
    table([
      ["end of the month", [["end of the month", "2026-11-30"]]],
      ["by month-end", [["month-end", "2026-11-30"]]],
      ["end of next month", [["end of next month", "2026-12-31"]]],
      ["early next month", [["early next month", "2026-12-10"]]],
      ["mid next month", [["mid next month", "2026-12-20"]]],
      ["end of the week", [["end of the week", "2026-11-27"]]],
      ["early next week", [["early next week", "2026-12-01"]]],
      ["end of the year", [["end of the year", "2026-12-31"]]],
      ["月底", [["月底", "2026-11-30"]]],
      ["本月底前", [["本月底", "2026-11-30"]]],
      ["这个月底", [["这个月底", "2026-11-30"]]],
      ["下个月初", [["下个月初", "2026-12-10"]]],
      ["下月中旬", [["下月中旬", "2026-12-20"]]],
      ["年底", [["年底", "2026-12-31"]]],
      ["月末", [["月末", "2026-11-30"]]],
      ["fin de mes", [["fin de mes", "2026-11-30"]]],
      ["a finales del mes que viene", [["finales del mes que viene", "2026-12-31"]]],
      ["a principios del próximo mes", [["principios del próximo mes", "2026-12-10"]]],
      ["fin du mois", [["fin du mois", "2026-11-30"]]],
      ["début du mois prochain", [["début du mois prochain", "2026-12-10"]]],
      ["Ende des Monats", [["Ende des Monats", "2026-11-30"]]],
      ["Anfang nächsten Monats", [["Anfang nächsten Monats", "2026-12-10"]]],
      ["zum Monatsende", [["Monatsende", "2026-11-30"]]],
      ["fim do mês", [["fim do mês", "2026-11-30"]]],
      ["в конце месяца", [["конце месяца", "2026-11-30"]]],
      ["в начале следующего месяца", [["начале следующего месяца", "2026-12-10"]]],
      ["نهاية الشهر", [["نهاية الشهر", "2026-11-30"]]],
      ["بداية الشهر القادم", [["بداية الشهر القادم", "2026-12-10"]]],
      ["fine mese", [["fine mese", "2026-11-30"]]],
      ["ay sonu", [["ay sonu", "2026-11-30"]]],
    ]));

  describe("early, mid and end of a named month", () =>
    table([
      ["end of November", [["end of November", "2026-11-30"]]],
      ["early December", [["early December", "2026-12-10"]]],
      ["mid-December", [["mid-December", "2026-12-20"]]],
      ["end of February", [["end of February", "2027-02-28"]]],
      ["end of February 2028", [["end of February 2028", "2028-02-29"]]],
      ["12月初", [["12月初", "2026-12-10"]]],
      ["12月中旬", [["12月中旬", "2026-12-20"]]],
      ["2026年11月底", [["2026年11月底", "2026-11-30"]]],
      ["a mediados de diciembre", [["mediados de diciembre", "2026-12-20"]]],
      ["fin novembre", [["fin novembre", "2026-11-30"]]],
      ["mi-décembre", [["mi-décembre", "2026-12-20"]]],
      ["Ende November", [["Ende November", "2026-11-30"]]],
      ["Mitte Dezember", [["Mitte Dezember", "2026-12-20"]]],
      ["в конце ноября", [["конце ноября", "2026-11-30"]]],
      ["نهاية نوفمبر", [["نهاية نوفمبر", "2026-11-30"]]],
      ["Kasım sonu", [["Kasım sonu", "2026-11-30"]]],
    ]));

  describe("in / within / ago", () =>
    table([
      ["in 3 days", [["in 3 days", "2026-11-28"]]],
      ["within two weeks", [["within two weeks", "2026-12-09"]]],
      ["within the next 10 days", [["within the next 10 days", "2026-12-05"]]],
      ["in a week", [["in a week", "2026-12-02"]]],
      ["in 2 months", [["in 2 months", "2027-01-25"]]],
      ["within 5 business days", [["within 5 business days", "2026-12-02"]]],
      ["in 3 working days", [["in 3 working days", "2026-11-30"]]],
      ["3 days ago", [["3 days ago", "2026-11-22"]]],
      ["dentro de 3 días", [["dentro de 3 días", "2026-11-28"]]],
      ["en dos semanas", [["en dos semanas", "2026-12-09"]]],
      ["hace 3 días", [["hace 3 días", "2026-11-22"]]],
      ["in 3 Tagen", [["in 3 Tagen", "2026-11-28"]]],
      ["innerhalb von 5 Werktagen", [["innerhalb von 5 Werktagen", "2026-12-02"]]],
      ["vor 3 Tagen", [["vor 3 Tagen", "2026-11-22"]]],
      ["dans 3 jours", [["dans 3 jours", "2026-11-28"]]],
      ["d'ici deux semaines", [["d'ici deux semaines", "2026-12-09"]]],
      ["em 3 dias", [["em 3 dias", "2026-11-28"]]],
      ["daqui a 3 dias", [["daqui a 3 dias", "2026-11-28"]]],
      ["3天后", [["3天后", "2026-11-28"]]],
      ["三天后", [["三天后", "2026-11-28"]]],
      ["两周内", [["两周内", "2026-12-09"]]],
      ["一个月内", [["一个月内", "2026-12-25"]]],
      ["3个工作日内", [["3个工作日内", "2026-11-30"]]],
      ["3日後", [["3日後", "2026-11-28"]]],
      ["через 3 дня", [["через 3 дня", "2026-11-28"]]],
      ["через неделю", [["через неделю", "2026-12-02"]]],
      ["в течение двух недель", [["в течение двух недель", "2026-12-09"]]],
      ["3 дня назад", [["3 дня назад", "2026-11-22"]]],
      ["خلال 3 أيام", [["خلال 3 أيام", "2026-11-28"]]],
      ["خلال يومين", [["خلال يومين", "2026-11-27"]]],
      ["خلال أسبوعين", [["خلال أسبوعين", "2026-12-09"]]],
      ["بعد ثلاثة أيام", [["بعد ثلاثة أيام", "2026-11-28"]]],
      [
        "within 30 days from today",
        [
          ["within 30 days", "2026-12-25"],
          ["today", "2026-11-25"],
        ],
      ],
      [
        "今天起30天内",
        [
          ["今天", "2026-11-25"],
          ["30天内", "2026-12-25"],
        ],
      ],
      ["خلال 3 أيام من الآن", [["خلال 3 أيام من الآن", "2026-11-28"]]],
    ]));

  describe("a count of days from an event is no date", () =>
    table([
      ["balance within 30 days after B/L date", []],
      ["within 7 days of receipt of the goods", []],
      ["in 10 days following the inspection", []],
      ["余款见提单复印件后7天内支付", []],
      ["收到货后30天内付款", []],
      ["dentro de 30 días después de la fecha del B/L", []],
      ["dans 30 jours après réception", []],
      ["innerhalb von 30 Tagen nach Erhalt der Ware", []],
      ["em 30 dias após o embarque", []],
      ["в течение 30 дней после отгрузки", []],
      ["خلال 10 أيام من تاريخ الشحن", []],
    ]));
});

describe("findDates: numbers and words that are not dates", () => {
  it.each([
    "PI 2611-045",
    "PI2611-045",
    "SR-2611-045",
    "USD 12,500.00",
    "EUR 8.400,50",
    "€1.500",
    "+86 138 0013 8000",
    "+86-21-5555-1234",
    "Tel: 0049 30 12345678",
    "+1 (555) 123-4567",
    "3.5%",
    "the rate is 3.5.",
    "1/2 of the payment",
    "24/7 support",
    "version 1.2.3",
    "192.168.1.1",
    "15-20 days",
    // A pair of counts before a unit is a range of them, not a day and a month.
    "We will pay the deposit in 10/15 days.",
    "within 7/10 days",
    "within 7/10 working days",
    "en 10/15 días",
    "dans 10/15 jours",
    "em 10/15 dias",
    "in 10/15 Tagen",
    "через 10/15 дней",
    "خلال 10/15 أيام",
    "10/15天内",
    "10/15个工作日内",
    "Order 4471",
    "Room 12",
    "2026",
    "10:30",
    "5 out of 6",
    "item 3 may arrive",
    "in week 48",
    "in an email",
    "le client qui paie",
    "segunda parcela",
    "Guten Morgen",
    "por la mañana",
    "esta mañana",
    "el fin de semana",
    "no fim de semana",
    "周末",
    "Wed 6",
    "Sun and Sat",
    "I sat down on the mar",
    "среда обитания",
    "3 days",
    "last week",
    "",
  ])("%j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("findDates: in a message", () => {
  it("finds every mention, with offsets into the original text", () => {
    const text =
      "Dear Amy,\n\nSorry for the delay (PI 2611-045, USD 12,500.00). Our customer pays us on 6 January; " +
      "we will remit the balance next Tuesday or at the latest by 15.12. Thanks!";
    const mentions = findDates(text, REF);
    expect(mentions.map((m) => [m.text, m.date, m.relative])).toEqual([
      ["6 January", "2027-01-06", false],
      ["next Tuesday", "2026-12-01", true],
      ["15.12.", "2026-12-15", false],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0].start).toBe(text.indexOf("6 January"));
  });

  it("reads a Chinese message", () => {
    const text = "您好！客户说下周二付款，最晚月底前。合同HT-2611-008，金额USD 12,500。";
    expect(findDates(text, REF).map((m) => [m.text, m.date, m.start])).toEqual([
      ["下周二", "2026-12-01", text.indexOf("下周二")],
      ["月底", "2026-11-30", text.indexOf("月底")],
    ]);
  });

  it("reads a Russian and an Arabic message", () => {
    expect(found("Оплатим в следующий вторник, не позднее 15 декабря.")).toEqual([
      ["следующий вторник", "2026-12-01"],
      ["15 декабря", "2026-12-15"],
    ]);
    expect(found("سنقوم بالتحويل يوم الخميس أو خلال أسبوع")).toEqual([
      ["الخميس", "2026-11-26"],
      ["خلال أسبوع", "2026-12-02"],
    ]);
  });

  it("marks what needed the reference day", () => {
    expect(findDates("6 January", REF)[0].relative).toBe(false);
    expect(findDates("end of November", REF)[0].relative).toBe(false);
    expect(findDates("tomorrow", REF)[0].relative).toBe(true);
    expect(findDates("15号", REF)[0].relative).toBe(true);
    expect(findDates("下周二", REF)[0].relative).toBe(true);
  });

  it("does not join a date across a line break", () => {
    expect(found("Total: 6\nJanuary shipment")).toEqual([]);
  });

  it("throws on a reference that is not a calendar date", () => {
    expect(() => findDates("tomorrow", "25.11.2026")).toThrow(RangeError);
  });
});
