import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixture, run } from "./run";

/**
 * `kindly analyze` on an .mbox put together from the fixture .eml files, as a rep
 * would export a mailbox: three threads come back, each message read right.
 */
function mboxOf(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-mbox-"));
  const out = path.join(dir, "export.mbox");
  const parts = files.map((file) => {
    const body = fs
      .readFileSync(file, "latin1")
      .replace(/\r\n/g, "\n")
      .replace(/^(>*From )/gm, ">$1");
    return `From kindly@localhost Mon Nov 30 00:00:00 2026\n${body}\n\n`;
  });
  fs.writeFileSync(out, parts.join(""), "latin1");
  return out;
}

const emls = ["alwaha", "mueller", "yuefeng"].flatMap((dir) =>
  fs
    .readdirSync(fixture("threads", dir))
    .sort()
    .map((f) => fixture("threads", dir, f))
);

interface Printed {
  subject: string;
  messages: Array<{
    kind: string;
    autoReply: boolean;
    returnDate: string | null;
    promisedDate: string | null;
  }>;
  facts: Record<string, unknown>;
}

it("prints the threads of an .mbox built from several fixtures, each message read right", async () => {
  const result = await run([
    "analyze",
    mboxOf(emls),
    "--me",
    "amy.zhang@sunrisetex.com",
    "--now",
    "2026-11-28",
    "--tz",
    "Asia/Shanghai",
    "--json",
  ]);
  expect(result.stderr).toBe("");
  const threads = JSON.parse(result.stdout) as Printed[];
  const read = threads.map((t) => [
    t.subject,
    t.messages.map((m) => [m.kind, m.returnDate ?? m.promisedDate]),
  ]);
  expect(read).toEqual([
    [
      "PI SR-2611-045 deposit",
      [
        ["other", null], // the PI going out, with its payment terms: not a chase yet
        ["reply", "2026-11-10"], // "We will remit the deposit by 10 November."
        ["chase", null],
        ["auto-reply", "2026-11-23"], // "out of the office until 22 November"
        ["reply", null], // "as soon as his payment arrives": no date
      ],
    ],
    [
      "Deposit for PO 4471 / PI SR-2610-112",
      [
        ["chase", null],
        ["reply", "2026-11-13"], // "die Anzahlung geht diese Woche raus" (written Monday 9 November)
        ["reply", "2026-11-20"], // "wird am 20.11. überwiesen"
      ],
    ],
    [
      "PI SR-2611-051 定金",
      [
        ["chase", null],
        ["reply", "2026-11-17"], // "定金我们下周二安排付款" (written Wednesday 11 November)
      ],
    ],
  ]);
  expect(threads[0].facts).toMatchObject({
    orderRef: { kind: "PI", value: "SR-2611-045" },
    amount: { amount: 12500, currency: "USD" },
    confirmedOn: "2026-11-03",
    promisedDate: "2026-11-10",
  });
});
