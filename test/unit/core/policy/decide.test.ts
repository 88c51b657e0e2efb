import {
  DEFAULT_POLICY,
  decide,
  explain,
  makeCalendar,
  type Decision,
  type HolidayYears,
} from "../../../../src/core/policy";
import type { Message, MessageKind } from "../../../../src/core/thread/model";
import { at, msg, now, thread } from "./build";

/** Germany's public holidays in 2026 (days of the year), as the build packs them from date-holidays. */
const DE_2026: HolidayYears = { "2026": [1, 93, 96, 121, 134, 145, 276, 359, 360] };
const DE = makeCalendar("DE", DE_2026);
const SA = makeCalendar("SA", {});
const NONE = makeCalendar(null);

/** A thread in one line per message: kind, day (noon UTC), and what the reader found in it. */
type Row = [MessageKind, string, Partial<Message>?];
const rows = (...messages: Row[]) =>
  thread(...messages.map(([k, day, extra]) => msg(k, at(day), extra)));

describe("PRODUCT.md §3, rule by rule", () => {
  it.each<[string, Row[], string, Partial<Decision>]>([
    [
      "1. no chase yet: ok",
      [["reply", "2026-11-02"]],
      "2026-11-20",
      { status: "ok", earliest: null, k: 0, gap: null, why: { rule: "no-chase" } },
    ],
    [
      "2. the buyer wrote last: respond",
      [
        ["chase", "2026-11-16"],
        ["reply", "2026-11-17"],
      ],
      "2026-11-20",
      { status: "respond", earliest: null, k: 0 },
    ],
    [
      // Friday 27 November + 1 business day = Monday 30 November.
      "2. the buyer wrote last with a payment date still ahead: hold until the next business day after it",
      [
        ["chase", "2026-11-16"],
        ["reply", "2026-11-17", { promisedDate: "2026-11-27" }],
      ],
      "2026-11-20",
      {
        status: "hold",
        earliest: "2026-11-30",
        why: { rule: "buyer-wrote", on: "2026-11-17", promised: "2026-11-27", after: 1 },
      },
    ],
    [
      // The hold it announced the day before stands: the buyer has the day they named to pay.
      "2. the buyer wrote last, and today is the day they promised: hold to the next business day",
      [
        ["chase", "2026-11-16"],
        ["reply", "2026-11-17", { promisedDate: "2026-11-27" }],
      ],
      "2026-11-27",
      { status: "hold", earliest: "2026-11-30" },
    ],
    [
      "2. the buyer wrote last with a payment date now past: respond",
      [
        ["chase", "2026-11-16"],
        ["reply", "2026-11-17", { promisedDate: "2026-11-18" }],
      ],
      "2026-11-20",
      { status: "respond" },
    ],
    [
      "3. an auto-reply with a return date ahead: hold until a business day after it",
      [
        ["chase", "2026-11-16"],
        ["auto-reply", "2026-11-16", { returnDate: "2026-11-23" }],
      ],
      "2026-11-18",
      {
        status: "hold",
        earliest: "2026-11-24",
        why: { rule: "auto-reply", on: "2026-11-16", returnDate: "2026-11-23", after: 1, hold: 5 },
      },
    ],
    [
      // "Away until Friday 4 December" reads as back on Saturday the 5th; they are back Monday the 7th.
      "3. a return date on the buyer's weekend: hold until a business day after their first day back",
      [
        ["chase", "2026-11-16"],
        ["auto-reply", "2026-11-16", { returnDate: "2026-12-05" }],
      ],
      "2026-11-18",
      {
        status: "hold",
        earliest: "2026-12-08",
        why: { rule: "auto-reply", on: "2026-11-16", returnDate: "2026-12-07", after: 1, hold: 5 },
      },
    ],
    [
      // 25 December 2026 is a Friday and a German holiday: back Monday 28, chase from Tuesday 29.
      "3. a return date on the buyer's holiday: the same",
      [
        ["chase", "2026-12-16"],
        ["auto-reply", "2026-12-16", { returnDate: "2026-12-25" }],
      ],
      "2026-12-18",
      {
        status: "hold",
        earliest: "2026-12-29",
        why: expect.objectContaining({ returnDate: "2026-12-28" }),
      },
    ],
    [
      "3. an auto-reply without a return date: hold 5 business days after it",
      [
        ["chase", "2026-11-16"],
        ["auto-reply", "2026-11-16"],
      ],
      "2026-11-18",
      {
        status: "hold",
        earliest: "2026-11-23",
        why: expect.objectContaining({ returnDate: null }),
      },
    ],
    [
      "3. an auto-reply whose hold has passed: the gap rule decides",
      [
        ["chase", "2026-11-02"],
        ["auto-reply", "2026-11-02"],
      ],
      "2026-11-20",
      { status: "ok", k: 1, gap: 3, why: expect.objectContaining({ rule: "gap" }) },
    ],
    [
      "3. an auto-reply before our last chase does not hold",
      [
        ["chase", "2026-11-02"],
        ["auto-reply", "2026-11-02", { returnDate: "2026-12-01" }],
        ["chase", "2026-11-18"],
      ],
      "2026-11-19",
      { status: "too-soon", k: 2, gap: 5, why: expect.objectContaining({ rule: "gap" }) },
    ],
    [
      "4. an earlier promise still ahead: hold",
      [
        ["reply", "2026-11-10", { promisedDate: "2026-11-26" }],
        ["chase", "2026-11-16"],
      ],
      "2026-11-20",
      {
        status: "hold",
        earliest: "2026-11-27",
        why: { rule: "promise", on: "2026-11-10", promised: "2026-11-26", after: 1 },
      },
    ],
    [
      "4. an earlier promise due today: hold to the next business day",
      [
        ["reply", "2026-11-10", { promisedDate: "2026-11-26" }],
        ["chase", "2026-11-16"],
      ],
      "2026-11-26",
      { status: "hold", earliest: "2026-11-27" },
    ],
    [
      "4. an earlier promise now past: the gap rule decides",
      [
        ["reply", "2026-11-10", { promisedDate: "2026-11-12" }],
        ["chase", "2026-11-16"],
      ],
      "2026-11-20",
      { status: "ok", k: 1, gap: 3 },
    ],
    [
      "5. only chases after the buyer's last reply count",
      [
        ["chase", "2026-11-02"],
        ["chase", "2026-11-04"],
        ["reply", "2026-11-05"],
        ["chase", "2026-11-16"],
      ],
      "2026-11-18",
      { status: "too-soon", k: 1, gap: 3, earliest: "2026-11-19" },
    ],
  ])("%s", (_, messages, today, expected) => {
    expect(decide(rows(...messages), now(today), DEFAULT_POLICY, DE, "UTC")).toMatchObject(
      expected
    );
  });

  it.each([
    // k, chases (Mondays and Wednesdays), today, expected status, earliest, gap
    [1, ["2026-11-16"], "2026-11-18", "too-soon", "2026-11-19", 3],
    [1, ["2026-11-16"], "2026-11-19", "ok", null, 3],
    [2, ["2026-11-09", "2026-11-16"], "2026-11-20", "too-soon", "2026-11-23", 5],
    [3, ["2026-11-02", "2026-11-09", "2026-11-16"], "2026-11-24", "too-soon", "2026-11-25", 7],
    [
      4,
      ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"],
      "2026-11-27",
      "too-soon",
      "2026-11-30",
      10,
    ],
    [
      5,
      ["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"],
      "2026-11-30",
      "ok",
      null,
      10,
    ],
  ])(
    "5. k = %i: the gap after the last unanswered chase",
    (k, chases, today, status, earliest, gap) => {
      const d = decide(
        thread(msg("reply", at("2026-10-01")), ...chases.map((c) => msg("chase", at(c)))),
        now(today),
        DEFAULT_POLICY,
        DE,
        "UTC"
      );
      expect(d).toMatchObject({ status, earliest, k, gap });
    }
  );

  it.each([
    ["middleman", 1, 7, "middleman"],
    ["middleman", 4, 10, null],
    ["competitor", 1, 2, "competitor"],
    ["competitor", 3, 2, "competitor"],
    ["cash_flow", 2, 5, null],
  ] as const)("reason %s with k = %i: gap %i", (reason, k, gap, adjusted) => {
    const chases = ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"].slice(-k);
    const d = decide(
      thread(msg("reply", at("2026-10-01")), ...chases.map((c) => msg("chase", at(c)))),
      now("2026-11-17"),
      DEFAULT_POLICY,
      DE,
      "UTC",
      reason
    );
    expect(d).toMatchObject({ gap, why: { adjusted } });
  });

  it("every number is a setting", () => {
    const settings = { ...DEFAULT_POLICY, gaps: [1, 2], autoReplyHold: 2, afterPromise: 3 };
    expect(
      decide(thread(msg("chase", at("2026-11-16"))), now("2026-11-17"), settings, DE, "UTC")
    ).toMatchObject({ status: "ok", gap: 1 });
    expect(
      decide(
        thread(msg("chase", at("2026-11-12")), msg("chase", at("2026-11-16"))),
        now("2026-11-17"),
        settings,
        DE,
        "UTC"
      )
    ).toMatchObject({ status: "too-soon", gap: 2, earliest: "2026-11-18" });
    const promised = decide(
      thread(
        msg("chase", at("2026-11-16")),
        msg("reply", at("2026-11-17"), { promisedDate: "2026-11-20" })
      ),
      now("2026-11-17"),
      settings,
      DE,
      "UTC"
    );
    expect(promised.earliest).toBe("2026-11-25");
  });
});

describe("the buyer's calendar", () => {
  it("skips a Friday–Saturday weekend", () => {
    // Chase on Thursday 19 November; Saudi business days: Sun 22, Mon 23, Tue 24.
    const d = decide(
      thread(msg("chase", at("2026-11-19"))),
      now("2026-11-20"),
      DEFAULT_POLICY,
      SA,
      "UTC"
    );
    expect(d).toMatchObject({ status: "too-soon", earliest: "2026-11-24" });
  });

  it("skips a public holiday inside the gap (Christmas in Germany)", () => {
    // Wed 23 Dec; Thu 24 (1), Fri 25 holiday, Sat, Sun, Mon 28 (2), Tue 29 (3).
    const d = decide(
      thread(msg("chase", at("2026-12-23"))),
      now("2026-12-24"),
      DEFAULT_POLICY,
      DE,
      "UTC"
    );
    expect(d.earliest).toBe("2026-12-29");
    expect(
      decide(
        thread(msg("chase", at("2026-12-23"))),
        now("2026-12-24"),
        DEFAULT_POLICY,
        makeCalendar("DE"),
        "UTC"
      ).earliest
    ).toBe("2026-12-28");
  });

  it("counts a chase sent on a weekend from the next business day", () => {
    // Saturday 21 November: Mon 23 (1), Tue 24 (2), Wed 25 (3).
    expect(
      decide(thread(msg("chase", at("2026-11-21"))), now("2026-11-23"), DEFAULT_POLICY, NONE, "UTC")
        .earliest
    ).toBe("2026-11-25");
  });
});

describe("the rep's time zone", () => {
  it("puts a chase on the rep's calendar day across midnight", () => {
    // 23:30 UTC Monday is Tuesday morning in Shanghai and Monday evening in New York.
    const chase = thread(msg("chase", "2026-11-23T23:30:00Z"));
    const when = new Date("2026-11-26T20:00:00Z");
    expect(decide(chase, when, DEFAULT_POLICY, NONE, "Asia/Shanghai")).toMatchObject({
      today: "2026-11-27",
      status: "ok",
    });
    expect(decide(chase, when, DEFAULT_POLICY, NONE, "America/New_York")).toMatchObject({
      today: "2026-11-26",
      status: "ok",
    });
    expect(
      decide(chase, new Date("2026-11-26T15:00:00Z"), DEFAULT_POLICY, NONE, "Asia/Shanghai")
    ).toMatchObject({ today: "2026-11-26", status: "too-soon", earliest: "2026-11-27" });
  });

  it("counts days right across a daylight-saving change", () => {
    // 22:30 UTC Friday 23 Oct is 00:30 Saturday in Berlin (CEST); clocks go back on Sunday 25 Oct.
    const chase = thread(msg("chase", "2026-10-23T22:30:00Z"));
    expect(
      decide(chase, new Date("2026-10-27T22:30:00Z"), DEFAULT_POLICY, DE, "Europe/Berlin")
    ).toMatchObject({ today: "2026-10-27", status: "too-soon", earliest: "2026-10-28" });
    // 23:30 UTC on the 27th is 00:30 on the 28th in Berlin, now on CET.
    expect(
      decide(chase, new Date("2026-10-27T23:30:00Z"), DEFAULT_POLICY, DE, "Europe/Berlin")
    ).toMatchObject({ today: "2026-10-28", status: "ok" });
  });

  it("leaves out messages sent after now, but not an undated chase", () => {
    // The reply of the 25th has not happened yet; the undated chase counts (undated-chases.test.ts).
    const d = decide(
      thread(msg("chase", null), msg("chase", at("2026-11-16")), msg("reply", at("2026-11-25"))),
      now("2026-11-18"),
      DEFAULT_POLICY,
      DE,
      "UTC"
    );
    expect(d).toMatchObject({ status: "too-soon", k: 2, gap: 5 });
  });
});

describe("why, in the UI languages", () => {
  const twoChases = decide(
    thread(
      msg("reply", at("2026-11-01")),
      msg("chase", at("2026-11-23")),
      msg("chase", at("2026-11-26"))
    ),
    now("2026-11-27"),
    DEFAULT_POLICY,
    DE,
    "UTC"
  );

  it("English", () => {
    expect(explain(twoChases, "en")).toBe(
      "You chased on Mon 23 Nov and Thu 26 Nov with no reply; after 2 unanswered chases Kindly waits 5 business days; Germany's weekend and holidays counted."
    );
    expect(explain({ ...twoChases, country: "AE" }, "en")).toContain(
      "; United Arab Emirates' weekend and holidays counted."
    );
  });

  it("Simplified and Traditional Chinese", () => {
    expect(explain(twoChases, "zh-CN")).toBe(
      "您于 11月23日（周一）、11月26日（周四） 催过款，买家未回复；2 次未获回复的催款后 Kindly 等 5 个工作日；已计入德国的周末和节假日。"
    );
    expect(explain(twoChases, "zh-TW")).toBe(
      "您於 11月23日（週一）、11月26日（週四） 催過款，買家未回覆；2 次未獲回覆的催款後 Kindly 等 5 個工作日；已計入德國的週末和假日。"
    );
  });

  it("says when a reason changed the gap, and when the rep may chase", () => {
    const middleman = decide(
      thread(msg("chase", at("2026-11-16"))),
      now("2026-11-30"),
      DEFAULT_POLICY,
      NONE,
      "UTC",
      "middleman"
    );
    expect(explain(middleman, "en")).toBe(
      "You chased on Mon 16 Nov with no reply; after 1 unanswered chase Kindly waits 7 business days (at least 7 business days: a buyer waiting on his own customer is chased rarely); weekends counted (country unknown); so you can chase now."
    );
  });

  it("says when the buyer's holidays are unknown, so only their weekend was counted", () => {
    const chased = decide(
      thread(msg("chase", at("2026-11-16"))),
      now("2026-11-17"),
      DEFAULT_POLICY,
      SA,
      "UTC"
    );
    expect(explain(chased, "en")).toContain(
      "; Saudi Arabia's weekend counted (Kindly knows no public holidays there)."
    );
    expect(explain(chased, "zh-CN")).toContain(
      "已计入沙特阿拉伯的周末（Kindly 没有该国的节假日资料）"
    );
    expect(explain({ ...chased, country: null }, "en")).toContain(
      "; weekends counted (country unknown)."
    );
  });

  it("counts many chases without saying the buyer ever replied", () => {
    const chases = ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"];
    const d = decide(
      thread(...chases.map((c) => msg("chase", at(c)))),
      now("2026-11-17"),
      DEFAULT_POLICY,
      DE,
      "UTC"
    );
    expect(explain(d, "en")).toBe(
      "You chased 4 times with no reply, last on Mon 16 Nov; after 4 unanswered chases Kindly waits 10 business days; Germany's weekend and holidays counted."
    );
    expect(explain(d, "zh-TW")).toMatch(
      /^您已催款 4 次，買家未回覆，最近一次在 11月16日（週一）；/
    );
  });

  it("every rule has its sentence", () => {
    const rules = [
      decide(thread(), now("2026-11-20"), DEFAULT_POLICY, DE, "UTC"),
      decide(
        thread(msg("chase", at("2026-11-16")), msg("reply", at("2026-11-17"))),
        now("2026-11-20"),
        DEFAULT_POLICY,
        DE,
        "UTC"
      ),
      decide(
        thread(
          msg("chase", at("2026-11-16")),
          msg("auto-reply", at("2026-11-16"), { returnDate: "2026-11-23" })
        ),
        now("2026-11-18"),
        DEFAULT_POLICY,
        DE,
        "UTC"
      ),
      decide(
        thread(msg("chase", at("2026-11-16")), msg("auto-reply", at("2026-11-16"))),
        now("2026-11-18"),
        DEFAULT_POLICY,
        DE,
        "UTC"
      ),
      decide(
        thread(
          msg("reply", at("2026-11-10"), { promisedDate: "2026-11-26" }),
          msg("chase", at("2026-11-16"))
        ),
        now("2026-11-20"),
        DEFAULT_POLICY,
        DE,
        "UTC"
      ),
    ];
    expect(rules.map((d) => explain(d, "en"))).toEqual([
      "You have not chased this payment yet.",
      "The buyer wrote last, on Tue 17 Nov: answering them is not chasing.",
      "An automatic reply on Mon 16 Nov says they are back on Mon 23 Nov; Kindly waits 1 business day after that.",
      "An automatic reply came on Mon 16 Nov without a return date; Kindly waits 5 business days.",
      "The buyer promised payment on Thu 26 Nov (in their message of Tue 10 Nov); Kindly waits 1 business day after that.",
    ]);
    for (const d of rules)
      for (const lang of ["zh-CN", "zh-TW"] as const)
        expect(explain(d, lang)).not.toMatch(/\{\w+\}|undefined/);
  });
});

describe("how long to wait", () => {
  it("counts the business days until a chase is fine", () => {
    // Chased Wed 25 Nov; k = 1 waits until Mon 30 Nov; on Fri 27 that is 1 business day away.
    const d = decide(
      thread(msg("chase", at("2026-11-25"))),
      now("2026-11-27"),
      DEFAULT_POLICY,
      DE,
      "UTC"
    );
    expect(d).toMatchObject({ status: "too-soon", earliest: "2026-11-30", waitDays: 1 });
    expect(decide(thread(), now("2026-11-27"), DEFAULT_POLICY, DE, "UTC").waitDays).toBe(0);
  });
});
