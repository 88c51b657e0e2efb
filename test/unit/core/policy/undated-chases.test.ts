import {
  DEFAULT_POLICY,
  decide,
  explain,
  makeCalendar,
  type Decision,
} from "../../../../src/core/policy";
import { readThread } from "../../../../src/core/thread/read";
import type { MailMessage } from "../../../../src/core/thread/model";
import { itemToMessage } from "../../../../src/hosts/mailhost";
import { SimMailbox } from "../../../../src/hosts/simulator/mailbox";
import { at, msg, now, thread } from "./build";

/*
 * SECURITY.md §6 / issue [reliability] #9: our chases quoted under a header whose date is
 * missing or impossible still count, as chases whose date is unknown. The wait counts from the
 * latest day the thread allows them (decide.ts, onCalendar()).
 */

const DE = makeCalendar("DE", {});
const NONE = makeCalendar(null);
const run = (t: ReturnType<typeof thread>, day: string, calendar = DE): Decision =>
  decide(t, now(day), DEFAULT_POLICY, calendar, "UTC");

describe("decide: chases whose date the thread does not show", () => {
  it("counts an undated chase under a dated message of ours, from that message's day", () => {
    // Our message of Mon 16 Nov (about something else) quotes a chase whose date is unknown.
    const d = run(
      thread(msg("reply", at("2026-11-02")), msg("chase", null), msg("other", at("2026-11-16"))),
      "2026-11-18"
    );
    expect(d).toMatchObject({
      status: "too-soon",
      earliest: "2026-11-19",
      k: 1,
      gap: 3,
      why: { rule: "gap", chases: [], undated: { count: 1, from: "2026-11-16" } },
    });
    // Exactly as strict as the same chase dated on that message's day.
    const dated = run(
      thread(
        msg("reply", at("2026-11-02")),
        msg("chase", at("2026-11-16")),
        msg("other", at("2026-11-16"))
      ),
      "2026-11-18"
    );
    expect([d.status, d.earliest, d.k]).toEqual([dated.status, dated.earliest, dated.k]);
  });

  it("counts undated chases toward k, the wait counted from the last dated chase", () => {
    const d = run(
      thread(msg("chase", null), msg("chase", null), msg("chase", at("2026-11-16"))),
      "2026-11-18"
    );
    // 3 unanswered chases wait 7 business days: Mon 16 Nov → Wed 25 Nov.
    expect(d).toMatchObject({
      status: "too-soon",
      earliest: "2026-11-25",
      k: 3,
      gap: 7,
      why: { chases: ["2026-11-16"], undated: { count: 2, from: null } },
    });
  });

  it("an undated chase the buyer answered is not counted as unanswered", () => {
    const d = run(
      thread(msg("chase", null), msg("reply", at("2026-11-10")), msg("chase", at("2026-11-16"))),
      "2026-11-18"
    );
    expect(d).toMatchObject({ status: "too-soon", earliest: "2026-11-19", k: 1, gap: 3 });
    expect(d.why).not.toHaveProperty("undated");
  });

  it("the buyer writing after an undated chase asks for an answer, not 'not chased yet'", () => {
    const d = run(thread(msg("chase", null), msg("reply", at("2026-11-17"))), "2026-11-18");
    expect(d).toMatchObject({ status: "respond", why: { rule: "buyer-wrote", on: "2026-11-17" } });
  });

  it("an auto-reply after an undated chase holds as after a dated one", () => {
    const d = run(thread(msg("chase", null), msg("auto-reply", at("2026-11-16"))), "2026-11-18");
    expect(d).toMatchObject({
      status: "hold",
      earliest: "2026-11-23",
      why: { rule: "auto-reply" },
    });
  });

  it("an undated chase after everything dated counts from the newest dated message", () => {
    // The rep's draft answers their own undated chase, which followed the buyer's reply.
    const d = run(thread(msg("reply", at("2026-11-16")), msg("chase", null)), "2026-11-18");
    expect(d).toMatchObject({
      status: "too-soon",
      earliest: "2026-11-19",
      k: 1,
      why: { rule: "gap", undated: { count: 1, from: "2026-11-16" } },
    });
  });

  it("with no readable date in the thread, says the rep chased and lets them chase now", () => {
    const d = run(
      thread(msg("chase", null), msg("reply", null), msg("chase", "garbage")),
      "2026-11-18"
    );
    expect(d).toMatchObject({
      status: "ok",
      earliest: null,
      k: 2,
      gap: null,
      why: { rule: "undated", chases: 2 },
    });
  });
});

describe("explain: chases whose date is unknown", () => {
  const someUnknown = run(
    thread(msg("chase", null), msg("chase", null), msg("chase", at("2026-11-16"))),
    "2026-11-18",
    NONE
  );
  const lastUnknown = run(
    thread(msg("reply", at("2026-11-02")), msg("chase", null), msg("other", at("2026-11-16"))),
    "2026-11-18",
    NONE
  );
  const allUnknown = run(thread(msg("chase", null), msg("chase", null)), "2026-11-18", NONE);

  it("English", () => {
    expect(explain(someUnknown, "en")).toBe(
      "You chased 3 times with no reply (2 dates unknown), last on Mon 16 Nov; after 3 unanswered chases Kindly waits 7 business days; weekends counted (country unknown)."
    );
    expect(explain(lastUnknown, "en")).toBe(
      "You chased once with no reply (date unknown); Kindly counts from Mon 16 Nov, the latest day the thread allows; after 1 unanswered chase Kindly waits 3 business days; weekends counted (country unknown)."
    );
    expect(explain(allUnknown, "en")).toBe(
      "You chased twice (dates unknown) and no message in this thread has a date Kindly can read, so it cannot count a wait: you can chase now."
    );
  });

  it("Simplified and Traditional Chinese", () => {
    expect(explain(someUnknown, "zh-CN")).toBe(
      "您已催款 3 次，买家未回复（其中 2 次日期不明），最近一次在 11月16日（周一）；3 次未获回复的催款后 Kindly 等 7 个工作日；已计入周末（国家未知）。"
    );
    expect(explain(lastUnknown, "zh-TW")).toBe(
      "您已催款 1 次，買家未回覆（日期不明）；Kindly 從 11月16日（週一） 算起，即郵件所能確定的最晚日期；1 次未獲回覆的催款後 Kindly 等 3 個工作日；已計入週末（國家未知）。"
    );
    for (const d of [someUnknown, lastUnknown, allUnknown])
      for (const lang of ["zh-CN", "zh-TW"] as const)
        expect(explain(d, lang)).not.toMatch(/\{\w+\}|undefined|not chased|还没有|還沒有/);
  });

  it("never says 'not chased yet' when a chase has no date", () => {
    for (const d of [someUnknown, lastUnknown, allUnknown])
      expect(explain(d, "en")).not.toContain("not chased");
  });
});

/*
 * The whole way: the open message's quoted history holds our chases under headers whose date is
 * missing or cannot be, as Gmail, Outlook and other clients write them.
 */
const me = { address: "amy@sunrisetex.com" };
const AMY = "Amy Zhang <amy@sunrisetex.com>";
const KLAUS = "Klaus Becker <klaus@becker-hw.de>";
const CHASE =
  "Dear Klaus,\n\nMay I kindly check when the 30% deposit for PI SR-45 will be remitted? Once we receive the bank slip, we can book production.\n\nBest regards,\nAmy";
const quote = (text: string) => text.replace(/^/gm, "> ");
const outlook = (sent: string) =>
  `________________________________\nFrom: ${AMY}\n${sent}To: ${KLAUS}\nSubject: PI SR-45 deposit\n\n${CHASE}`;

/** The earlier chase of ours as each client quotes it, with a date that is missing or impossible. */
const QUOTED_CHASES: [string, string][] = [
  ["On 31 February", `On 31/02/2026 10:00, ${AMY} wrote:\n${quote(CHASE)}`],
  ["Sent: (no date)", outlook("Sent: (no date)\n")],
  ["no Sent line", outlook("")],
  ["year 0000", outlook("Sent: Monday, February 3, 0000 10:00 AM\n")],
  ["hour 25", outlook("Sent: Friday, November 13, 2026 25:61\n")],
];

function open(body: string, sentAt: string | null, extra: Partial<MailMessage> = {}): MailMessage {
  return {
    from: { name: "Amy Zhang", address: "amy@sunrisetex.com" },
    to: [{ name: "Klaus Becker", address: "klaus@becker-hw.de" }],
    cc: [],
    sentAt,
    subject: "RE: PI SR-45 deposit",
    body,
    format: "text",
    ...extra,
  };
}

describe("readThread and decide: chases quoted with missing or impossible dates", () => {
  it.each(QUOTED_CHASES)("%s, quoted under our chase of Fri 20 Nov: counts twice", (_, quoted) => {
    const body = `Dear Klaus,\n\nMay I check once more on the deposit for PI SR-45?\n\nBest regards,\nAmy\n\n${quoted}`;
    const t = readThread([open(body, "2026-11-20T09:00:00Z")], me, { tz: "UTC" });
    expect(t.messages.map((m) => [m.kind, m.sentAt])).toEqual([
      ["chase", null],
      ["chase", "2026-11-20T09:00:00Z"],
    ]);
    const d = run(t, "2026-11-23", NONE);
    // Two unanswered chases wait 5 business days from Fri 20 Nov; one alone would wait 3.
    expect(d).toMatchObject({ status: "too-soon", earliest: "2026-11-27", k: 2, gap: 5 });
    expect(explain(d, "en")).toMatch(/^You chased twice with no reply \(one date unknown\)/);
  });

  it.each(QUOTED_CHASES)(
    "%s, quoted under our message about something else: chased, not 'not chased yet'",
    (_, quoted) => {
      const body = `Dear Klaus,\n\nPlease find the packing list attached.\n\nBest regards,\nAmy\n\n${quoted}`;
      const t = readThread([open(body, "2026-11-20T09:00:00Z")], me, { tz: "UTC" });
      expect(t.messages.map((m) => m.kind)).toEqual(["chase", "other"]);
      const d = run(t, "2026-11-23", NONE);
      expect(d).toMatchObject({ status: "too-soon", earliest: "2026-11-25", k: 1 });
      expect(explain(d, "en")).toMatch(/^You chased once with no reply \(date unknown\)/);
    }
  );

  it("an undated chase under the rep's draft came after the buyer's reply it quotes", () => {
    // The draft answers our undated chase, which quotes the buyer's reply of Mon 16 Nov.
    const reply = `Dear Amy,\n\nWe are checking with our bank.\n\nKlaus`;
    const undated = `On 31/02/2026 10:00, ${AMY} wrote:\n${quote(
      `${CHASE}\n\nOn Mon, 16 Nov 2026 at 10:00, ${KLAUS} wrote:\n${quote(reply)}`
    )}`;
    const t = readThread([open(`Dear Klaus,\n\n${undated}`, null, { draft: true })], me, {
      tz: "UTC",
    });
    expect(t.messages.map((m) => [m.kind, m.sentAt])).toEqual([
      ["reply", "2026-11-16T10:00:00.000Z"],
      ["chase", null],
    ]);
    expect(run(t, "2026-11-18", NONE)).toMatchObject({
      status: "too-soon",
      earliest: "2026-11-19",
      k: 1,
    });
  });

  it("the simulator's hostile-dates thread: both chases count, and the buyer wrote last", () => {
    const box = new SimMailbox(new Date("2026-11-28T12:00:00Z"));
    box.select("hostile-dates");
    const t = readThread([itemToMessage(box.openItem())], { address: "amy.zhang@sunrisetex.com" });
    expect(t.messages.filter((m) => m.kind === "chase").map((m) => m.sentAt)).toEqual([null, null]);
    expect(run(t, "2026-11-28", NONE)).toMatchObject({
      status: "respond",
      why: { rule: "buyer-wrote" },
    });
  });
});
