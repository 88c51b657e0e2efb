import { parseHeaderDate } from "../../../../src/core/dates/header-date";

const AT_1030 = "2026-11-26T10:30:00.000Z";

describe("parseHeaderDate: Outlook 'Sent:' values", () => {
  it.each([
    ["en", "Thursday, November 26, 2026 10:30 AM"],
    ["en-GB", "Thursday, 26 November 2026 10:30"],
    ["en (OWA, seconds)", "Thursday, November 26, 2026 10:30:00 AM"],
    ["en (narrow no-break space)", "Thursday, November 26, 2026 10:30\u202fAM"],
    ["es", "jueves, 26 de noviembre de 2026 10:30"],
    ["de", "Donnerstag, 26. November 2026 10:30"],
    ["fr", "jeudi 26 novembre 2026 10:30"],
    ["pt", "quinta-feira, 26 de novembro de 2026 10:30"],
    ["it", "giovedì 26 novembre 2026 10:30"],
    ["nl", "donderdag 26 november 2026 10:30"],
    ["pl", "czwartek, 26 listopada 2026 10:30"],
    ["tr", "26 Kasım 2026 Perşembe 10:30"],
    ["ru", "четверг, 26 ноября 2026 г. 10:30"],
    ["zh", "2026年11月26日 10:30"],
    ["zh, weekday and 上午", "2026年11月26日星期四 上午 10:30"],
    ["zh-TW", "2026年11月26日 週四 上午10:30"],
    ["ja", "2026年11月26日(木) 10:30"],
    ["ja, full-width parentheses", "2026年11月26日（木） 10:30"],
    ["ar", "الخميس، 26 نوفمبر 2026 10:30 ص"],
    ["ar, Arabic-Indic digits", "الخميس، ٢٦ نوفمبر ٢٠٢٦ ١٠:٣٠ ص"],
    ["ar, Levantine month", "الخميس، 26 تشرين الثاني 2026 10:30 ص"],
    ["Outlook for Mac", "Thursday, 26 November 2026 at 10:30"],
  ])("%s: %s", (_, text) => {
    expect(parseHeaderDate(text)).toBe(AT_1030);
  });
});

describe("parseHeaderDate: Gmail and Apple Mail attributions", () => {
  it.each([
    ["en", "On Thu, Nov 26, 2026 at 10:30 AM John Smith <john@example.com> wrote:"],
    ["en-GB", "On Thu, 26 Nov 2026 at 10:30, John Smith <john@example.com> wrote:"],
    ["es", "El jue, 26 nov 2026 a las 10:30, Juan <juan@example.es> escribió:"],
    ["de", "Am Do., 26. Nov. 2026 um 10:30 Uhr schrieb Hans <hans@example.de>:"],
    ["fr", "Le jeu. 26 nov. 2026 à 10:30, Jean <jean@example.fr> a écrit :"],
    ["pt", "Em qui., 26 de nov. de 2026 às 10:30, João <joao@example.com.br> escreveu:"],
    ["it", "Il giorno gio 26 nov 2026 alle ore 10:30 Marco <marco@example.it> ha scritto:"],
    ["nl", "Op do 26 nov. 2026 om 10:30 schreef Jan <jan@example.nl>:"],
    ["pl", "czw., 26 lis 2026 o 10:30 Jan <jan@example.pl> napisał(a):"],
    ["tr", "26 Kas 2026 Per, saat 10:30 tarihinde Ali <ali@example.com.tr> şunu yazdı:"],
    ["ru", "чт, 26 нояб. 2026 г. в 10:30, Иван <ivan@example.ru>:"],
    ["zh", "Tom <tom@example.cn> 于2026年11月26日周四 10:30写道："],
    ["ja", "2026年11月26日(木) 10:30 Taro <taro@example.jp>:"],
    ["ar", "في الخميس، ٢٦ نوفمبر ٢٠٢٦ في ١٠:٣٠ ص كتب Omar <omar@example.ae>:"],
    ["Apple Mail en-GB", "On 26 Nov 2026, at 10:30, John <john@example.com> wrote:"],
    ["Apple Mail en-US", "On Nov 26, 2026, at 10:30 AM, John <john@example.com> wrote:"],
    ["Apple Mail de", "Am 26.11.2026 um 10:30 schrieb Hans <hans@example.de>:"],
    ["Apple Mail fr", "Le 26 nov. 2026 à 10:30, Jean <jean@example.fr> a écrit :"],
    ["Apple Mail zh", "在 2026年11月26日，10:30，Tom <tom@example.cn> 写道："],
    ["Apple Mail ja", "2026/11/26 10:30、Taro <taro@example.jp> のメール:"],
  ])("%s: %s", (_, text) => {
    expect(parseHeaderDate(text)).toBe(AT_1030);
  });
});

describe("parseHeaderDate: numeric dates", () => {
  it.each([
    ["26.11.2026 10:30", AT_1030],
    ["2026-11-26 10:30", AT_1030],
    ["2026/11/26 10:30", AT_1030],
    ["2026.11.26 10:30", AT_1030],
    ["26/11/2026 10:30", AT_1030],
    ["26-11-2026 10:30", AT_1030],
    ["11/26/2026 10:30 AM", AT_1030],
    ["26.11.26 10:30", AT_1030],
    ["11/26/26 10:30 AM", AT_1030],
    ["26/11/2026", "2026-11-26T00:00:00.000Z"],
    ["26.11.2026 10.30", AT_1030],
    ["26.11.2026 10h30", AT_1030],
    ["26.11.2026 10:30:45", "2026-11-26T10:30:45.000Z"],
  ])("%s → %s", (text, want) => {
    expect(parseHeaderDate(text)).toBe(want);
  });

  it.each([
    // Both numbers ≤ 12: the weekday written beside the date decides first…
    ["Friday, 05/06/2026 10:30", undefined, "2026-06-05T10:30:00.000Z"],
    ["Wednesday, 05/06/2026 10:30", undefined, "2026-05-06T10:30:00.000Z"],
    ["Friday, 05/06/2026 10:30", "en-US", "2026-06-05T10:30:00.000Z"],
    // …then the language given…
    ["05/06/2026 10:30", "en", "2026-05-06T10:30:00.000Z"],
    ["05/06/2026 10:30", "en-US", "2026-05-06T10:30:00.000Z"],
    ["05/06/2026 10:30", "en-GB", "2026-06-05T10:30:00.000Z"],
    ["05/06/2026 10:30", "fr", "2026-06-05T10:30:00.000Z"],
    // …then the header's own words (AM/PM, English names), else day first.
    ["05/06/2026 10:30 AM", undefined, "2026-05-06T10:30:00.000Z"],
    ["05/06/2026 10:30", undefined, "2026-06-05T10:30:00.000Z"],
    ["05.06.2026 10:30", "en-US", "2026-06-05T10:30:00.000Z"], // dots are always day first
  ])("%s (lang %s) → %s", (text, lang, want) => {
    expect(parseHeaderDate(text, "UTC", lang)).toBe(want);
  });
});

describe("parseHeaderDate: AM and PM", () => {
  it.each([
    ["Thursday, November 26, 2026 3:05 PM", "15:05"],
    ["Thursday, November 26, 2026 12:05 AM", "00:05"],
    ["Thursday, November 26, 2026 12:05 PM", "12:05"],
    ["Thursday, November 26, 2026 10:30 p.m.", "22:30"],
    ["jueves, 26 de noviembre de 2026 10:30 p. m.", "22:30"],
    ["jueves, 26 de noviembre de 2026 10:30 a. m.", "10:30"],
    ["2026年11月26日 下午3:05", "15:05"],
    ["2026年11月26日星期四 下午 3:05", "15:05"],
    ["2026年11月26日 上午 12:30", "00:30"],
    ["2026年11月26日 中午12:30", "12:30"],
    ["2026年11月26日 下午15:05", "15:05"],
    ["2026年11月26日(木) 午後3:05", "15:05"],
    ["2026年11月26日(木) 午前10:30", "10:30"],
    ["الخميس، 26 نوفمبر 2026 3:05 م", "15:05"],
    ["الخميس، ٢٦ نوفمبر ٢٠٢٦ ٣:٠٥ م", "15:05"],
    ["Thu, Nov 26, 2026 at 3pm", "15:00"],
    ["Thu, Nov 26, 2026 at 3 PM", "15:00"],
    ["Thu, Nov 26, 2026 10:30AM", "10:30"],
  ])("%s → %s", (text, hhmm) => {
    expect(parseHeaderDate(text)).toBe(`2026-11-26T${hhmm}:00.000Z`);
  });
});

describe("parseHeaderDate: zones", () => {
  it.each([
    ["Thu, 26 Nov 2026 10:30:00 +0100", "UTC", "2026-11-26T09:30:00.000Z"],
    ["Thu, 26 Nov 2026 10:30:00 +0100 (CET)", "Asia/Shanghai", "2026-11-26T09:30:00.000Z"],
    ["Thu, 26 Nov 2026 10:30:00 -0500", "UTC", "2026-11-26T15:30:00.000Z"],
    ["Thu, 26 Nov 2026 10:30:00 +05:30", "UTC", "2026-11-26T05:00:00.000Z"],
    ["Thu, 26 Nov 2026 10:30:00 GMT", "Europe/Berlin", AT_1030],
    ["Thu, 26 Nov 2026 10:30:00 UT", "Europe/Berlin", AT_1030],
    ["Thu, 26 Nov 2026 10:30:00 EST", "UTC", "2026-11-26T15:30:00.000Z"],
    ["2026年11月26日 10:30 GMT+8", "UTC", "2026-11-26T02:30:00.000Z"],
    ["2026年11月26日 10:30 GMT+08:00", "UTC", "2026-11-26T02:30:00.000Z"],
    ["26 Nov 2026 10:30 UTC-3", "Europe/Berlin", "2026-11-26T13:30:00.000Z"],
    ["26 Nov 2026 10:30 (UTC)", "Europe/Berlin", AT_1030],
    ["26 Nov 2026 10:30 (GMT+08:00)", "UTC", "2026-11-26T02:30:00.000Z"],
    // A Windows zone label gives the standard offset all year: the rep's zone is the better guess.
    [
      "Thursday, November 26, 2026 10:30 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome",
      "Asia/Shanghai",
      "2026-11-26T02:30:00.000Z",
    ],
    // No zone written: the wall time is in tz.
    ["Thursday, November 26, 2026 10:30 AM", "Europe/Berlin", "2026-11-26T09:30:00.000Z"],
    ["Wednesday, July 1, 2026 10:30 AM", "Europe/Berlin", "2026-07-01T08:30:00.000Z"],
    ["2026年11月26日 00:30", "Asia/Shanghai", "2026-11-25T16:30:00.000Z"],
    ["Wednesday, November 25, 2026 10:30 PM", "America/New_York", "2026-11-26T03:30:00.000Z"],
    ["Sunday, March 29, 2026 2:30 AM", "Europe/Berlin", "2026-03-29T01:30:00.000Z"],
    ["Sunday, October 25, 2026 2:30 AM", "Europe/Berlin", "2026-10-25T00:30:00.000Z"],
    ["26/11/2026", "Asia/Shanghai", "2026-11-25T16:00:00.000Z"],
    ["Thursday, November 26, 2026 10:30 AM", "Not/AZone", AT_1030],
  ])("%s in %s → %s", (text, tz, want) => {
    expect(parseHeaderDate(text, tz)).toBe(want);
  });
});

describe("parseHeaderDate: junk around the value", () => {
  it.each([
    "Sent: Thursday, November 26, 2026 10:30 AM",
    "Gesendet: Donnerstag, 26. November 2026 10:30",
    "Envoyé : jeudi 26 novembre 2026 10:30",
    "发送时间: 2026年11月26日 10:30",
    "Отправлено: четверг, 26 ноября 2026 г. 10:30",
    "  Thursday, November 26, 2026 10:30 AM  \n",
    "Date: Thu, 26 Nov 2026 10:30:00 +0000 (UTC)",
    "Thursday, November 26, 2026 10:30 AM (sent from my phone)",
  ])("%j", (text) => {
    expect(parseHeaderDate(text)).toBe(AT_1030);
  });

  it("takes the time before the date when none follows it", () => {
    expect(parseHeaderDate("10:30 AM, 26/11/2026")).toBe(AT_1030);
    expect(parseHeaderDate("At 10:30 on 26 Nov 2026")).toBe(AT_1030);
  });

  it("reads a date without a time as midnight", () => {
    expect(parseHeaderDate("Thursday, November 26, 2026")).toBe("2026-11-26T00:00:00.000Z");
    expect(parseHeaderDate("26 ноября 2026 г.")).toBe("2026-11-26T00:00:00.000Z");
    expect(parseHeaderDate("2026年11月26日")).toBe("2026-11-26T00:00:00.000Z");
  });

  it("passes over dates without a year to the one with it", () => {
    expect(parseHeaderDate("Re: 3.5. meeting — Thursday, November 26, 2026 10:30 AM")).toBe(
      AT_1030
    );
  });
});

describe("parseHeaderDate: not a date", () => {
  it.each([
    "",
    "Thursday",
    "tomorrow at 10:30",
    "26 Nov 10:30",
    "10:30",
    "PI 2611-045",
    "USD 12,500.00",
    "+86 138 0013 8000",
    "31 February 2026 10:30",
    "29 February 2027",
    "2026-02-30 10:30",
    "31/04/2026",
    "13/13/2026",
    "26 Nov 2026 25:30",
    "26 Nov 2026 10:61",
    "2026年11月26日 24:00",
    "2026年13月26日 10:30",
  ])("%j → null", (text) => {
    expect(parseHeaderDate(text)).toBeNull();
  });
});
