import { splitBody } from "../../../src/core/thread/split";
import type { SplitBody } from "../../../src/core/thread/split";
import { bodyFormat } from "../../../src/cli/body-format";
import { fixture, run } from "./run";

// The splitter itself is the core's; here it is a stand-in, so these tests pin down
// only what the CLI does with its answer (what it passes in, what it prints).
jest.mock("../../../src/core/thread/split", () => ({ splitBody: jest.fn() }));
const split = jest.mocked(splitBody);

const ANSWER: SplitBody = {
  text: "We will remit the balance next Tuesday.",
  signature: "Omar",
  quoted: [
    {
      from: { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" },
      to: [{ name: "", address: "omar.haddad@alwaha-trading.ae" }],
      sentAt: "2026-11-13T02:30:00.000Z",
      subject: "RE: PI SR-2611-045 deposit",
      text: "May I kindly check on the deposit for PI SR-2611-045?",
      signature: null,
      header: "On Fri, 13 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:",
      forwarded: false,
    },
  ],
  header: null,
};

const PRINTED_QUOTED = [
  {
    from: "Amy Zhang <amy.zhang@sunrisetex.com>",
    sentAt: "2026-11-13T02:30:00.000Z",
    subject: "RE: PI SR-2611-045 deposit",
    text: "May I kindly check on the deposit for PI SR-2611-045?",
  },
];

beforeEach(() => {
  split.mockReset();
  split.mockReturnValue(ANSWER);
});

describe("kindly split, with the splitter stood in", () => {
  it("passes the body with its detected format, and prints only the new text", async () => {
    const result = await run(["split", fixture("bodies", "html-reply.txt")]);
    expect(split).toHaveBeenCalledWith(
      expect.stringContaining('<div class="gmail_quote">'),
      "html"
    );
    expect(result).toEqual({ code: 0, stdout: `${ANSWER.text}\n`, stderr: "" });
  });

  it("prints the quoted messages with from as Name <address>", async () => {
    const result = await run(["split", "--json"], "Plain reply.\n");
    expect(split).toHaveBeenCalledWith("Plain reply.\n", "text");
    expect(JSON.parse(result.stdout)).toEqual({ text: ANSWER.text, quoted: PRINTED_QUOTED });
  });

  it("uses a batch line's format, or detects it when the line has none", async () => {
    const input = [
      JSON.stringify({ id: 1, body: "<p>Hi</p>", format: "text" }),
      JSON.stringify({ id: 2, body: "<p>Hi</p>" }),
    ].join("\n");
    const result = await run(["split", "--batch"], input);
    expect(split.mock.calls).toEqual([
      ["<p>Hi</p>", "text"],
      ["<p>Hi</p>", "html"],
    ]);
    expect(
      result.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as unknown)
    ).toEqual([
      { id: 1, text: ANSWER.text, quoted: PRINTED_QUOTED },
      { id: 2, text: ANSWER.text, quoted: PRINTED_QUOTED },
    ]);
  });

  it("turns a splitter failure on one batch line into that line's error", async () => {
    split.mockImplementationOnce(() => {
      throw new Error("regex\ntimeout");
    });
    const result = await run(
      ["split", "--batch"],
      '{"id":"a","body":"x"}\n{"id":"b","body":"y"}\n'
    );
    expect(result.code).toBe(1);
    expect(
      result.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as unknown)
    ).toEqual([
      { id: "a", error: "split failed: regex timeout" },
      { id: "b", text: ANSWER.text, quoted: PRINTED_QUOTED },
    ]);
  });

  it("reports a splitter crash on a single body as one line, not a stack trace", async () => {
    split.mockImplementationOnce(() => {
      throw new TypeError("cannot read properties of undefined");
    });
    expect(await run(["split"], "Body\n")).toEqual({
      code: 1,
      stdout: "",
      stderr: "kindly: unexpected error: cannot read properties of undefined\n",
    });
  });
});

describe("bodyFormat", () => {
  it.each([
    ["<html><body><p>Dear Omar,</p></body></html>", "html"],
    ['<div dir="ltr">Hi<br></div>', "html"],
    ["Hi Amy,<br>thanks", "html"],
    ["<!DOCTYPE html><title>x</title>", "html"],
    ["Hi Amy,\n\nprice < 5 USD and qty > 100 m.", "text"],
    ["Please see <https://sunrisetex.com/pi/045> and <amy.zhang@sunrisetex.com>", "text"],
    ["> quoted line\n>> deeper", "text"],
  ])("%j is %s", (body, format) => {
    expect(bodyFormat(body)).toBe(format);
  });
});
