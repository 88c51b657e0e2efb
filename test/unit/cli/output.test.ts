import { analyze } from "../../../src/core/analyze";
import type { Analysis } from "../../../src/core/analyze";
import { threadFacts, type ThreadFacts } from "../../../src/core/thread-facts";
import type { MailMessage } from "../../../src/core/thread/model";
import { explain } from "../../../src/core/policy";
import { formatAddress, splitOutput, threadOutput, threadSummary } from "../../../src/cli/output";
import { THREAD_KEYS } from "./run";

const AMY = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
const OMAR = { name: "Omar Haddad", address: "omar.haddad@alwaha-trading.ae" };

function mail(from: MailMessage["from"], sentAt: string, subject: string): MailMessage {
  return { from, to: [], cc: [], sentAt, subject, body: "Hello", format: "text" };
}

function analysis(): Analysis {
  return analyze(
    [
      mail(AMY, "2026-11-13T02:30:00Z", "RE: PI SR-2611-045 deposit"),
      mail(OMAR, "2026-11-13T02:31:00Z", "Automatic reply: RE: PI SR-2611-045 deposit"),
    ],
    { me: { address: AMY.address }, tz: "Asia/Shanghai", now: new Date("2026-11-24T04:00:00Z") }
  );
}

const FACTS: ThreadFacts = {
  orderRef: { kind: "PI", value: "SR-2611-045" },
  orderRefs: [{ kind: "PI", value: "SR-2611-045" }],
  amount: { amount: 12500, currency: "USD", text: "USD 12,500.00" },
  amounts: [{ amount: 12500, currency: "USD", text: "USD 12,500.00" }],
  confirmedOn: "2026-11-03",
  priceValidUntil: null,
  promisedDate: "2026-12-01",
};

describe("formatAddress", () => {
  it("writes Name <address>, or whichever part there is", () => {
    expect(formatAddress(AMY)).toBe("Amy Zhang <amy.zhang@sunrisetex.com>");
    expect(formatAddress({ name: "", address: "omar.haddad@alwaha-trading.ae" })).toBe(
      "omar.haddad@alwaha-trading.ae"
    );
    expect(formatAddress({ name: "Omar Haddad", address: " " })).toBe("Omar Haddad");
    expect(formatAddress({ name: "", address: "" })).toBeNull();
    expect(formatAddress(null)).toBeNull();
  });
});

describe("splitOutput", () => {
  it("keeps text and, per quoted message, exactly from, sentAt, subject and text", () => {
    const output = splitOutput({
      text: "We will remit next Tuesday.",
      signature: "Omar",
      quoted: [
        {
          from: AMY,
          to: [OMAR],
          sentAt: "2026-11-13T02:30:00.000Z",
          subject: "RE: PI SR-2611-045 deposit",
          text: "May I kindly check on the deposit?",
          signature: null,
          header: "On Fri, 13 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:",
          forwarded: false,
        },
        {
          from: null,
          to: [],
          sentAt: null,
          subject: null,
          text: "Older words.",
          signature: null,
          header: "",
          forwarded: true,
        },
      ],
      header: null,
    });
    expect(output).toEqual({
      text: "We will remit next Tuesday.",
      quoted: [
        {
          from: "Amy Zhang <amy.zhang@sunrisetex.com>",
          sentAt: "2026-11-13T02:30:00.000Z",
          subject: "RE: PI SR-2611-045 deposit",
          text: "May I kindly check on the deposit?",
        },
        { from: null, sentAt: null, subject: null, text: "Older words." },
      ],
    });
    expect(Object.keys(output.quoted[0])).toEqual(["from", "sentAt", "subject", "text"]);
  });
});

describe("threadOutput", () => {
  it("maps each message to the documented fields, in order", () => {
    const read = analysis();
    const output = threadOutput(read, threadFacts(read.thread, "Asia/Shanghai"));
    expect(Object.keys(output)).toEqual(THREAD_KEYS);
    expect(threadOutput({ ...read, buyerLanguage: "de" }, FACTS).buyerLanguage).toBe("de");
    expect(output.subject).toBe(read.thread.subject);
    expect(output.messages.map((m) => Object.keys(m))).toEqual([
      ["from", "sentAt", "side", "kind", "autoReply", "returnDate", "promisedDate"],
      ["from", "sentAt", "side", "kind", "autoReply", "returnDate", "promisedDate"],
    ]);
    expect(output.messages.map((m) => [m.from, m.sentAt, m.side])).toEqual([
      ["Amy Zhang <amy.zhang@sunrisetex.com>", "2026-11-13T02:30:00Z", "ours"],
      ["Omar Haddad <omar.haddad@alwaha-trading.ae>", "2026-11-13T02:31:00Z", "buyer"],
    ]);
  });

  it("prints the thread's facts as the core reports them", () => {
    expect(
      threadOutput(analysis(), threadFacts(analysis().thread, "Asia/Shanghai")).facts
    ).toMatchObject({
      orderRef: { kind: "PI", value: "SR-2611-045" },
      amount: null,
      promisedDate: null,
    });
    expect(threadOutput(analysis(), FACTS).facts).toEqual(FACTS);
  });

  it("prints the decision: status, earliest day, k, gap and the sentence", () => {
    const read = analysis();
    const decision = {
      ...read.decision,
      status: "too-soon" as const,
      earliest: "2026-11-27",
      k: 2,
      gap: 5,
      why: {
        rule: "gap" as const,
        chases: ["2026-11-16", "2026-11-20"],
        k: 2,
        gap: 5,
        adjusted: null,
        holidays: true,
      },
    };
    expect(threadOutput({ ...read, decision }, FACTS).decision).toEqual({
      status: "too-soon",
      earliest: "2026-11-27",
      k: 2,
      gap: 5,
      why: explain(decision, "en"),
    });
  });
});

describe("threadSummary", () => {
  it("shows the subject, one line per message with date in the rep's zone, and any facts", () => {
    const output = threadOutput(analysis(), FACTS);
    output.subject = "Automatic reply: RE: PI SR-2611-045 deposit";
    output.messages[1] = {
      ...output.messages[1],
      kind: "auto-reply",
      autoReply: true,
      returnDate: "2026-11-22",
    };
    expect(threadSummary(output, "Asia/Shanghai").split("\n")).toEqual([
      "Automatic reply: RE: PI SR-2611-045 deposit (2 messages)",
      "  2026-11-13  ours   other       Amy Zhang <amy.zhang@sunrisetex.com>",
      "  2026-11-13  buyer  auto-reply  Omar Haddad <omar.haddad@alwaha-trading.ae>  [back 2026-11-22]",
      "  facts: PI SR-2611-045 · USD 12,500.00 · confirmed 2026-11-03 · payment promised for 2026-12-01",
      "  reason: away (90%) — “Hello”",
      "  decision: ok — You have not chased this payment yet.",
    ]);
  });

  it("prints control characters from the mail (ESC, BEL, C1) as U+FFFD, which JSON keeps", () => {
    const read = analysis();
    const output = threadOutput(read, threadFacts(read.thread, "Asia/Shanghai"));
    output.subject = "PI 45\u001b]0;paid\u0007 deposit\r\n";
    output.messages = [{ ...output.messages[1], from: "Omar \u009b31mHaddad\u007f <omar@x.ae>" }];
    output.reason.evidence = ["Paid\u001b[2J already."];
    const lines = threadSummary(output, "UTC").split("\n");
    expect(lines[0]).toBe("PI 45\uFFFD]0;paid\uFFFD deposit (1 message)");
    expect(lines[1]).toContain("  Omar \uFFFD31mHaddad\uFFFD <omar@x.ae>");
    expect(lines).toContain("  reason: away (90%) — “Paid\uFFFD[2J already.”");
    expect(output.subject).toBe("PI 45\u001b]0;paid\u0007 deposit\r\n");
  });

  it("says what is missing: subject, date, sender", () => {
    const read = analysis();
    const output = threadOutput(read, threadFacts(read.thread, "Asia/Shanghai"));
    output.subject = " ";
    output.messages = [
      { ...output.messages[0], from: null, sentAt: null, promisedDate: "2026-11-30" },
    ];
    expect(threadSummary(output, "UTC").split("\n")).toEqual([
      "(no subject) (1 message)",
      "  (no date)   ours   other       (no sender)  [promises payment 2026-11-30]",
      "  facts: PI SR-2611-045",
      "  reason: away (90%) — “Hello”",
      "  decision: ok — You have not chased this payment yet.",
    ]);
  });
});
