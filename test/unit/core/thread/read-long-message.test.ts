import { analyze, readThread } from "../../../../src/core";
import { OWN_WORDS_READ } from "../../../../src/core/text/language";
import { itemToMessage } from "../../../../src/hosts/mailhost";
import { SimMailbox } from "../../../../src/hosts/simulator/mailbox";
import { mail, me, measured, packingList, quote } from "./helpers";

// Messages with megabytes of their own words (a pasted packing list): the thread reader reads
// an absence notice, a promise and a chase in their first OWN_WORDS_READ characters, as the
// reason, facts and language do, keeps the words whole, and reads a message's start once.

const BUYER = "omar@alwaha-trading.ae";

const LIST = packingList(OWN_WORDS_READ + 10_000);

/** The one message a body makes, read as the open item. */
function readOne(from: string, body: string) {
  const [message] = readThread([mail(from, "2026-11-26T08:00:00Z", body)], me).messages;
  return message;
}

describe("what the thread reader reads of a long message", () => {
  const promise = "We will pay the deposit on 3 December.";
  const away = "Thank you for your email. I am out of the office until 7 December.";
  const chase = "May I check when the deposit will be paid?";

  it("reads a promise in the first 64 K characters, not one planted after them", () => {
    expect(readOne(BUYER, `Dear Amy,\n\n${promise}\n\n${LIST}`).promisedDate).toBe("2026-12-03");
    const late = readOne(BUYER, `Dear Amy,\n\n${LIST}\n\n${promise}`);
    expect(late.promisedDate).toBeNull();
    // The message's words stay whole: only what is read for meaning stops at the limit.
    expect(late.text.endsWith(promise)).toBe(true);
    expect(late.text.length).toBeGreaterThan(OWN_WORDS_READ);
  });

  it("reads an absence notice in the first 64 K characters, not one after them", () => {
    expect(readOne(BUYER, `${away}\n\n${LIST}`)).toMatchObject({
      kind: "auto-reply",
      returnDate: "2026-12-08",
    });
    expect(readOne(BUYER, `Dear Amy,\n\n${LIST}\n\n${away}`)).toMatchObject({
      kind: "reply",
      autoReply: false,
      returnDate: null,
    });
  });

  it("reads a chase in the first 64 K characters of the rep's message, not one after them", () => {
    expect(readOne(me.address, `Dear Omar,\n\n${chase}\n\n${LIST}`).kind).toBe("chase");
    expect(readOne(me.address, `Dear Omar,\n\n${LIST}\n\n${chase}`).kind).toBe("other");
  });
});

describe("the simulator's 5 MB thread", () => {
  const box = new SimMailbox(new Date("2026-11-28T12:00:00Z"));
  box.select("hostile-huge");
  const messages = [itemToMessage(box.openItem())];

  it("reads as three messages, the last one the buyer's whole words, with no promise in them", () => {
    const thread = readThread(messages, me);
    expect(thread.messages.map((m) => [m.side, m.kind])).toEqual([
      ["buyer", "reply"],
      ["ours", "chase"],
      ["buyer", "reply"],
    ]);
    const last = thread.messages[2];
    expect(last.text.length).toBeGreaterThan(4_500_000);
    expect(last.text.startsWith("Dear Amy,\n\nOur customer has not paid us yet")).toBe(true);
    expect(last.promisedDate).toBeNull();
  });

  it("is waiting on the buyer's own customer: the middleman reason", () => {
    const analysis = analyze(messages, {
      me,
      tz: "Asia/Shanghai",
      now: new Date("2026-11-28T12:00:00Z"),
    });
    expect(analysis.reason.label).toBe("middleman");
    expect(analysis.buyerLanguage).toBe("en");
  });
});

describe("telling a message seen twice", () => {
  const AMY = "Amy Zhang <amy.zhang@sunrisetex.com>";
  // A buyer's megabyte of words, quoted by each of the rep's chases without a date.
  const words = `Dear Amy,\n\nWe are checking with our bank.\n\n${packingList(1_000_000)}`;
  const chase = (k: number) =>
    mail(
      me.address,
      `2026-11-2${k}T09:00:00Z`,
      `Any news on the deposit, Omar? (${k})\n\nOn 30/02/2026 09:00, Omar <${BUYER}> wrote:\n${quote(words)}`,
      { id: `chase-${k}` }
    );
  const input = [
    mail(BUYER, "2026-11-20T08:00:00Z", words, { id: "reply" }),
    ...[1, 2, 3, 4, 5].map(chase),
  ];

  it("keeps one copy of a long message quoted five times, reading a few lines of each", () => {
    const { result: thread, work } = measured(
      String.prototype,
      "replace",
      (text) => String(text).length,
      () => readThread(input, me)
    );
    expect(thread.messages.map((m) => [m.id, m.kind])).toEqual([
      ["reply", "reply"],
      ["chase-1", "chase"],
      ["chase-2", "chase"],
      ["chase-3", "chase"],
      ["chase-4", "chase"],
      ["chase-5", "chase"],
    ]);
    // Each copy was cleaned of quote marks and white space whole, for every pair compared.
    expect(work).toBeLessThan(words.length);
  });

  it("reads a start that is all quoted lines on until it has words", () => {
    // The first kilobytes of both copies are another quote: their words come after it.
    const older = quote("x".repeat(70) + "\n").repeat(200);
    const text = `${older}\nWe are checking with our bank, and will write.\n${packingList(50_000)}`;
    const thread = readThread(
      [
        mail(BUYER, "2026-11-20T08:00:00Z", text, { id: "reply" }),
        mail(
          me.address,
          "2026-11-21T09:00:00Z",
          `Any news?\n\nOmar <${BUYER}> wrote:\n${quote(text)}`
        ),
      ],
      me
    );
    expect(thread.messages.filter((m) => m.side === "buyer")).toHaveLength(1);
  });

  it("compares a message only with those of its sender from other bodies", () => {
    const n = 5_000;
    const body =
      `Thanks.\n\nOn Mon, 16 Nov 2026 at 10:00, ${AMY} wrote:\n` +
      `> From: ${AMY}\n> Sent: Mon, 16 Nov 2026 10:00\n> Any news?\n`.repeat(n);
    // Lists of the messages read (they carry taggedChase), not the phrase lists of each reader.
    const messages = (list: unknown) => {
      const first: unknown = (list as unknown[])[0];
      return typeof first === "object" && first !== null && "taggedChase" in first;
    };
    const { result: thread, work } = measured(
      Array.prototype,
      "some",
      (list) => (messages(list) ? (list as unknown[]).length : 0),
      () => readThread([mail(BUYER, "2026-11-26T08:00:00Z", body)], me)
    );
    // One body never holds the same message twice: every quoted copy stays.
    expect(thread.messages).toHaveLength(n + 2);
    // Each message was compared with every one kept before it.
    expect(work).toBeLessThan(n);
  });
});
