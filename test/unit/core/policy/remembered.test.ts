import {
  DEFAULT_POLICY,
  decide,
  countryCodes,
  countryName,
  isCountryCode,
  makeCalendar,
  chaseDays,
  overrideAfterChases,
  standingOverride,
  withRememberedChases,
} from "../../../../src/core/policy";
import { at, msg, now, thread } from "./build";

const AMY = { name: "Amy", address: "amy@sunrisetex.com" };
const DE = makeCalendar("DE", {});

describe("withRememberedChases", () => {
  it("adds a remembered chase the thread does not show, at the start of its day in the rep's zone", () => {
    const shown = thread(msg("reply", at("2026-11-02")), msg("chase", at("2026-11-16")));
    const t = withRememberedChases(shown, ["2026-11-09"], "Asia/Shanghai", { me: AMY });
    expect(t.messages.map((m) => [m.kind, m.source, m.sentAt])).toEqual([
      ["reply", "item", at("2026-11-02")],
      ["chase", "memory", "2026-11-08T16:00:00.000Z"], // midnight in Shanghai
      ["chase", "item", at("2026-11-16")],
    ]);
    expect(t.messages[1]).toMatchObject({ side: "ours", from: AMY, id: "memory:2026-11-09" });
    expect(shown.messages).toHaveLength(2); // the thread it was given is left as it was
  });

  it("never doubles a chase the mailbox shows on that day, nor a day remembered twice", () => {
    const shown = thread(msg("chase", at("2026-11-16")));
    const t = withRememberedChases(shown, ["2026-11-16", "2026-11-20", "2026-11-20"], "UTC");
    expect(t.messages.map((m) => m.sentAt?.slice(0, 10))).toEqual(["2026-11-16", "2026-11-20"]);
  });

  it("ignores days that are not calendar dates, and returns the same thread when nothing is added", () => {
    const shown = thread(msg("chase", at("2026-11-16")));
    expect(withRememberedChases(shown, ["2026-02-30", "soon"], "UTC")).toBe(shown);
    expect(withRememberedChases(shown, [], "UTC")).toBe(shown);
  });

  it("keeps undated messages where they were", () => {
    const undated = msg("other", null);
    const t = withRememberedChases(
      thread(msg("reply", at("2026-11-02")), undated, msg("reply", at("2026-11-20"))),
      ["2026-11-10"],
      "UTC"
    );
    expect(t.messages.map((m) => m.sentAt?.slice(0, 10) ?? null)).toEqual([
      "2026-11-02",
      null,
      "2026-11-10",
      "2026-11-20",
    ]);
  });

  it("makes the policy count what the quotes left out", () => {
    const quoted = thread(msg("reply", at("2026-11-02")), msg("chase", at("2026-11-18")));
    const before = decide(quoted, now("2026-11-20"), DEFAULT_POLICY, DE, "UTC");
    expect([before.k, before.earliest]).toEqual([1, "2026-11-23"]);
    const remembered = withRememberedChases(quoted, ["2026-11-11"], "UTC");
    const after = decide(remembered, now("2026-11-20"), DEFAULT_POLICY, DE, "UTC");
    expect([after.k, after.gap, after.earliest]).toEqual([2, 5, "2026-11-25"]);
  });

  it("counts a chase remembered the day the buyer wrote as after the buyer's reply, not an auto-reply", () => {
    // The buyer wrote in the morning, the rep chased in the afternoon, and the quotes the pane
    // reads the next day leave the chase out: that chase is no answered one.
    const t = withRememberedChases(thread(msg("reply", at("2026-11-16"))), ["2026-11-16"], "UTC");
    const decision = decide(t, now("2026-11-17"), DEFAULT_POLICY, DE, "UTC");
    expect([decision.status, decision.k, decision.earliest]).toEqual(["too-soon", 1, "2026-11-19"]);
    // An automatic reply comes minutes after the chase it answers, quoting nothing.
    const away = thread(msg("auto-reply", at("2026-11-16")));
    const held = withRememberedChases(away, ["2026-11-16"], "UTC");
    expect(held.messages.map((m) => m.kind)).toEqual(["chase", "auto-reply"]);
  });

  it("counts a quoted chase without a date and its remembered day as one chase", () => {
    const quoted = thread(
      msg("reply", at("2026-11-02")),
      msg("chase", at("2026-11-09")),
      msg("chase", null),
      msg("other", at("2026-11-17"))
    );
    const t = withRememberedChases(quoted, ["2026-11-09", "2026-11-12"], "UTC");
    expect(t).toBe(quoted);
    // A day after the next dated message is not that chase.
    const later = withRememberedChases(quoted, ["2026-11-09", "2026-11-18"], "UTC");
    expect(later.messages.filter((m) => m.source === "memory").map((m) => m.id)).toEqual([
      "memory:2026-11-18",
    ]);
  });

  describe("in a whole conversation (Graph, Gmail), where every chase sent is shown", () => {
    const sentLater = thread(msg("reply", at("2026-11-02")), msg("chase", at("2026-11-27")));

    it("takes a reminder inserted one day and sent a later day for one chase", () => {
      const t = withRememberedChases(sentLater, ["2026-11-26"], "UTC", { whole: true });
      expect(t).toBe(sentLater);
      const decision = decide(t, now("2026-11-30"), DEFAULT_POLICY, DE, "UTC");
      expect([decision.k, decision.earliest]).toEqual([1, "2026-12-02"]);
      // From quotes alone the same day may be a chase they left out: it counts.
      const quoted = withRememberedChases(sentLater, ["2026-11-26"], "UTC");
      expect(decide(quoted, now("2026-11-30"), DEFAULT_POLICY, DE, "UTC").k).toBe(2);
    });

    it("lets each shown chase stand for one remembered day, its own first", () => {
      const two = thread(
        msg("reply", at("2026-11-02")),
        msg("chase", at("2026-11-19")),
        msg("chase", at("2026-11-25"))
      );
      // The 19th is its own; the 25th stands for the 23rd; the 16th is a chase not shown.
      const t = withRememberedChases(two, ["2026-11-16", "2026-11-19", "2026-11-23"], "UTC", {
        whole: true,
      });
      expect(t.messages.map((m) => m.id)).toEqual([
        expect.any(String),
        "memory:2026-11-16",
        expect.any(String),
        expect.any(String),
      ]);
    });

    it("keeps a remembered day before the buyer's reply, which a later chase cannot stand for", () => {
      const answered = thread(
        msg("chase", at("2026-11-09")),
        msg("reply", at("2026-11-12")),
        msg("chase", at("2026-11-20"))
      );
      const t = withRememberedChases(answered, ["2026-11-10"], "UTC", { whole: true });
      expect(t.messages.map((m) => m.id)).toContain("memory:2026-11-10");
    });
  });
});

describe("standingOverride", () => {
  const chased = thread(msg("chase", at("2026-11-16")));

  it("stands all of the day it was chosen, even after the chase it allowed", () => {
    const sent = thread(msg("chase", at("2026-11-16")), msg("chase", at("2026-11-18")));
    expect(standingOverride("2026-11-18", sent, "2026-11-18", "UTC")).toBe("2026-11-18");
  });

  it("stands on later days while no chase has gone out since", () => {
    expect(standingOverride("2026-11-17", chased, "2026-11-19", "UTC")).toBe("2026-11-17");
  });

  it("is used by a chase on or after its day, once that day is over", () => {
    const sent = thread(msg("chase", at("2026-11-16")), msg("chase", at("2026-11-17")));
    expect(standingOverride("2026-11-17", sent, "2026-11-18", "UTC")).toBeNull();
    expect(standingOverride("2026-11-16", chased, "2026-11-18", "UTC")).toBeNull();
  });

  it("reads the chase's day in the rep's zone", () => {
    // 23:30 UTC on the 16th is already the 17th in Shanghai: the day of the override.
    const late = thread(msg("chase", "2026-11-16T23:30:00Z"));
    expect(standingOverride("2026-11-17", late, "2026-11-19", "UTC")).toBe("2026-11-17");
    expect(standingOverride("2026-11-17", late, "2026-11-19", "Asia/Shanghai")).toBeNull();
  });

  it("ignores none and a day still ahead (another device's clock)", () => {
    expect(standingOverride(null, chased, "2026-11-18", "UTC")).toBeNull();
    expect(standingOverride("2026-11-20", chased, "2026-11-18", "UTC")).toBeNull();
  });
});

describe("isCountryCode", () => {
  it("gives each country once, under today's code", () => {
    const codes = countryCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(new Set(codes.map((c) => countryName(c, "en"))).size).toBe(codes.length);
  });

  it.each(["DE", "HK", "AE", "SA", "IL", "XK", "BR"])("%s is a country", (code) => {
    expect(isCountryCode(code)).toBe(true);
  });
  it.each(["QQ", "ZZ", "AA", "XA", "EU", "UN", "DY", "UK", "SU", "de", "DEU", "", "D1"])(
    "%j is not",
    (code) => {
      expect(isCountryCode(code)).toBe(false);
    }
  );
});

describe("chaseDays and overrideAfterChases: the rule where only the chase days are known", () => {
  it("gives the days of our dated chases in the rep's zone, oldest first", () => {
    const t = thread(
      msg("chase", "2026-11-16T23:30:00Z"),
      msg("reply", at("2026-11-17")),
      msg("chase", null),
      msg("chase", at("2026-11-19"))
    );
    expect(chaseDays(t, "UTC")).toEqual(["2026-11-16", "2026-11-19"]);
    expect(chaseDays(t, "Asia/Shanghai")).toEqual(["2026-11-17", "2026-11-19"]);
  });

  it.each([
    ["no chase since", "2026-11-17", ["2026-11-16"], "2026-11-19", "2026-11-17"],
    ["a chase on its day, that day over", "2026-11-17", ["2026-11-17"], "2026-11-19", null],
    ["a chase after it", "2026-11-17", ["2026-11-16", "2026-11-18"], "2026-11-19", null],
    ["its own day, whatever was sent", "2026-11-19", ["2026-11-19"], "2026-11-19", "2026-11-19"],
    ["a day still ahead", "2026-11-20", [], "2026-11-19", null],
    ["none", null, [], "2026-11-19", null],
  ] as const)("%s", (_, override, days, today, stands) => {
    expect(overrideAfterChases(override, days, today)).toBe(stands);
  });
});
