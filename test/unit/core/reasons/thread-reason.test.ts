import { threadReason } from "../../../../src/core/reasons";
import * as classify from "../../../../src/core/reasons/classify";
import { readThread } from "../../../../src/core/thread/read";
import { at, msg, thread } from "../policy/build";

const chase = (day: string) =>
  msg("chase", at(day), { text: "May I check when the balance will be remitted?" });
const reply = (day: string | null, text: string, id?: string) =>
  msg("reply", day ? at(day) : null, { text, ...(id ? { id } : {}) });

describe("threadReason", () => {
  it("is unknown without buyer messages", () => {
    const reason = threadReason(thread(chase("2026-11-02"), chase("2026-11-09")));
    expect(reason).toEqual({
      label: "unknown",
      confidence: 1,
      evidence: [],
      lang: null,
      messageId: null,
    });
  });

  it("reads the latest buyer reply that gives a reason", () => {
    const reason = threadReason(
      thread(
        chase("2026-11-02"),
        reply("2026-11-03", "Sorry, I am on holiday until next week.", "r1"),
        chase("2026-11-16"),
        reply("2026-11-17", "Our customer has not paid us yet, please wait a little.", "r2"),
        chase("2026-11-24"),
        reply("2026-11-25", "Noted, thanks.", "r3")
      )
    );
    expect(reason.label).toBe("middleman");
    expect(reason.messageId).toBe("r2");
    expect(reason.evidence[0].sentence).toBe(
      "Our customer has not paid us yet, please wait a little."
    );
  });

  it("reads the messages in the thread's order, undated ones where the thread puts them", () => {
    // readThread places an undated quote just before the message quoting it: it is the older.
    const reason = threadReason(
      thread(
        reply(null, "Sorry, our customer has not paid us yet.", "quoted"),
        reply(
          "2026-11-20",
          "Our customer paid us now, but another supplier has offered us a lower price, so we want to renegotiate.",
          "open"
        )
      )
    );
    expect(reason.label).toBe("competitor");
    expect(reason.messageId).toBe("open");
  });

  it("lets the open reply win over the undated older reply it quotes, as readThread orders them", () => {
    const buyer = { name: "John Smith", address: "john@buyer.co.uk" };
    const rep = { name: "Anna Lee", address: "anna@acme-export.cn" };
    const body = [
      "Hi Anna,",
      "",
      "Our customer paid us now, but another supplier has offered us a lower price, so we want to renegotiate.",
      "",
      "John",
      "",
      "John Smith <john@buyer.co.uk> wrote:",
      "> Hi Anna,",
      "> Sorry, our customer has not paid us yet, we are waiting for his payment.",
      "> John",
      "",
    ].join("\n");
    const read = readThread(
      [
        {
          id: "open",
          from: buyer,
          to: [rep],
          cc: [],
          sentAt: "2024-11-20T09:00:00Z",
          subject: "RE: PI 2024-118 balance",
          body,
          format: "text",
        },
      ],
      { address: rep.address, name: rep.name },
      { tz: "Asia/Shanghai" }
    );
    expect(read.messages.map((m) => [m.id, m.sentAt])).toEqual([
      ["open/q1", null],
      ["open", "2024-11-20T09:00:00Z"],
    ]);
    const reason = threadReason(read);
    expect(reason.label).toBe("competitor");
    expect(reason.messageId).toBe("open");
  });

  it("reads an auto-reply as away", () => {
    const auto = msg("auto-reply", at("2026-11-18"), {
      id: "ooo",
      text: "Thank you for your message. I am currently out of the office and will return on 24 November.",
    });
    const reason = threadReason(
      thread(reply("2026-11-10", "Our customer has not paid yet.", "r1"), chase("2026-11-17"), auto)
    );
    expect(reason.label).toBe("away");
    expect(reason.messageId).toBe("ooo");
    expect(reason.evidence[0].sentence).toBe(
      "I am currently out of the office and will return on 24 November."
    );
  });

  it("stops at unknown when a later message takes the older reason back", () => {
    const reason = threadReason(
      thread(
        reply(
          "2026-11-04",
          "Sorry, our customer has not paid us yet. We are waiting for his payment."
        ),
        chase("2026-11-12"),
        reply(
          "2026-11-13",
          "Good news: our customer has paid us. We will pay the balance next week.",
          "paid"
        )
      )
    );
    expect(reason.label).toBe("unknown");
    expect(reason.messageId).toBeNull();
    expect(reason.evidence).toEqual([]);
  });

  it("keeps the older reason when a later message takes back another, or only says a greeting", () => {
    for (const later of [
      "I am not on holiday, we will pay next week.",
      "Happy holidays! We will pay next week.",
    ]) {
      const reason = threadReason(
        thread(
          reply("2026-11-04", "Sorry, our customer has not paid us yet.", "waiting"),
          reply("2026-11-13", later)
        )
      );
      expect(reason.label).toBe("middleman");
      expect(reason.messageId).toBe("waiting");
    }
  });

  it("lets an auto-reply's absence stand only until the buyer writes again himself", () => {
    const auto = () =>
      msg("auto-reply", at("2026-11-01"), {
        id: "ooo",
        text: "I am out of the office until 11 November with limited access to email.",
      });
    const back = reply(
      "2026-11-13",
      "Hi Anna, thanks. I will check with accounts and come back to you."
    );
    expect(threadReason(thread(chase("2026-11-01"), auto())).label).toBe("away");
    const after = threadReason(thread(chase("2026-11-01"), auto(), chase("2026-11-13"), back));
    expect(after.label).toBe("unknown");
    expect(after.messageId).toBeNull();
    // What he said before the auto-reply still stands.
    const older = threadReason(
      thread(reply("2026-10-20", "Our cash flow is tight this month.", "tight"), auto(), back)
    );
    expect(older.label).toBe("cash_flow");
    expect(older.messageId).toBe("tight");
  });

  it("reads a message flagged as automatic as away, whatever its kind", () => {
    const auto = msg("reply", at("2026-11-18"), {
      id: "auto",
      autoReply: true,
      text: "Your message has been received.",
    });
    const reason = threadReason(thread(auto));
    expect(reason.label).toBe("away");
    expect(reason.evidence[0].cue).toBe("Your message has been received.");
  });

  it("ignores our own messages, even when they name a reason", () => {
    const ours = msg("other", at("2026-11-20"), {
      text: "I understand your customer has not paid you yet.",
    });
    const reason = threadReason(thread(reply("2026-11-10", "Thanks, noted."), ours));
    expect(reason.label).toBe("unknown");
    expect(reason.messageId).toBeNull();
  });

  it("is unknown, without evidence, when no buyer message explains", () => {
    const reason = threadReason(
      thread(reply("2026-11-10", "Noted."), reply("2026-11-12", "Thanks, we will pay soon."))
    );
    expect(reason.label).toBe("unknown");
    expect(reason.messageId).toBeNull();
    expect(reason.evidence).toEqual([]);
    expect(reason.lang).toBe("en");
  });

  it("reads each buyer message once, the latest too when none explains", () => {
    const read = jest.spyOn(classify, "readReply");
    try {
      const reason = threadReason(
        thread(reply("2026-11-10", "Noted."), reply("2026-11-12", "Merci, nous payerons bientôt."))
      );
      expect(reason.label).toBe("unknown");
      expect(reason.lang).toBe("fr");
      expect(read.mock.calls.map(([text]) => text)).toEqual([
        "Merci, nous payerons bientôt.",
        "Noted.",
      ]);
    } finally {
      read.mockRestore();
    }
  });
});
