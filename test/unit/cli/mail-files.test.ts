import { mkdirSync, mkdtempSync, promises, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { CliError } from "../../../src/cli/errors";
import { readMailInputs } from "../../../src/cli/mail-files";
import type { FileMessage } from "../../../src/cli/parse-mail";
import { parseMail } from "../../../src/cli/parse-mail";
import { fixture } from "./run";

/** A file in a fresh temporary folder. */
function temporary(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kindly-")), name);
  writeFileSync(file, content, "latin1");
  return file;
}

async function read(...inputs: string[]): Promise<FileMessage[]> {
  const out: FileMessage[] = [];
  for await (const m of readMailInputs(inputs)) out.push(m);
  return out;
}

async function one(...parts: string[]): Promise<FileMessage> {
  const [message] = await read(fixture(...parts));
  return message;
}

/** The sentAt parseMail reads from a message with this Date header. */
async function sentAt(date: string): Promise<string | null> {
  const raw = `From: anna@acme-export.com\r\nDate: ${date}\r\nSubject: PI 45 deposit\r\n\r\nKindly arrange the deposit.\r\n`;
  return (await parseMail(Buffer.from(raw), "dated.eml")).mail.sentAt;
}

async function failure(input: string): Promise<string> {
  try {
    await read(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error("expected an error");
}

describe("reading mail files", () => {
  it("decodes quoted-printable UTF-8 and keeps sender, recipients, date and ids", async () => {
    const { mail, messageId, parents } = await one("threads", "alwaha", "01-pi-sent.eml");
    expect(mail.from).toEqual({ name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" });
    expect(mail.to).toEqual([{ name: "Omar Haddad", address: "omar.haddad@alwaha-trading.ae" }]);
    expect(mail.sentAt).toBe("2026-11-02T01:15:00.000Z");
    expect(mail.subject).toBe("PI SR-2611-045 deposit");
    expect(mail.format).toBe("text");
    expect(mail.body).toContain("cotton poplin – it was a pleasure");
    expect(mail.body).toContain("USD 12,500.00 (FOB Ningbo)");
    expect(mail.id).toBe("<pi045.1@sunrisetex.com>");
    expect(messageId).toBe("<pi045.1@sunrisetex.com>");
    expect(parents).toEqual([]);
  });

  it("decodes base64 and reads In-Reply-To and folded References", async () => {
    expect((await one("threads", "alwaha", "02-buyer-confirms.eml")).mail.body).toContain(
      "We will remit the deposit by 10 November."
    );
    const chase = await one("threads", "alwaha", "03-chase.eml");
    expect(chase.parents).toEqual([
      "<AM0PR04MB1122.omar@alwaha-trading.ae>",
      "<pi045.1@sunrisetex.com>",
      "<AM0PR04MB1122.omar@alwaha-trading.ae>",
    ]);
    expect(chase.mail.headers?.references).toBe(
      "<pi045.1@sunrisetex.com> <AM0PR04MB1122.omar@alwaha-trading.ae>"
    );
  });

  it("passes the auto-reply headers to the core, lower-cased", async () => {
    const { mail } = await one("threads", "alwaha", "04-out-of-office.eml");
    expect(mail.headers).toEqual({
      "message-id": "<AM0PR04MB9911.auto@alwaha-trading.ae>",
      "in-reply-to": "<pi045.3@sunrisetex.com>",
      "auto-submitted": "auto-replied",
      "content-type": "text/plain; charset=utf-8",
      "x-auto-response-suppress": "All",
      precedence: "bulk",
    });
  });

  it("decodes ISO-8859-1 quoted-printable and encoded-word names", async () => {
    const { mail } = await one("threads", "mueller", "02-reply-aw-latin1.eml");
    expect(mail.from).toEqual({ name: "Katrin Müller", address: "k.mueller@mueller-heimtex.de" });
    expect(mail.body).toContain("vielen Dank für die Erinnerung");
    expect(mail.body).toContain("Mit freundlichen Grüßen");
  });

  it("decodes windows-1252 8-bit text (euro sign, curly quotes) and Cc", async () => {
    const { mail } = await one("threads", "mueller", "03-accounts-cp1252.eml");
    expect(mail.body).toContain(
      "4.250,00 € für PO 4471 wird am 20.11. überwiesen – „sobald unser Kunde bezahlt hat“"
    );
    expect(mail.cc).toEqual([{ name: "Katrin Müller", address: "k.mueller@mueller-heimtex.de" }]);
  });

  it("decodes GB2312 base64 bodies and subjects", async () => {
    const { mail } = await one("threads", "yuefeng", "02-reply-gb2312.eml");
    expect(mail.subject).toBe("回复：PI SR-2611-051 定金");
    expect(mail.from?.name).toBe("陈丽");
    expect(mail.body).toContain("定金我们下周二安排付款，到时把水单发给你。");
  });

  it("hands an HTML-only message over as HTML", async () => {
    const { mail } = await one("threads", "yuefeng", "01-chase-html-only.eml");
    expect(mail.format).toBe("html");
    expect(mail.body).toContain("<p>想跟您确认一下 PI SR-2611-051 的定金（USD 6,200.00）");
  });

  it("prefers text/plain when a message has both parts", async () => {
    const raw = [
      "From: Amy Zhang <amy.zhang@sunrisetex.com>",
      "Subject: both",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Plain words.",
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>HTML words.</p>",
      "--b1--",
      "",
    ].join("\r\n");
    const { mail } = await parseMail(Buffer.from(raw), "both.eml");
    expect(mail.format).toBe("text");
    expect(mail.body.trim()).toBe("Plain words.");
  });

  it("reads an mbox: three messages, KOI8-R decoded, >From unescaped, labelled by position", async () => {
    const messages = await read(fixture("threads", "textil-torg.mbox"));
    expect(messages.map((m) => m.label)).toEqual(
      [1, 2, 3].map((n) => `${fixture("threads", "textil-torg.mbox")}: message ${n}`)
    );
    expect(messages[0].mail.body).toContain("\nFrom our side, all documents are prepared.");
    expect(messages[2].mail.subject).toBe("Ответ: Invoice SR-2610-098 balance");
    expect(messages[2].mail.from).toEqual({
      name: "Иван Петров",
      address: "i.petrov@textil-torg.ru",
    });
    expect(messages[2].mail.body).toContain("Остаток оплатим до 5 ноября");
  });

  it("walks a folder recursively in sorted order, taking only mail files", async () => {
    const messages = await read(fixture("threads"));
    const files = messages.map((m) => m.label.slice(fixture("threads").length + 1));
    expect(files).toEqual([
      "alwaha/01-pi-sent.eml",
      "alwaha/02-buyer-confirms.eml",
      "alwaha/03-chase.eml",
      "alwaha/04-out-of-office.eml",
      "alwaha/05-reply-from-phone.eml",
      "mueller/01-chase.eml",
      "mueller/02-reply-aw-latin1.eml",
      "mueller/03-accounts-cp1252.eml",
      "textil-torg.mbox: message 1",
      "textil-torg.mbox: message 2",
      "textil-torg.mbox: message 3",
      "yuefeng/01-chase-html-only.eml",
      "yuefeng/02-reply-gb2312.eml",
    ]);
  });

  it("reads an .eml that starts with an envelope line as one message, without that line", async () => {
    const raw = [
      "From amy.zhang@sunrisetex.com Mon Nov  2 01:15:00 2026",
      "From: Amy Zhang <amy.zhang@sunrisetex.com>",
      "Subject: PI SR-2611-045 deposit",
      "",
      "Dear Omar,",
      "",
      "From the PI: USD 12,500.00.",
      "",
      ">From our side, all is ready.",
      "",
    ].join("\n");
    const file = temporary("saved.eml", raw);
    const messages = await read(file);
    expect(messages.map((m) => [m.label, m.mail.subject, m.mail.from?.address])).toEqual([
      [file, "PI SR-2611-045 deposit", "amy.zhang@sunrisetex.com"],
    ]);
    expect(messages[0].mail.body).toBe(
      "Dear Omar,\n\nFrom the PI: USD 12,500.00.\n\n>From our side, all is ready.\n"
    );
  });

  it("streams a file of another name that starts with an envelope line as an mbox (Thunderbird's Inbox)", async () => {
    const mbox = readFileSync(fixture("threads", "textil-torg.mbox"), "latin1");
    const file = temporary("Inbox", mbox);
    const readFile = jest.spyOn(promises, "readFile");
    try {
      expect((await read(file)).map((m) => m.label)).toEqual(
        [1, 2, 3].map((n) => `${file}: message ${n}`)
      );
      expect(readFile).not.toHaveBeenCalled();
    } finally {
      readFile.mockRestore();
    }
  });

  it("reads the mbox file of an Apple Mail export folder (Inbox.mbox/mbox), given or found", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "kindly-"));
    const folder = path.join(parent, "Inbox.mbox");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "mbox"), readFileSync(fixture("threads", "textil-torg.mbox")));
    writeFileSync(path.join(folder, "table_of_contents"), Buffer.from([0, 1, 2, 3]));
    writeFileSync(path.join(folder, "Info.plist"), "<plist></plist>\n");
    const labels = [1, 2, 3].map((n) => `${path.join(folder, "mbox")}: message ${n}`);
    expect((await read(folder)).map((m) => m.label)).toEqual(labels);
    expect((await read(parent)).map((m) => m.label)).toEqual(labels);
  });

  it("reads a message whose first header line starts with From and a space as one message", async () => {
    const file = temporary("odd.txt", "From the desk of: Amy\nSubject: PI 45\n\nbody\n");
    expect((await read(file)).map((m) => [m.label, m.mail.subject])).toEqual([[file, "PI 45"]]);
  });

  it("accepts a message with mail headers but no sender, date or body", async () => {
    const { mail } = await one("odd", "headers-only.eml");
    expect(mail).toMatchObject({
      from: null,
      sentAt: null,
      body: "",
      subject: "Draft: deposit reminder for PI SR-2611-045",
    });
  });

  it.each([
    ["garbage", undefined],
    // Read as the core reads a quoted header's date: the day is past 12, so day first.
    ["18/11/2024 09:00", "2024-11-18T09:00:00.000Z"],
    ["Tue, 26 Nov 20024 09:00:00 +0000", "+020024-11-26T09:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 +0800", "2024-11-26T01:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 +0300 (MSK)", "2024-11-26T06:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 EST", "2024-11-26T14:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 MSK", "2024-11-26T06:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 CET", "2024-11-26T08:00:00.000Z"],
    ["Tue, 26 May 2026 09:00:00 cest", "2026-05-26T07:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 EET", "2024-11-26T07:00:00.000Z"],
    ["26 Nov 2024 09:00 HKT", "2024-11-26T01:00:00.000Z"],
    // An unknown zone, a military letter among them, is -0000 (RFC 5322 §4.3).
    ["Tue, 26 Nov 2024 09:00:00 K", "2024-11-26T09:00:00.000Z"],
    ["Tue, 26 Nov 2024 09:00:00 XYZT", "2024-11-26T09:00:00.000Z"],
  ])(
    "reads the Date header %j as the instant it names, never the time of reading",
    async (date, iso) => {
      expect(await sentAt(date)).toBe(iso ?? null);
    }
  );

  it.each([
    ["bad/empty.eml", "empty file"],
    ["bad/logo.png", "not an email (binary data)"],
    ["bad/order.json", "not an email (no mail headers)"],
    ["bad/notes.txt", "not an email (no mail headers)"],
    [
      "bad/unknown-charset.eml",
      "unreadable text (charset x-mystery-8bit): the body does not decode",
    ],
    ["bad/not-an-mbox.mbox", 'not an mbox file (it does not start with a "From " line)'],
    ["no-mail", "no .eml, .mbox or .mbx files in this folder"],
    ["missing.eml", "no such file or folder"],
  ])("refuses %s: %s", async (name, problem) => {
    expect(await failure(fixture(name))).toBe(`${fixture(name)}: ${problem}`);
  });

  it("names the message of an mbox that is bad", async () => {
    const file = temporary(
      "bad.mbox",
      "From a@b Mon Oct 26 03:00:00 2026\nSubject: ok\n\nfine\n\nFrom c@d Mon Oct 26 04:00:00 2026\n\n\n"
    );
    expect(await failure(file)).toBe(`${file}: message 2: empty file`);
  });
});
