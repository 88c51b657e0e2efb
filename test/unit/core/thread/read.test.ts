import { readThread } from "../../../../src/core";
import type { MailMessage } from "../../../../src/core";

const me = { address: "amy.zhang@sunrisetex.com" };

function mail(
  from: string,
  sentAt: string | null,
  body: string,
  extra: Partial<MailMessage> = {}
): MailMessage {
  return {
    from: { name: "", address: from },
    to: [],
    cc: [],
    sentAt,
    subject: "PI 45",
    body,
    format: "text",
    ...extra,
  };
}

describe("readThread", () => {
  it("orders messages oldest first and marks their side", () => {
    const thread = readThread(
      [
        mail("omar@alwaha-trading.ae", "2026-11-17T14:02:00Z", "My customer has not paid yet."),
        mail("amy.zhang@sunrisetex.com", "2026-11-15T09:15:00Z", "May I check on the deposit?", {
          taggedChase: true,
        }),
      ],
      me
    );
    expect(thread.messages.map((m) => [m.side, m.kind, m.text])).toEqual([
      ["ours", "chase", "May I check on the deposit?"],
      ["buyer", "reply", "My customer has not paid yet."],
    ]);
  });

  it("keeps undated messages, first", () => {
    const thread = readThread(
      [mail("omar@alwaha-trading.ae", "2026-11-17T14:02:00Z", "b"), mail("x@y.de", null, "a")],
      me
    );
    expect(thread.messages.map((m) => m.text)).toEqual(["a", "b"]);
  });

  it("gives every message an id", () => {
    const thread = readThread(
      [mail("a@b.de", null, "x"), mail("a@b.de", null, "y", { id: "own" })],
      me
    );
    expect(thread.messages.map((m) => m.id)).toEqual(["m1", "own"]);
  });
});
