import { checkDate, checkZone, dateIn, endOfDay } from "../../../src/cli/clock";

describe("the clock options", () => {
  it("ends the given day in the rep's zone", () => {
    expect(endOfDay("2026-11-24", "Asia/Shanghai").toISOString()).toBe("2026-11-24T15:59:59.999Z");
    expect(endOfDay("2026-11-24", "UTC").toISOString()).toBe("2026-11-24T23:59:59.999Z");
    expect(endOfDay("2026-11-24", "America/New_York").toISOString()).toBe(
      "2026-11-25T04:59:59.999Z"
    );
    expect(endOfDay("2026-12-31", "Pacific/Kiritimati").toISOString()).toBe(
      "2026-12-31T09:59:59.999Z"
    );
  });

  it("follows daylight saving time on the day it changes", () => {
    // Europe/Berlin leaves summer time on 25 Oct 2026: the day ends at UTC+1.
    expect(endOfDay("2026-10-25", "Europe/Berlin").toISOString()).toBe("2026-10-25T22:59:59.999Z");
    expect(endOfDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z");
  });

  it("gives calendar dates in a zone", () => {
    expect(dateIn("2026-11-13T02:30:00Z", "Asia/Dubai")).toBe("2026-11-13");
    expect(dateIn("2026-11-13T02:30:00Z", "America/Los_Angeles")).toBe("2026-11-12");
    const end = endOfDay("2026-11-24", "Asia/Tokyo");
    expect(dateIn(end, "Asia/Tokyo")).toBe("2026-11-24");
  });

  it("refuses zones and dates that do not exist", () => {
    expect(() => checkZone("Mars/Olympus")).toThrow('--tz: unknown time zone "Mars/Olympus"');
    expect(checkZone("Europe/Berlin")).toBe("Europe/Berlin");
    for (const bad of ["2026-02-30", "2026-13-01", "24.11.2026", "2026-11-24T10:00", "tomorrow"]) {
      expect(() => checkDate(bad)).toThrow(`--now: "${bad}" is not a date (use YYYY-MM-DD)`);
    }
    expect(checkDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
