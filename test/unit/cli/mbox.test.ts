import { createReadStream, readFileSync } from "fs";
import { mboxMessages } from "../../../src/cli/mbox";
import { fixture } from "./run";

async function split(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const m of mboxMessages(chunks)) out.push(m.toString("latin1"));
  return out;
}

const MBOX = [
  "From amy.zhang@sunrisetex.com Mon Oct 26 03:00:00 2026",
  "Subject: one",
  "",
  "first body",
  ">From our side, all is ready.",
  ">>From here on, mboxrd keeps one level.",
  "From the middle of a paragraph, not a separator.",
  "",
  "From i.petrov@textil-torg.ru Thu Oct 29 09:30:00 2026",
  "Subject: two",
  "",
  "second body",
  "",
].join("\n");

describe("mboxMessages", () => {
  it("splits on From lines that start the file or follow an empty line, and unescapes >From", async () => {
    expect(await split([Buffer.from(MBOX)])).toEqual([
      [
        "Subject: one",
        "",
        "first body",
        "From our side, all is ready.",
        ">From here on, mboxrd keeps one level.",
        "From the middle of a paragraph, not a separator.",
        "",
      ].join("\n"),
      "Subject: two\n\nsecond body\n",
    ]);
  });

  it("starts a message only at an envelope line: a sender and an asctime date", async () => {
    const mbox = [
      "From - Mon Nov  2 09:15:00 2026", // Thunderbird
      "Subject: one",
      "",
      "Dear Omar,",
      "",
      "From the PI: USD 12,500.00, deposit 30%.",
      "",
      "From 1785412345678901234@xxx Tue Nov 03 10:00:00 +0000 2026", // Gmail's Takeout
      "Subject: two",
      "",
      "body",
      "",
      "From MAILER-DAEMON Wed Nov  4 08:00 2026",
      "Subject: three",
      "",
    ].join("\n");
    expect(await split([Buffer.from(mbox)])).toEqual([
      "Subject: one\n\nDear Omar,\n\nFrom the PI: USD 12,500.00, deposit 30%.\n",
      "Subject: two\n\nbody\n",
      "Subject: three\n",
    ]);
  });

  it("gives the same messages whatever the chunk boundaries (here: one byte at a time)", async () => {
    const bytes = Buffer.from(MBOX);
    const oneByOne = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await split(oneByOne)).toEqual(await split([bytes]));
  });

  it("reads a line that spans many chunks, and a last one without its newline", async () => {
    const long = "x".repeat(300_000);
    const bytes = Buffer.from(
      `From a@b Mon Oct 26 03:00:00 2026\r\nSubject: x\r\n\r\n${long}\r\n\r\n` +
        `From c@d Mon Oct 26 04:00:00 2026\r\nSubject: y\r\n\r\n${long}`
    );
    for (const size of [1000, 65_536]) {
      const chunks = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await split(chunks)).toEqual([
        `Subject: x\r\n\r\n${long}\r\n`,
        `Subject: y\r\n\r\n${long}`,
      ]);
    }
  });

  it("handles CRLF files, a last line without a newline, and keeps bytes as they are (8-bit charsets)", async () => {
    const koi8 = Buffer.from([0xe4, 0xcf, 0xc2, 0xd2, 0xd9, 0xca]); // "Добрый" in KOI8-R
    const raw = Buffer.concat([
      Buffer.from("From a@b Mon Oct 26 03:00:00 2026\r\nSubject: x\r\n\r\n"),
      koi8,
      Buffer.from("\r\n\r\nFrom c@d Mon Oct 26 04:00:00 2026\r\nSubject: y\r\n\r\nlast"),
    ]);
    const messages: Buffer[] = [];
    for await (const m of mboxMessages([raw])) messages.push(m);
    expect(messages).toHaveLength(2);
    expect(
      messages[0].equals(
        Buffer.concat([Buffer.from("Subject: x\r\n\r\n"), koi8, Buffer.from("\r\n")])
      )
    ).toBe(true);
    expect(messages[1].toString()).toBe("Subject: y\r\n\r\nlast");
  });

  it("keeps a last line of one character without a newline", async () => {
    const mbox = "From a@b Mon Oct 26 03:00:00 2026\nSubject: x\n\nOK?\nA";
    expect(await split([Buffer.from(mbox)])).toEqual(["Subject: x\n\nOK?\nA"]);
    expect(await split([Buffer.from(mbox.replace(/\n/g, "\r\n"))])).toEqual([
      "Subject: x\r\n\r\nOK?\r\nA",
    ]);
  });

  it.each(["Subject: hi\n\nbody\n", "From the desk of Amy Zhang\n\nbody\n"])(
    "refuses a file that does not start with an envelope line: %j",
    async (text) => {
      await expect(split([Buffer.from(text)])).rejects.toThrow(
        'not an mbox file (it does not start with a "From " line)'
      );
    }
  );

  it("yields nothing for a file of empty lines", async () => {
    expect(await split([Buffer.from("\n\n")])).toEqual([]);
  });

  it("reads the fixture mbox as three messages from a file stream", async () => {
    const messages = await split(createReadStream(fixture("threads", "textil-torg.mbox")));
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain("\nFrom our side, all documents are prepared.\n");
    expect(messages.map((m) => /^Message-ID: (.*)$/m.exec(m)?.[1])).toEqual([
      "<sr2610098.1@sunrisetex.com>",
      "<sr2610098.docs@sunrisetex.com>",
      "<1698571800.ivan@textil-torg.ru>",
    ]);
    expect(readFileSync(fixture("threads", "textil-torg.mbox"), "latin1")).toContain(
      "\n>From our side"
    );
  });

  it("streams a large mbox one message at a time", async () => {
    const count = 5000;
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let i = 0; i < count; i++) {
        yield Buffer.from(
          `From a@b Mon Oct 26 03:00:00 2026\nSubject: ${i}\n\n${"x".repeat(1000)}\n\n`
        );
      }
    }
    let seen = 0;
    for await (const m of mboxMessages(chunks())) {
      expect(m.toString().startsWith(`Subject: ${seen}\n`)).toBe(true);
      seen++;
    }
    expect(seen).toBe(count);
  });
});
