import {
  NAMES,
  fold,
  keyOf,
  monthFromName,
  weekdayFromName,
} from "../../../../src/core/dates/names";
import { MAIL_LANGUAGES } from "../../../../src/core/languages";

describe("month names", () => {
  it.each([
    ["November", 11],
    ["NOVEMBER", 11],
    ["nov.", 11],
    ["Sept.", 9],
    ["noviembre", 11],
    ["setiembre", 9],
    ["novembre", 11],
    ["Févr.", 2],
    ["fevrier", 2],
    ["Août", 8],
    ["aout", 8],
    ["März", 3],
    ["Maerz", 3],
    ["Jänner", 1],
    ["Mrz", 3],
    ["novembro", 11],
    ["março", 3],
    ["marco", 3],
    ["dez.", 12],
    ["gennaio", 1],
    ["dicembre", 12],
    ["ноября", 11],
    ["ноябрь", 11],
    ["нояб.", 11],
    ["мая", 5],
    ["май", 5],
    ["января", 1],
    ["نوفمبر", 11],
    ["تشرين الثاني", 11],
    ["تشرين  الثاني", 11],
    ["كانون الثاني", 1],
    ["كانون الأول", 12],
    ["كانون الاول", 12],
    ["أبريل", 4],
    ["ابريل", 4],
    ["إبريل", 4],
    ["آذار", 3],
    ["يونيه", 6],
    ["غشت", 8],
    ["جانفي", 1],
    ["november", 11],
    ["mrt", 3],
    ["mei", 5],
    ["listopada", 11],
    ["listopad", 11],
    ["września", 9],
    ["wrzesnia", 9],
    ["październik", 10],
    ["paź", 10],
    ["Kasım", 11],
    ["KASIM", 11],
    ["kasim", 11],
    ["Ağustos", 8],
    ["Şub", 2],
  ])("%s is month %i", (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each(["novembers", "", "13", "foo", "星期四", "monday"])("%j is no month", (name) => {
    expect(monthFromName(name)).toBeNull();
  });
});

describe("weekday names", () => {
  it.each([
    ["Thursday", 4],
    ["thu", 4],
    ["Thurs.", 4],
    ["jueves", 4],
    ["jue", 4],
    ["miércoles", 3],
    ["miercoles", 3],
    ["jeudi", 4],
    ["jeu.", 4],
    ["Donnerstag", 4],
    ["Do.", 4],
    ["Sonnabend", 6],
    ["quinta-feira", 4],
    ["quinta feira", 4],
    ["qui.", 4],
    ["sábado", 6],
    ["sabado", 6],
    ["giovedì", 4],
    ["giovedi", 4],
    ["четверг", 4],
    ["чт", 4],
    ["пятницу", 5],
    ["пятницы", 5],
    ["среду", 3],
    ["الخميس", 4],
    ["الجمعة", 5],
    ["الجمعه", 5],
    ["الإثنين", 1],
    ["الاثنين", 1],
    ["donderdag", 4],
    ["do", 4],
    ["czwartek", 4],
    ["czw.", 4],
    ["środa", 3],
    ["sroda", 3],
    ["Perşembe", 4],
    ["persembe", 4],
    ["Çarşamba", 3],
    ["星期四", 4],
    ["周四", 4],
    ["週四", 4],
    ["礼拜四", 4],
    ["禮拜四", 4],
    ["星期天", 0],
    ["星期日", 0],
    ["周日", 0],
    ["木曜日", 4],
    ["木曜", 4],
    ["木", 4],
  ])("%s is weekday %i", (name, wd) => {
    expect(weekdayFromName(name)).toBe(wd);
  });

  it.each(["thursdays", "", "4", "november", "周"])("%j is no weekday", (name) => {
    expect(weekdayFromName(name)).toBeNull();
  });
});

describe("fold", () => {
  it.each([
    ["Perşembe", "persembe"],
    ["İSTANBUL", "istanbul"],
    ["KASIM", "kasim"],
    ["Kasım", "kasim"],
    ["Łódź", "lodz"],
    ["Straße", "strasse"],
    ["Ёлка", "елка"],
    ["Février", "fevrier"],
    ["أبريل", "ابريل"],
    ["غداً", "غدا"],
    ["الجمعة", "الجمعه"],
    ["plain", "plain"],
  ])("%s → %s", (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  it("makes multi-word keys from any separator", () => {
    expect(keyOf("quinta-feira")).toBe("quinta feira");
    expect(keyOf("Aujourd’hui")).toBe("aujourd hui");
    expect(keyOf("a. m.")).toBe("a m");
  });
});

describe("the name tables", () => {
  it("cover every mail language", () => {
    expect(Object.keys(NAMES).sort()).toEqual([...MAIL_LANGUAGES].sort());
  });

  it.each(Object.entries(NAMES))("%s has 12 months (or none) and 7 weekdays", (_, n) => {
    expect([0, 12]).toContain(n.months.length);
    expect([0, 12]).toContain(n.monthsShort.length);
    expect(n.weekdays).toHaveLength(7);
    expect([0, 7]).toContain(n.weekdaysShort.length);
  });

  it("never gives one written form two different months or weekdays", () => {
    for (const [full, short] of [
      ["months", "monthsShort"],
      ["weekdays", "weekdaysShort"],
    ] as const) {
      const seen = new Map<string, number>();
      for (const n of Object.values(NAMES)) {
        for (const list of [n[full], n[short]]) {
          list.forEach((forms, i) => {
            for (const form of forms.split("|")) {
              const key = keyOf(form);
              expect([undefined, i]).toContain(seen.get(key));
              seen.set(key, i);
            }
          });
        }
      }
    }
  });
});
