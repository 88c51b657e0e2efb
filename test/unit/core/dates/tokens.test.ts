import { matchAt, pattern } from "../../../../src/core/dates/match";
import { tokenize } from "../../../../src/core/dates/tokens";

const view = (s: string) => tokenize(s).map((t) => [s.slice(t.start, t.end), t.kind]);

describe("tokenize", () => {
  it.each([
    [
      "26.11.2026 10:30",
      [
        ["26.11.2026", "group"],
        ["10:30", "group"],
      ],
    ],
    [
      "bis 15.12.",
      [
        ["bis", "word"],
        ["15.12.", "group"],
      ],
    ],
    [
      "26.11.2026.",
      [
        ["26.11.2026", "group"],
        [".", "punct"],
      ],
    ],
    [
      "USD 12,500.00",
      [
        ["USD", "word"],
        ["12,500", "group"],
        [".", "punct"],
        ["00", "num"],
      ],
    ],
    [
      "6th 1er 6-го 1º",
      [
        ["6th", "num"],
        ["1er", "num"],
        ["6-го", "num"],
        ["1º", "num"],
      ],
    ],
    [
      "10am",
      [
        ["10", "num"],
        ["am", "word"],
      ],
    ],
    [
      "Do., 26. Nov.",
      [
        ["Do.", "word"],
        [",", "punct"],
        ["26", "num"],
        [".", "punct"],
        ["Nov.", "word"],
      ],
    ],
    [
      "November.",
      [
        ["November", "word"],
        [".", "punct"],
      ],
    ],
    [
      "10:30 a. m.",
      [
        ["10:30", "group"],
        ["a. m.", "word"],
      ],
    ],
    ["quinta-feira", [["quinta-feira", "word"]]],
    ["كانون الثاني", [["كانون الثاني", "word"]]],
    [
      "٢٦ نوفمبر ٢٠٢٦م",
      [
        ["٢٦", "num"],
        ["نوفمبر", "word"],
        ["٢٠٢٦م", "num"],
      ],
    ],
    [
      "下周二付款",
      [
        ["下", "word"],
        ["周二", "word"],
        ["付款", "word"],
      ],
    ],
    [
      "二〇二六年十一月二十六日",
      [
        ["二〇二六", "num"],
        ["年", "word"],
        ["十一", "num"],
        ["月", "word"],
        ["二十六", "num"],
        ["日", "word"],
      ],
    ],
    [
      "2026年11月26日（木）",
      [
        ["2026", "num"],
        ["年", "word"],
        ["11", "num"],
        ["月", "word"],
        ["26", "num"],
        ["日", "word"],
        ["（", "punct"],
        ["木", "word"],
        ["）", "punct"],
      ],
    ],
  ])("%j", (text, want) => {
    expect(view(text)).toEqual(want);
  });

  it("reads the value of every digit script", () => {
    const values = tokenize("26 ٢٦ ۲۶ ２６ 二十六").map((t) => t.value);
    expect(values).toEqual([26, 26, 26, 26, 26]);
  });

  it("gives numbers written onto codes no date roles", () => {
    for (const code of ["PI2611", "SR-2611", "+86", "#12", "v1.2"]) {
      const last = tokenize(code).at(-1);
      expect(last?.roles).toEqual({});
    }
  });

  it("marks line breaks and capitals", () => {
    const [a, b] = tokenize("May\n6");
    expect(a.cap).toBe(true);
    expect(b.newline).toBe(true);
  });
});

describe("matchAt", () => {
  it("takes the longest way through optional elements", () => {
    const toks = tokenize("Friday, 6 January 2027 rest");
    const m = matchAt(pattern("date", "weekday? ,? day .? of? month ,? year?"), toks, 0);
    expect(m && [m.start, m.end, m.caps]).toEqual([
      0,
      5,
      { weekday: 0, ",": 1, day: 2, month: 3, year: 4 },
    ]);
  });

  it("captures under another name and skips what is left out", () => {
    const toks = tokenize("2027年1月6日");
    const m = matchAt(pattern("date", "year? yearMark? mo=day monthMark day dayMark"), toks, 0);
    expect(m?.caps).toEqual({ year: 0, yearMark: 1, mo: 2, monthMark: 3, day: 4, dayMark: 5 });
    expect(
      matchAt(pattern("date", "year? yearMark? mo=day monthMark day dayMark"), toks, 2)?.end
    ).toBe(6);
  });

  it("fails where a required element is missing", () => {
    expect(matchAt(pattern("date", "day month"), tokenize("6 apples"), 0)).toBeNull();
  });
});
