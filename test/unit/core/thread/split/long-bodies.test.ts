import fc from "fast-check";
import { splitBody } from "../../../../../src/core/thread/split";
import * as matchers from "../../../../../src/core/thread/split/matchers";
import { keepsWords, trimSignature } from "../../../../../src/core/thread/split/signature";
import { Lines } from "../../../../../src/core/thread/split/structure";
import { RUNS } from "../../../property-runs";
import { measured } from "../helpers";

/*
 * Bodies shaped to make the splitter read the same lines over and over: a long run of header
 * labels, blank lines inside a quote, thousands of inline quotes, rule lines, a header line
 * padded with spaces, a folded header of thousands of lines, a history of a hundred thousand
 * messages. Each splits as it always did, and each test counts the work (how often a line is
 * read, how many lines are copied, how many characters scanned): it must stay a small multiple
 * of the body, where it grew with its square. Only the space-padded line is timed.
 */

afterEach(() => jest.restoreAllMocks());

/** How many times `fn` runs while `body` is split. */
function countCalls(target: object, method: string, body: string) {
  const spy = jest.spyOn(target as Record<string, () => unknown>, method);
  const split = splitBody(body, "text");
  return { calls: spy.mock.calls.length, split };
}

describe("the splitter reads each line a bounded number of times", () => {
  it("a long run of header labels that is no header block (one kind of label)", () => {
    const n = 3_000;
    const body = "Dear Amy,\n\n" + "To: buyer@example.com\n".repeat(n);
    const { calls, split } = countCalls(matchers, "headerField", body);
    expect(split.quoted).toEqual([]);
    expect(split.text).toBe(body.trimEnd());
    // Read once from each line, where each line used to read all the labels under it too.
    expect(calls).toBeLessThanOrEqual(2 * n);
  });

  it("blank lines inside a quote", () => {
    const n = 5_000;
    const body =
      "Dear Amy, see below.\n\n> May I check on the deposit?\n" +
      "\n".repeat(n) +
      "> Kind regards, Amy\n\nWe will pay on Friday.";
    const { calls, split } = countCalls(Lines.prototype, "blank", body);
    // The quote runs on over the blank lines to its next quoted line, and the reply follows it.
    expect(split.quoted).toEqual([]);
    expect(split.text).toMatch(/^> Kind regards, Amy\n\nWe will pay on Friday\.$/m);
    expect(calls).toBeLessThanOrEqual(10 * (n + 6));
  });

  it("thousands of inline quotes, each answered", () => {
    const n = 2_000;
    const body =
      "Dear Amy,\n\n" + "> Is carton 1 ready?\n\nYes, it is.\n\n".repeat(n) + "Best regards,\nOmar";
    const { calls, split } = countCalls(matchers, "isFooter", body);
    // Every quote is followed by words of the writer's: each is context, kept in the reply.
    expect(split.quoted).toEqual([]);
    expect(split.text.match(/^> Is carton 1 ready\?$/gm)).toHaveLength(n);
    expect(split.signature).toBe("Best regards,\nOmar");
    // Once a line to find the words after every quote, where each quote read all lines after it.
    expect(calls).toBeLessThanOrEqual(4 * 4 * n);
  });

  it("a long run of blank lines before the body's splitters", () => {
    const n = 20_000;
    const body =
      "\n".repeat(n) +
      "Thanks.\n\n" +
      "From: Amy <amy@x.com>\nSent: Mon, 16 Nov 2026 10:00\n\nAny news?\n\n".repeat(200);
    const { calls, split } = countCalls(Lines.prototype, "blank", body);
    expect(split.text).toBe("Thanks.");
    expect(split.quoted).toHaveLength(200);
    // Whether the blank lines before a splitter are all there is ahead of it, asked once.
    expect(calls).toBeLessThanOrEqual(5 * (n + 1_000));
  });

  it("a separator over thousands of words and quoted separators of its message", () => {
    // Each quote holds a message and no words of its own: whether the message over it has
    // words (else the quote's message would take its place) is asked at every one.
    const n = 2_000;
    const body =
      "Thanks.\n\n-----Original Message-----\n" +
      "Carton 1 is ready.\n\n> -----Original Message-----\n> x\n\n".repeat(n);
    const { calls, split } = countCalls(Lines.prototype, "raw", body);
    expect(split.text).toBe("Thanks.");
    expect(split.quoted).toHaveLength(n + 1);
    expect(split.quoted[0].text.match(/^Carton 1 is ready\.$/gm)).toHaveLength(n);
    // Once the message has words, its parts are not read again.
    expect(calls).toBeLessThanOrEqual(8 * 4 * n);
  });
});

describe("the splitter's work stays linear where it was quadratic", () => {
  it("rule lines, each over a long tail, copy the lines a few times, not once per rule", () => {
    const n = 3_000;
    const body = "Dear Amy,\n\n" + "----------\nCarton list\n".repeat(n);
    const { result: split, work } = measured(
      Array.prototype,
      "slice",
      (_, copy) => (copy as unknown[]).length,
      () => splitBody(body, "text")
    );
    // The last rule over a few short lines is a list footer, cut as a signature.
    expect(split.signature).toBe("----------\nCarton list\n".repeat(3).trimEnd());
    expect(split.text).toBe(body.trimEnd().slice(0, -split.signature!.length - 1));
    expect(work).toBeLessThanOrEqual(3 * 2 * n);
  });

  it("a header value folded over thousands of lines by an open bracket is scanned once", () => {
    const n = 3_000;
    const body =
      "Thanks.\n\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nTo: (buyers\n" +
      "omar@alwaha-trading.ae,\n".repeat(n) +
      "Sent: Thursday, November 26, 2026 10:30 AM\n\nMay I check on the deposit?";
    const { result: split, work } = measured(
      String.prototype,
      "match",
      (text) => String(text).length,
      () => splitBody(body, "text")
    );
    expect(split.text).toBe("Thanks.");
    expect(split.quoted).toHaveLength(1);
    expect(split.quoted[0].to[0]).toEqual({ name: "buyers", address: "omar@alwaha-trading.ae" });
    expect(split.quoted[0].sentAt).toBe("2026-11-26T10:30:00.000Z");
    expect(split.quoted[0].text).toBe("May I check on the deposit?");
    // Each folded line counted the brackets of the whole value again.
    expect(work).toBeLessThanOrEqual(2 * body.length);
  });

  it("a header line padded with 200,000 spaces", () => {
    // Trimming the value with /[\s*]+$/ took half a minute: that expression backtracks over each
    // long run of spaces from each of its characters. No count shows it, so this one test has a
    // time limit, ten seconds, where the linear code takes milliseconds.
    const body =
      "Thanks.\n\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>" +
      " ".repeat(200_000) +
      "x\nSent: Thursday, November 26, 2026 10:30 AM\nSubject: PI\n\nMay I check on the deposit?";
    const split = splitBody(body, "text");
    expect(split.text).toBe("Thanks.");
    expect(split.quoted).toHaveLength(1);
    expect(split.quoted[0].from?.address).toBe("amy.zhang@sunrisetex.com");
    expect(split.quoted[0].sentAt).toBe("2026-11-26T10:30:00.000Z");
    expect(split.quoted[0].text).toBe("May I check on the deposit?");
  }, 10_000);

  it("a quote of 150,000 messages", () => {
    // Spreading them into a list as arguments overflowed the call stack.
    const n = 150_000;
    const body = "Thanks.\n\n" + "> -----Original Message-----\n> x\n".repeat(n);
    const split = splitBody(body, "text");
    expect(split.text).toBe("Thanks.");
    expect(split.quoted).toHaveLength(n);
  }, 60_000);
});

describe("keepsWords", () => {
  // Lines that are blank to the signature cutter but not to trim() ("\u0001"), or the reverse
  // (full-width and other wide spaces), among the lines that open and close a signature.
  const LINE = fc.constantFrom(
    "",
    " ",
    "\u3000",
    "\u2000",
    "\u0001",
    "\u00a0",
    "Yes, it is.",
    "Best regards,",
    "Regards, Roman",
    "Omar",
    "-- ",
    "—",
    "-Abhishek Kona",
    "Sent from my iPhone",
    "------",
    "==",
    "以上、よろしくお願いいたします",
    "x".repeat(90)
  );

  it("says for each start what trimSignature of the lines from there keeps", () => {
    fc.assert(
      fc.property(
        fc.array(LINE, { maxLength: 24 }),
        fc.array(fc.nat(25), { maxLength: 8 }),
        (lines, starts) => {
          const expected = starts.map((s) => trimSignature(lines.slice(s)).text !== "");
          expect(keepsWords(lines, starts)).toEqual(expected);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("keeps a quote as context only when more than a sign-off follows it, after any kind of space", () => {
    const quoted = (after: string) => splitBody(`Dear Amy,\n\n> Is it ready?\n${after}`, "text");
    // A full-width space line, then a sign-off: the quote is history, not context.
    expect(quoted("\u3000\n以上、よろしくお願いいたします").quoted.map((q) => q.text)).toEqual([
      "Is it ready?",
    ]);
    // A full-width space line, then words: the quote stays in the reply.
    expect(quoted("\u3000\nYes, it is.").text).toContain("> Is it ready?");
  });
});
