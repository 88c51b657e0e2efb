import { PassThrough } from "stream";
import { readFileSync } from "fs";
import { splitBody } from "../../../src/core/thread/split";
import { splitOutput } from "../../../src/cli/output";
import { fixture, run, sink } from "./run";
import { main } from "../../../src/cli/main";

const REPLY_TEXT = readFileSync(fixture("bodies", "plain-reply.txt"), "utf8");
const REPLY_HTML = readFileSync(fixture("bodies", "html-reply.txt"), "utf8");

/** What the CLI must print for a body: whatever the core's splitter says. */
function expected(body: string, format: "text" | "html"): ReturnType<typeof splitOutput> {
  return splitOutput(splitBody(body, format));
}

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

describe("kindly split", () => {
  it("prints the new text of a body read from a file", async () => {
    const result = await run(["split", fixture("bodies", "plain-reply.txt")]);
    expect(result).toEqual({
      code: 0,
      stdout: withNewline(expected(REPLY_TEXT, "text").text),
      stderr: "",
    });
  });

  it("reads stdin when the file is - or missing", async () => {
    const want = withNewline(expected(REPLY_TEXT, "text").text);
    expect((await run(["split", "-"], REPLY_TEXT)).stdout).toBe(want);
    expect((await run(["split"], REPLY_TEXT)).stdout).toBe(want);
  });

  it("prints {text, quoted} with --json, pretty-printed", async () => {
    const result = await run(["split", "--json", fixture("bodies", "plain-reply.txt")]);
    expect(result.code).toBe(0);
    const printed: unknown = JSON.parse(result.stdout);
    expect(printed).toEqual(expected(REPLY_TEXT, "text"));
    expect(Object.keys(printed as object)).toEqual(["text", "quoted"]);
    expect(result.stdout).toBe(`${JSON.stringify(printed, null, 2)}\n`);
  });

  it("recognises HTML by its tags and hands it to the splitter as HTML", async () => {
    const result = await run(["split", "--json", fixture("bodies", "html-reply.txt")]);
    expect(JSON.parse(result.stdout)).toEqual(expected(REPLY_HTML, "html"));
  });

  it.each([
    ["an empty file", "", "stdin: empty input"],
    ["binary data", "\u0000\u0001PNG", "stdin: not text (binary data)"],
  ])("refuses %s with one line", async (_what, input, message) => {
    expect(await run(["split"], input)).toEqual({
      code: 1,
      stdout: "",
      stderr: `kindly: ${message}\n`,
    });
  });

  it("refuses text that is not UTF-8", async () => {
    const out = sink();
    const err = sink();
    const stdin = new PassThrough();
    stdin.end(Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65])); // "Grüße" in Latin-1
    const code = await main(["split"], {
      stdin,
      stdout: out.stream,
      stderr: err.stream,
      now: () => new Date(),
    });
    expect([code, err.text()]).toEqual([1, "kindly: stdin: not UTF-8 text\n"]);
  });

  it("refuses a missing file, a folder, and two files", async () => {
    expect((await run(["split", fixture("nope.txt")])).stderr).toBe(
      `kindly: ${fixture("nope.txt")}: no such file or folder\n`
    );
    expect((await run(["split", fixture("bodies")])).stderr).toBe(
      `kindly: ${fixture("bodies")}: is a folder, not a file\n`
    );
    const two = await run(["split", "a.txt", "b.txt"]);
    expect([two.code, two.stderr]).toEqual([
      2,
      "kindly: split reads one body: give one file, or - for stdin\n",
    ]);
  });
});

describe("kindly split --batch", () => {
  it("answers each JSON line with {id, text, quoted}, in order", async () => {
    const lines = [
      { id: "m1", body: REPLY_TEXT, format: "text" },
      { id: 2, body: REPLY_HTML, format: "html" },
      { id: "m3", body: REPLY_HTML },
    ];
    const result = await run(
      ["split", "--batch"],
      lines.map((l) => JSON.stringify(l)).join("\n") + "\n"
    );
    expect(result.code).toBe(0);
    const answers = result.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    expect(answers).toEqual([
      { id: "m1", ...expected(REPLY_TEXT, "text") },
      { id: 2, ...expected(REPLY_HTML, "html") },
      { id: "m3", ...expected(REPLY_HTML, "html") },
    ]);
    expect(Object.keys(answers[0] as object)).toEqual(["id", "text", "quoted"]);
  });

  it("answers a bad line with {id, error}, goes on, and exits 1", async () => {
    const input = [
      '{"id": "a", "body": "Fine.", "format": "text"}',
      "not json at all",
      "[1, 2]",
      '{"id": "b", "format": "text"}',
      '{"id": "c", "body": "x", "format": "pdf"}',
      '{"id": {"nested": true}, "body": "x"}',
      "",
      '{"id": "d", "body": "Still going.", "format": "text"}',
    ].join("\r\n");
    const result = await run(["split", "--batch"], input);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(
      result.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as unknown)
    ).toEqual([
      { id: "a", ...expected("Fine.", "text") },
      { id: null, error: "not a JSON line" },
      { id: null, error: "not a JSON object" },
      { id: "b", error: "body must be a string" },
      { id: "c", error: 'format must be "text" or "html"' },
      { id: null, error: "id must be a string or a number" },
      { id: "d", ...expected("Still going.", "text") },
    ]);
  });

  it("streams: each answer is written before the next line arrives", async () => {
    const stdin = new PassThrough();
    const out = new PassThrough();
    const err = sink();
    const done = main(["split", "--batch"], {
      stdin,
      stdout: out,
      stderr: err.stream,
      now: () => new Date(),
    });
    stdin.write('{"id": 1, "body": "First.", "format": "text"}\n');
    const first = await new Promise<string>((resolve) =>
      out.once("data", (chunk: Buffer) => resolve(chunk.toString()))
    );
    expect(JSON.parse(first)).toMatchObject({ id: 1 });
    stdin.end('{"id": 2, "body": "Second.", "format": "text"}\n');
    const rest: string[] = [];
    out.on("data", (chunk: Buffer) => rest.push(chunk.toString()));
    expect(await done).toBe(0);
    expect(JSON.parse(rest.join(""))).toMatchObject({ id: 2 });
  });

  it("handles a large input, line by line", async () => {
    const count = 20000;
    const stdin = new PassThrough();
    const answers = sink();
    const done = main(["split", "--batch"], {
      stdin,
      stdout: answers.stream,
      stderr: sink().stream,
      now: () => new Date(),
    });
    for (let i = 0; i < count; i++) {
      if (
        !stdin.write(
          `${JSON.stringify({ id: i, body: `Dear Amy,\n\nDeposit ${i} is on its way.\n`, format: "text" })}\n`
        )
      ) {
        await new Promise((resolve) => stdin.once("drain", resolve));
      }
    }
    stdin.end();
    expect(await done).toBe(0);
    const lines = answers.text().trimEnd().split("\n");
    expect(lines).toHaveLength(count);
    expect((JSON.parse(lines[count - 1]) as { id: number }).id).toBe(count - 1);
  });
});
