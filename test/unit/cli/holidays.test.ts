import { holidayCountries, holidayYears } from "../../../src/cli/holidays";
import { makeCalendar } from "../../../src/core/policy";

describe("holidayYears: date-holidays packed for the core", () => {
  it("keeps national public holidays, by day of the year", () => {
    const spain = makeCalendar("ES", holidayYears("ES"));
    expect(spain.isBusinessDay("2026-12-08")).toBe(false); // Immaculate Conception, a Tuesday
    expect(spain.isBusinessDay("2026-12-25")).toBe(false);
    expect(spain.isBusinessDay("2026-12-09")).toBe(true);
  });

  it("counts every day of a holiday that spans several (Eid al-Fitr in Saudi Arabia)", () => {
    const saudi = makeCalendar("SA", holidayYears("SA"));
    const eid = ["2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22"];
    expect(eid.map((d) => saudi.isBusinessDay(d))).toEqual([false, false, false, false]);
  });

  it("leaves out observances and bank days that are not days off (Rose Monday, Christmas Eve)", () => {
    const germany = makeCalendar("DE", holidayYears("DE"));
    expect(germany.isBusinessDay("2026-02-16")).toBe(true);
    expect(germany.isBusinessDay("2026-12-24")).toBe(true);
    expect(germany.isBusinessDay("2026-12-25")).toBe(false);
  });

  it("leaves out half days off and holidays for some people only (China's Youth and Children's Days)", () => {
    const china = makeCalendar("CN", holidayYears("CN"));
    // Women's Day, Youth Day and Army Day are half days; Children's Day is for children.
    for (const day of ["2026-05-04", "2026-06-01", "2027-03-08", "2028-08-01"])
      expect([day, china.isBusinessDay(day)]).toEqual([day, true]);
    expect(china.isBusinessDay("2026-10-01")).toBe(false); // National Day
    const iceland = makeCalendar("IS", holidayYears("IS"));
    expect(iceland.isBusinessDay("2026-12-24")).toBe(true); // Christmas Eve, from 13:00
    const madagascar = makeCalendar("MG", holidayYears("MG"));
    expect(madagascar.isBusinessDay("2027-03-08")).toBe(true); // Women's Day, a Monday
  });

  it("covers the years of the build, and no country it does not know", () => {
    expect(Object.keys(holidayYears("CN")!)).toEqual([
      "2024",
      "2025",
      "2026",
      "2027",
      "2028",
      "2029",
      "2030",
      "2031",
      "2032",
    ]);
    expect(holidayYears("QQ")).toBeNull();
    expect(holidayCountries()).toEqual(expect.arrayContaining(["DE", "CN", "AE", "BR", "IN"]));
  });
});
