import type { FileMessage } from "../../../src/cli/parse-mail";
import { groupThreads, withoutDuplicates } from "../../../src/cli/threads";
import type { Address } from "../../../src/core/thread/model";

const AMY = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
const OMAR = { name: "Omar Haddad", address: "omar.haddad@alwaha-trading.ae" };
const KATRIN = { name: "Katrin Müller", address: "k.mueller@mueller-heimtex.de" };
const ME = { address: AMY.address, aliases: [] };

let counter = 0;

/** A message; unless said otherwise, from Omar to Amy. */
function message(
  subject: string,
  sentAt: string | null,
  ids: {
    id?: string;
    parents?: string[];
    from?: Address | null;
    to?: Address[];
    cc?: Address[];
  } = {}
): FileMessage {
  counter++;
  const { from = OMAR, to = [AMY], cc = [] } = ids;
  return {
    mail: { from, to, cc, sentAt, subject, body: "", format: "text" },
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
    expect(subjects(groupThreads([auto, b, a], ME))).toEqual([
      ["PI 45 deposit", "RE: PI 45 deposit", "Automatic reply: RE: PI 45 deposit"],
    ]);
  });

  it("joins two replies to a message that is not in the input", () => {
    const x = message("RE: PI 45", "2026-11-03T01:00:00Z", { parents: ["<missing>"] });
    const y = message("Deposit slip", "2026-11-04T01:00:00Z", { parents: ["<missing>"] });
    expect(groupThreads([x, y], ME)).toHaveLength(1);
  });

  it("joins replies without headers by normalized subject (RE:, AW:, 回复：)", () => {
    const threads = groupThreads(
      [
        message("PI 45 deposit", "2026-11-02T01:00:00Z", { from: AMY, to: [OMAR] }),
        message("RE: PI 45 deposit", "2026-11-03T01:00:00Z"),
        message("AW: pi 45  DEPOSIT", "2026-11-04T01:00:00Z"),
        message("回复：PI 45 deposit", "2026-11-05T01:00:00Z"),
      ],
      ME
    );
    expect(threads).toHaveLength(1);
  });

  it("joins an out-of-office without headers by the subject it answers", () => {
    const threads = groupThreads(
      [
        message("PI 45 deposit", "2026-11-02T01:00:00Z", { id: "<a>", from: AMY, to: [OMAR] }),
        message("Automatic reply: PI 45 deposit", "2026-11-02T01:05:00Z"),
        message("自动回复：RE: PI 45 deposit", "2026-11-03T01:05:00Z"),
        message("Out of office", "2026-11-03T02:00:00Z"),
      ],
      ME
    );
    expect(subjects(threads)).toEqual([
      ["PI 45 deposit", "Automatic reply: PI 45 deposit", "自动回复：RE: PI 45 deposit"],
      ["Out of office"],
    ]);
  });

  it("never joins different subjects without a header link", () => {
    const threads = groupThreads(
      [
        message("PI 45 deposit", "2026-11-02T01:00:00Z", { id: "<a>" }),
        message("PI 46 deposit", "2026-11-02T02:00:00Z", { id: "<b>" }),
        message("RE: PI 45 deposit balance", "2026-11-03T01:00:00Z"),
      ],
      ME
    );
    expect(subjects(threads)).toEqual([
      ["PI 45 deposit"],
      ["PI 46 deposit"],
      ["RE: PI 45 deposit balance"],
    ]);
  });

  it("does not join by subject messages with different buyers, even when our side is on both", () => {
    const colleague = { name: "Accounts", address: "accounts@sunrisetex.com" };
    const toOmar = message("Deposit reminder", "2026-11-02T01:00:00Z", {
      id: "<omar-1>",
      from: AMY,
      to: [OMAR],
      cc: [colleague],
    });
    const omarPromises = message("RE: Deposit reminder", "2026-11-03T01:00:00Z", {
      parents: ["<omar-1>"],
    });
    const toKatrin = message("Deposit reminder", "2026-11-04T01:00:00Z", {
      from: AMY,
      to: [KATRIN],
      cc: [colleague],
    });
    expect(groupThreads([toOmar, omarPromises, toKatrin], ME)).toEqual([
      [toOmar, omarPromises],
      [toKatrin],
    ]);
  });

  it("joins by subject only a message the headers link to no other", () => {
    const first = message("PI 45 deposit", "2026-11-02T01:00:00Z", {
      id: "<a>",
      from: AMY,
      to: [OMAR],
    });
    const reply = message("RE: PI 45 deposit", "2026-11-03T01:00:00Z", {
      id: "<b>",
      parents: ["<a>"],
    });
    const again = message("PI 45 deposit", "2026-11-10T01:00:00Z", {
      id: "<c>",
      from: AMY,
      to: [OMAR],
    });
    const answer = message("RE: PI 45 deposit", "2026-11-11T01:00:00Z", { parents: ["<c>"] });
    const loose = message("RE: PI 45 deposit", "2026-11-12T01:00:00Z");
    // Each chain is whole by its headers; the loose reply joins the first chain it shares Omar with.
    expect(groupThreads([first, reply, again, answer, loose], ME)).toEqual([
      [first, reply, loose],
      [again, answer],
    ]);
  });

  it("does not join messages by an empty subject", () => {
    expect(groupThreads([message("", null), message("RE:", null)], ME)).toHaveLength(2);
  });

  it("orders threads by their first message, undated threads last, messages oldest first", () => {
    const threads = groupThreads(
      [
        message("no date", null),
        message("later", "2026-11-10T01:00:00Z"),
        message("earlier", "2026-11-05T01:00:00Z"),
        message("RE: earlier", "2026-11-01T01:00:00Z"),
      ],
      ME
    );
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
