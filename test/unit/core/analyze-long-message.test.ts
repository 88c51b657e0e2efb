import { analyzeThread } from "../../../src/core/analyze";
import { detectLanguage, OWN_WORDS_READ, ownWordsToRead } from "../../../src/core/text/language";
import type { Message, Thread } from "../../../src/core/thread/model";
import { threadFacts } from "../../../src/core/thread-facts";
import { packingList } from "./thread/helpers";

// A buyer reply with megabytes of packing list under its first lines (the simulator's
// hostile-huge thread): the reason, the facts and the language come from those first lines.

function msg(id: string, side: "ours" | "buyer", sentAt: string, text: string): Message {
  return {
    id,
    from: null,
    to: [],
    cc: [],
    sentAt,
    subject: "PI HX-2611-003 packing list",
    text,
    side,
    kind: side === "ours" ? "chase" : "reply",
    autoReply: false,
    returnDate: null,
    promisedDate: null,
    source: "item",
  };
}

const OPENING = "Dear Amy,\n\nOur customer has not paid us yet; we will pay once he pays.";
const HUGE: Thread = {
  subject: "PI HX-2611-003 packing list",
  messages: [
    msg(
      "1",
      "buyer",
      "2026-11-13T02:00:00Z",
      "Dear Amy,\n\nWe confirm PI HX-2611-003, USD 31,000.00.\n\nRegards"
    ),
    msg(
      "2",
      "ours",
      "2026-11-20T02:00:00Z",
      "Dear Sir,\n\nMay I kindly check when the 30% deposit will be remitted?"
    ),
    msg(
      "3",
      "buyer",
      "2026-11-26T06:05:00Z",
      `${OPENING} The packing list for every carton follows.\n\n${packingList(4_800_000)}`
    ),
  ],
};

describe("analysing a thread with a 5 MB reply", () => {
  const analysis = analyzeThread(HUGE, {
    me: { address: "amy@sunrisetex.com" },
    tz: "Asia/Shanghai",
    now: new Date("2026-11-28T12:00:00Z"),
  });

  it("reads the reason its first lines give, not one from the packing list", () => {
    expect(analysis.reason.label).toBe("middleman");
    expect(analysis.reason.messageId).toBe("3");
    expect(analysis.reason.evidence.map((e) => e.reason)).toEqual(["middleman"]);
    expect(analysis.reason.evidence[0].sentence).toBe(
      "Our customer has not paid us yet; we will pay once he pays."
    );
  });

  it("reads the buyer's language and the order facts", () => {
    expect(analysis.buyerLanguage).toBe("en");
    const facts = threadFacts(HUGE, "Asia/Shanghai");
    expect(facts.orderRef).toEqual({ kind: "PI", value: "HX-2611-003" });
    expect(facts.amount).toEqual({ amount: 31000, currency: "USD", text: "USD 31,000.00" });
    expect(facts.confirmedOn).toBe("2026-11-13");
  });
});

describe("the part of a message's own words that is read", () => {
  it("is the whole text up to the limit", () => {
    const text = "x".repeat(OWN_WORDS_READ);
    expect(ownWordsToRead(text)).toBe(text);
    expect(ownWordsToRead("Dear Amy")).toBe("Dear Amy");
  });

  it("beyond it, the start of the text, ended at a line break, else a space, near the limit", () => {
    const lines = packingList(OWN_WORDS_READ * 2);
    const cut = ownWordsToRead(lines);
    expect(lines.startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(OWN_WORDS_READ);
    expect(cut.length).toBeGreaterThan(OWN_WORDS_READ - 200);
    expect(lines[cut.length]).toBe("\n");
    const words = "towel ".repeat(OWN_WORDS_READ / 3);
    expect(ownWordsToRead(words)).toMatch(/^(towel )*towel$/);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(OWN_WORDS_READ);
    const cut = ownWordsToRead(emoji);
    expect(cut.length).toBeLessThanOrEqual(OWN_WORDS_READ);
    expect(cut.length % 2).toBe(0);
    expect(ownWordsToRead(`a${emoji}`).length).toBe(OWN_WORDS_READ - 1);
  });

  it("tells the language of a long message by its start", () => {
    const english =
      "We will pay the balance as soon as our customer pays us. Thank you for your patience.\n";
    const spanish = "Estimado señor, gracias por su paciencia, le pagamos cuando nos paguen.\n";
    const text = english.repeat(Math.ceil(OWN_WORDS_READ / english.length)) + spanish.repeat(5000);
    expect(detectLanguage(spanish.repeat(5000))).toBe("es");
    expect(detectLanguage(text)).toBe("en");
  });
});
