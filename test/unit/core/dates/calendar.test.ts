import fc from "fast-check";
import {
  addDays,
  addMonths,
  calendarDateIn,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  isCalendarDate,
  isValidDate,
  isValidTimeZone,
  offsetMinutes,
  parseCalendarDate,
  toCalendarDate,
  wallTimeToInstant,
  weekdayOf,
} from "../../../../src/core/dates/calendar";

const iso = (d: Date) => d.toISOString();

/** The same day through the platform's Date, to check the pure arithmetic against. */
function viaDate(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

describe("calendar days", () => {
  it.each([
    ["2026-11-25", 1, "2026-11-26"],
    ["2026-11-30", 1, "2026-12-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2026-11-25", 0, "2026-11-25"],
    ["2026-11-25", 36524, "2126-11-25"], // 2100 is not a leap year
    ["2026-03-29", 1, "2026-03-30"], // a DST change in Europe: a calendar day is still a day
    ["0001-01-02", -1, "0001-01-01"],
    ["9999-12-30", 1, "9999-12-31"],
  ])("addDays(%s, %i) = %s", (d, n, want) => {
    expect(addDays(d, n)).toBe(want);
  });

  it("agrees with Date for any day and offset between 1900 and 2200", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25567, max: 84000 }),
        fc.integer({ min: -3000, max: 3000 }),
        (day, n) => {
          const d = viaDate("1970-01-01", day);
          expect(addDays(d, n)).toBe(viaDate(d, n));
          expect(daysBetween(d, addDays(d, n))).toBe(n);
          expect(weekdayOf(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
        }
      )
    );
  });

  it.each([
    ["1970-01-01", 4],
    ["2026-11-26", 4],
    ["2026-11-29", 0],
    ["2026-11-28", 6],
    ["2000-01-01", 6],
    ["2024-02-29", 4],
    ["1900-01-01", 1],
    ["0001-01-01", 1],
  ])("weekdayOf(%s) = %i", (d, wd) => {
    expect(weekdayOf(d)).toBe(wd);
  });

  it.each([
    ["2026-11-25", "2026-12-25", 30],
    ["2024-01-01", "2025-01-01", 366],
    ["2025-01-01", "2026-01-01", 365],
    ["2026-12-25", "2026-11-25", -30],
    ["2026-11-25", "2026-11-25", 0],
  ])("daysBetween(%s, %s) = %i", (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it("compares dates", () => {
    expect(compareDates("2026-11-25", "2026-11-26")).toBe(-1);
    expect(compareDates("2026-11-26", "2026-11-25")).toBe(1);
    expect(compareDates("2026-11-25", "2026-11-25")).toBe(0);
    expect(compareDates("2025-12-31", "2026-01-01")).toBe(-1);
  });

  it.each([
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2024, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2026, 4, 30, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
    [2026, 1, 1.5, false],
    [0, 1, 1, false],
    [1, 1, 1, true],
    [9999, 12, 31, true],
    [10000, 1, 1, false],
    [NaN, 1, 1, false],
  ])("isValidDate(%d, %d, %d) = %s", (y, m, d, ok) => {
    expect(isValidDate(y, m, d)).toBe(ok);
  });

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("daysInMonth(%d, %d) = %d", (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-01-15", -13, "2024-12-15"],
    ["2026-11-25", 12, "2027-11-25"],
  ])("addMonths(%s, %i) = %s", (d, n, want) => {
    expect(addMonths(d, n)).toBe(want);
  });

  it("finds the end of a month", () => {
    expect(endOfMonth("2026-11-05")).toBe("2026-11-30");
    expect(endOfMonth("2024-02-01")).toBe("2024-02-29");
    expect(endOfMonth("2026-12-31")).toBe("2026-12-31");
  });

  it("reads and writes calendar dates", () => {
    expect(toCalendarDate(2026, 1, 6)).toBe("2026-01-06");
    expect(toCalendarDate(33, 1, 6)).toBe("0033-01-06");
    expect(parseCalendarDate("2026-01-06")).toEqual({ year: 2026, month: 1, day: 6 });
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseCalendarDate("2026-1-6")).toBeNull();
    expect(parseCalendarDate("06.01.2026")).toBeNull();
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
  });

  it("throws on days that do not exist instead of guessing", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("26.11.2026", 1)).toThrow(RangeError);
    expect(() => addDays("2026-11-25", 0.5)).toThrow(RangeError);
    expect(() => weekdayOf("")).toThrow(RangeError);
    expect(() => toCalendarDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("calendarDateIn", () => {
  it.each([
    ["2026-11-25T23:30:00Z", "UTC", "2026-11-25"],
    ["2026-11-25T15:59:59Z", "Asia/Shanghai", "2026-11-25"],
    ["2026-11-25T16:00:00Z", "Asia/Shanghai", "2026-11-26"],
    ["2026-11-25T23:30:00Z", "Asia/Shanghai", "2026-11-26"],
    ["2026-11-26T04:59:59Z", "America/New_York", "2026-11-25"],
    ["2026-11-26T05:00:00Z", "America/New_York", "2026-11-26"],
    ["2026-07-01T03:59:59Z", "America/New_York", "2026-06-30"],
    ["2026-07-01T04:00:00Z", "America/New_York", "2026-07-01"],
    ["2026-03-28T22:59:59Z", "Europe/Berlin", "2026-03-28"],
    ["2026-03-28T23:00:00Z", "Europe/Berlin", "2026-03-29"],
    ["2026-10-24T21:59:59Z", "Europe/Berlin", "2026-10-24"],
    ["2026-10-24T22:00:00Z", "Europe/Berlin", "2026-10-25"],
    ["2026-11-25T18:29:00Z", "Asia/Kolkata", "2026-11-25"],
    ["2026-11-25T18:30:00Z", "Asia/Kolkata", "2026-11-26"],
    ["2026-11-25T10:00:00Z", "Pacific/Kiritimati", "2026-11-26"],
    ["2026-11-25T10:00:00Z", "Pacific/Pago_Pago", "2026-11-24"],
    ["2026-11-26T10:30:00+01:00", "Europe/Berlin", "2026-11-26"],
  ])("%s in %s is %s", (instant, tz, day) => {
    expect(calendarDateIn(instant, tz)).toBe(day);
    expect(calendarDateIn(new Date(instant), tz)).toBe(day);
  });

  it("throws on a bad instant or zone", () => {
    expect(() => calendarDateIn("yesterday", "UTC")).toThrow(RangeError);
    expect(() => calendarDateIn(new Date(NaN), "UTC")).toThrow(RangeError);
    expect(() => calendarDateIn("2026-11-25T10:00:00Z", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("wallTimeToInstant", () => {
  it.each([
    // Ordinary times, east and west of UTC, crossing midnight.
    [[2026, 11, 26, 10, 30, "UTC"], "2026-11-26T10:30:00.000Z"],
    [[2026, 11, 26, 10, 30, "Europe/Berlin"], "2026-11-26T09:30:00.000Z"],
    [[2026, 7, 1, 10, 30, "Europe/Berlin"], "2026-07-01T08:30:00.000Z"],
    [[2026, 11, 26, 0, 30, "Asia/Shanghai"], "2026-11-25T16:30:00.000Z"],
    [[2026, 11, 26, 7, 59, "Asia/Shanghai"], "2026-11-25T23:59:00.000Z"],
    [[2026, 11, 26, 0, 0, "Asia/Kolkata"], "2026-11-25T18:30:00.000Z"],
    [[2026, 11, 25, 22, 0, "America/New_York"], "2026-11-26T03:00:00.000Z"],
    [[2026, 7, 1, 22, 0, "America/New_York"], "2026-07-02T02:00:00.000Z"],
    // Berlin, clocks forward on 29 March 2026 at 02:00 → 03:00: the gap moves forward.
    [[2026, 3, 29, 1, 59, "Europe/Berlin"], "2026-03-29T00:59:00.000Z"],
    [[2026, 3, 29, 2, 0, "Europe/Berlin"], "2026-03-29T01:00:00.000Z"],
    [[2026, 3, 29, 2, 30, "Europe/Berlin"], "2026-03-29T01:30:00.000Z"],
    [[2026, 3, 29, 3, 0, "Europe/Berlin"], "2026-03-29T01:00:00.000Z"],
    // Berlin, clocks back on 25 October 2026 at 03:00 → 02:00: the earlier instant.
    [[2026, 10, 25, 1, 59, "Europe/Berlin"], "2026-10-24T23:59:00.000Z"],
    [[2026, 10, 25, 2, 0, "Europe/Berlin"], "2026-10-25T00:00:00.000Z"],
    [[2026, 10, 25, 2, 30, "Europe/Berlin"], "2026-10-25T00:30:00.000Z"],
    [[2026, 10, 25, 3, 0, "Europe/Berlin"], "2026-10-25T02:00:00.000Z"],
    // New York, forward on 8 March 2026 at 02:00, back on 1 November 2026 at 02:00.
    [[2026, 3, 8, 1, 59, "America/New_York"], "2026-03-08T06:59:00.000Z"],
    [[2026, 3, 8, 2, 30, "America/New_York"], "2026-03-08T07:30:00.000Z"],
    [[2026, 3, 8, 3, 0, "America/New_York"], "2026-03-08T07:00:00.000Z"],
    [[2026, 11, 1, 0, 30, "America/New_York"], "2026-11-01T04:30:00.000Z"],
    [[2026, 11, 1, 1, 30, "America/New_York"], "2026-11-01T05:30:00.000Z"],
    [[2026, 11, 1, 2, 0, "America/New_York"], "2026-11-01T07:00:00.000Z"],
    // Lord Howe moves by half an hour; Samoa skipped 30 December 2011 altogether.
    [[2026, 10, 4, 2, 15, "Australia/Lord_Howe"], "2026-10-03T15:45:00.000Z"],
    [[2026, 4, 5, 1, 45, "Australia/Lord_Howe"], "2026-04-04T14:45:00.000Z"],
    [[2011, 12, 30, 12, 0, "Pacific/Apia"], "2011-12-30T22:00:00.000Z"],
  ] as [[number, number, number, number, number, string], string][])("%j → %s", (args, want) => {
    expect(iso(wallTimeToInstant(...args))).toBe(want);
  });

  it("gives back the wall time of any instant, taking the earlier of two", () => {
    const zones = [
      "Europe/Berlin",
      "America/New_York",
      "Asia/Shanghai",
      "Australia/Sydney",
      "America/Sao_Paulo",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60000, max: Date.UTC(2040, 0, 1) / 60000 }),
        fc.constantFrom(...zones),
        (minute, tz) => {
          const t = minute * 60000;
          const f = new Intl.DateTimeFormat("en-US", {
            timeZone: tz,
            hourCycle: "h23",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
          });
          const p: Record<string, number> = {};
          for (const x of f.formatToParts(t)) p[x.type] = Number(x.value);
          const back = wallTimeToInstant(p.year, p.month, p.day, p.hour, p.minute, tz).getTime();
          expect(back <= t && t - back <= 3_600_000).toBe(true);
          const q: Record<string, number> = {};
          for (const x of f.formatToParts(back)) q[x.type] = Number(x.value);
          expect(q).toEqual(p);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("throws on times that cannot be read", () => {
    expect(() => wallTimeToInstant(2026, 2, 30, 10, 0, "UTC")).toThrow(RangeError);
    expect(() => wallTimeToInstant(2026, 11, 26, 24, 0, "UTC")).toThrow(RangeError);
    expect(() => wallTimeToInstant(2026, 11, 26, 10, 60, "UTC")).toThrow(RangeError);
    expect(() => wallTimeToInstant(2026, 11, 26, 10, 0, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("time zones", () => {
  it.each([
    ["Europe/Berlin", true],
    ["America/New_York", true],
    ["Asia/Shanghai", true],
    ["UTC", true],
    ["Mars/Olympus", false],
    ["", false],
    ["Berlin", false],
  ])("isValidTimeZone(%s) = %s", (tz, ok) => {
    expect(isValidTimeZone(tz)).toBe(ok);
  });

  it.each([
    ["2026-01-15T12:00:00Z", "Europe/Berlin", 60],
    ["2026-07-15T12:00:00Z", "Europe/Berlin", 120],
    ["2026-01-15T12:00:00Z", "America/New_York", -300],
    ["2026-07-15T12:00:00Z", "America/New_York", -240],
    ["2026-07-15T12:00:00Z", "Asia/Kolkata", 330],
    ["2026-07-15T12:00:00Z", "Asia/Shanghai", 480],
  ])("offset at %s in %s is %i minutes", (instant, tz, minutes) => {
    expect(offsetMinutes(new Date(instant), tz)).toBe(minutes);
  });
});
