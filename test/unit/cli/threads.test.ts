import type { FileMessage } from "../../../src/cli/parse-mail";
import { groupThreads, withoutDuplicates } from "../../../src/cli/threads";

let counter = 0;

function message(
  subject: string,
  sentAt: string | null,
  ids: { id?: string; parents?: string[] } = {}
): FileMessage {
  counter++;
  return {
    mail: { from: null, to: [], cc: [], sentAt, subject, body: "", format: "text" },
    label: `m${counter}: ${subject}`,
    messageId: ids.id ?? null,
    parents: ids.parents ?? [],
  };
}

function subjects(threads: FileMessage[][]): string[][] {
  return threads.map((t) => t.map((m) => m.mail.subject));
}

describe("groupThreads", () => {
  it("joins a chain by Message-ID, In-Reply-To and References, even when the subject changed", () => {
    const a = message("PI 45 deposit", "2026-11-02T01:00:00Z", { id: "<a>" });
    const b = message("RE: PI 45 deposit", "2026-11-03T01:00:00Z", { id: "<b>", parents: ["<a>"] });
    const auto = message("Automatic reply: RE: PI 45 deposit", "2026-11-04T01:00:00Z", {
      id: "<c>",
      parents: ["<b>"],
    });
    expect(subjects(groupThreads([auto, b, a]))).toEqual([
      ["PI 45 deposit", "RE: PI 45 deposit", "Automatic reply: RE: PI 45 deposit"],
    ]);
  });

  it("joins two replies to a message that is not in the input", () => {
    const x = message("RE: PI 45", "2026-11-03T01:00:00Z", { parents: ["<missing>"] });
    const y = message("Deposit slip", "2026-11-04T01:00:00Z", { parents: ["<missing>"] });
    expect(groupThreads([x, y])).toHaveLength(1);
  });

  it("joins replies without headers by normalized subject (RE:, AW:, 回复：)", () => {
    const threads = groupThreads([
      message("PI 45 deposit", "2026-11-02T01:00:00Z"),
      message("RE: PI 45 deposit", "2026-11-03T01:00:00Z"),
      message("AW: pi 45  DEPOSIT", "2026-11-04T01:00:00Z"),
      message("回复：PI 45 deposit", "2026-11-05T01:00:00Z"),
    ]);
    expect(threads).toHaveLength(1);
  });

  it("joins an out-of-office without headers by the subject it answers", () => {
    const threads = groupThreads([
      message("PI 45 deposit", "2026-11-02T01:00:00Z", { id: "<a>" }),
      message("Automatic reply: PI 45 deposit", "2026-11-02T01:05:00Z"),
      message("自动回复：RE: PI 45 deposit", "2026-11-03T01:05:00Z"),
      message("Out of office", "2026-11-03T02:00:00Z"),
    ]);
    expect(subjects(threads)).toEqual([
      ["PI 45 deposit", "Automatic reply: PI 45 deposit", "自动回复：RE: PI 45 deposit"],
      ["Out of office"],
    ]);
  });

  it("never joins different subjects without a header link", () => {
    const threads = groupThreads([
      message("PI 45 deposit", "2026-11-02T01:00:00Z", { id: "<a>" }),
      message("PI 46 deposit", "2026-11-02T02:00:00Z", { id: "<b>" }),
      message("RE: PI 45 deposit balance", "2026-11-03T01:00:00Z"),
    ]);
    expect(subjects(threads)).toEqual([
      ["PI 45 deposit"],
      ["PI 46 deposit"],
      ["RE: PI 45 deposit balance"],
    ]);
  });

  it("does not join messages by an empty subject", () => {
    expect(groupThreads([message("", null), message("RE:", null)])).toHaveLength(2);
  });

  it("orders threads by their first message, undated threads last, messages oldest first", () => {
    const threads = groupThreads([
      message("no date", null),
      message("later", "2026-11-10T01:00:00Z"),
      message("earlier", "2026-11-05T01:00:00Z"),
      message("RE: earlier", "2026-11-01T01:00:00Z"),
    ]);
    expect(subjects(threads)).toEqual([["RE: earlier", "earlier"], ["later"], ["no date"]]);
  });
});

describe("withoutDuplicates", () => {
  it("keeps the first copy of a Message-ID and every message without one", () => {
    const first = message("PI 45", null, { id: "<a>" });
    const copy = message("PI 45", null, { id: "<a>" });
    const noId = message("PI 45", null);
    expect(withoutDuplicates([first, copy, noId, message("PI 45", null)])).toEqual([
      first,
      noId,
      expect.anything(),
    ]);
  });
});
