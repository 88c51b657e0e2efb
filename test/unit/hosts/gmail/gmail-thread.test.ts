/**
 * What Kindly reads of a Gmail thread: every message, the older ones to a bounded length (replies
 * quote all the history below them, so bodies grow with the square of a thread's length), not
 * counting what shows no words; the newest whole.
 */
import { newText, readThread } from "../../../../src/core";
import type { GmailMessageApi } from "../../../../src/hosts/gmail/gas";
import { gmailMessages, OLDER_BODY_LIMIT } from "../../../../src/hosts/gmail/gmail-thread";

const BUYER = "Lucía Fernández <lucia@textilesfernandez.es>";
const REP = "Amy Zhang <amy.zhang@sunrisetex.com>";

/** A message as GmailApp gives it: only what the reading uses. */
function message(id: string, from: string, to: string, sentAt: string, html: string) {
  return {
    getId: () => id,
    getFrom: () => from,
    getTo: () => to,
    getCc: () => "",
    getDate: () => new Date(sentAt),
    getSubject: () => "RE: PI SR-2611-031",
    getBody: () => html,
    getPlainBody: () => "",
    getHeader: () => "",
    isDraft: () => false,
  } as unknown as GmailMessageApi;
}

/** Outlook's way: a head of style sheets, long before the first word. */
const STYLED = `<html><head><style>${"p.MsoNormal { margin: 0cm; font-size: 11pt; }\n".repeat(
  600
)}</style></head><body>`;

describe("reading a Gmail thread", () => {
  const promise = "We will remit the deposit on 10 December 2026.";
  const thread = [
    message("m1", BUYER, REP, "2026-11-20T09:00:00Z", `${STYLED}<p>${promise}</p></body></html>`),
    message("m2", REP, BUYER, "2026-11-23T09:00:00Z", "<p>Thank you, Lucía.</p>"),
  ];

  it("reads an older message's words past a head of style sheets", () => {
    expect(STYLED.length).toBeGreaterThan(OLDER_BODY_LIMIT);
    const [older] = gmailMessages(thread);
    expect(newText(older.body, older.format)).toContain(promise);
    const read = readThread(gmailMessages(thread), { address: "amy.zhang@sunrisetex.com" });
    expect(read.messages[0].promisedDate).toBe("2026-12-10");
  });

  it("reads past whatever the core's text skips whole: Outlook's <xml> block too", () => {
    const xml = `<xml>${"<o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>".repeat(300)}</xml>`;
    expect(xml.length).toBeGreaterThan(OLDER_BODY_LIMIT);
    const [older] = gmailMessages([
      message("m1", BUYER, REP, "2026-11-20T09:00:00Z", `${xml}<p>${promise}</p>`),
      thread[1],
    ]);
    expect(newText(older.body, older.format)).toContain(promise);
  });

  it("reads at most its bound of an older message, and the newest whole", () => {
    const words = "<p>Line of an old quoted history.</p>".repeat(20_000);
    const [older, newest] = gmailMessages([
      message("m1", BUYER, REP, "2026-11-20T09:00:00Z", words),
      message("m2", REP, BUYER, "2026-11-23T09:00:00Z", words),
    ]);
    expect(older.body.length).toBeLessThanOrEqual(OLDER_BODY_LIMIT);
    expect(newText(older.body, older.format)).toContain("Line of an old quoted history.");
    expect(newest.body).toBe(words);
  });
});
