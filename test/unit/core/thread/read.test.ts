import { readThread, type MailMessage } from "../../../../src/core";
import { itemToMessage } from "../../../../src/hosts/mailhost";
import { SimMailbox } from "../../../../src/hosts/simulator/mailbox";
import { SAMPLE_THREADS } from "../../../../src/hosts/simulator/samples";
import { mail, me, quote } from "./helpers";

const NOW = new Date("2026-11-28T12:00:00Z");

describe("readThread on the simulator's threads, rebuilt from the open message's quotes", () => {
  const box = new SimMailbox(NOW);
  it.each(SAMPLE_THREADS.map((t) => t.id))("%s", (id) => {
    box.select(id);
    const sample = box.thread;
    const thread = readThread([itemToMessage(box.openItem())], me, { tz: "UTC" });
    // An auto-reply quotes nothing: the open auto-reply is all Outlook shows of that thread.
    const expected = sample.messages[sample.messages.length - 1].headers
      ? sample.messages.slice(-1)
      : sample.messages;
    expect(thread.messages.map((m) => [m.from?.address, m.sentAt, m.side])).toEqual(
      expected.map((m) => [
        m.from.address,
        m.sentAt.toISOString(),
        m.from.address.endsWith("@sunrisetex.com") ? "ours" : "buyer",
      ])
    );
    // Each message's own words: its body's first paragraph after the greeting is there.
    const body = (text: string) => text.split("\n")[2] ?? text.split("\n")[0];
    expect(thread.messages.map((m) => m.text)).toEqual(
      expected.map((m) => expect.stringContaining(body(m.text)))
    );
  });

  it("classifies chases, replies, auto-replies and promises", () => {
    box.select("no-reply-india");
    const silent = readThread([itemToMessage(box.openItem())], me);
    expect(silent.messages.map((m) => m.kind)).toEqual(["reply", "chase", "chase", "chase"]);

    box.select("ooo-spain");
    const [auto] = readThread([itemToMessage(box.openItem())], me).messages;
    expect(auto).toMatchObject({ kind: "auto-reply", autoReply: true, returnDate: "2026-12-05" });

    box.select("promise-china");
    const promise = readThread([itemToMessage(box.openItem())], me).messages;
    expect(promise[promise.length - 1]).toMatchObject({
      kind: "reply",
      promisedDate: "2026-12-03",
    });
  });

  it("leaves the draft being written out of the thread, but reads its quoted history", () => {
    box.select("competitor-germany");
    box.reply();
    const thread = readThread([itemToMessage(box.openItem())], me);
    expect(thread.messages).toHaveLength(4);
    expect(thread.messages[3].from?.name).toBe("Klaus Becker");
  });
});

describe("readThread: a promise's slashed date", () => {
  it("is read in the buyer's language when the promise is too short to tell it", () => {
    const javier = "javier@textilesdelsur.es";
    const thread = readThread(
      [
        mail(
          javier,
          "2026-04-14T09:00:00Z",
          "Hola Amy, este mes estamos cortos de liquidez y el banco aún no nos da el crédito."
        ),
        mail(me.address, "2026-04-17T09:00:00Z", "Dear Javier, when may we expect the deposit?"),
        mail(javier, "2026-04-20T09:00:00Z", "Pagaremos el 05/06."),
      ],
      me
    );
    // 5 June, as Spanish writes it; not 6 May, which also lies ahead of 20 April.
    expect(thread.messages.map((m) => m.promisedDate)).toEqual([null, null, "2026-06-05"]);
  });
});

describe("readThread: quotes with no usable date", () => {
  const AMY = "Amy Zhang <amy.zhang@sunrisetex.com>";
  const reply =
    "On Mon, 16 Nov 2026 at 10:00, Klaus <k@becker-hw.de> wrote:\n" +
    quote("We are checking with our bank.");
  const second =
    `On 31/02/2026 09:00, ${AMY} wrote:\n` + quote(`Any news on the deposit?\n\n${reply}`);
  const first =
    `On 30/02/2026 09:00, ${AMY} wrote:\n` +
    quote(`May I check on the deposit once more?\n\n${second}`);

  it("places them just before the dated message that quotes them", () => {
    const read = readThread(
      [mail("amy.zhang@sunrisetex.com", "2026-11-20T09:00:00Z", `Dear Klaus,\n\n${first}`)],
      me
    );
    expect(read.messages.map((m) => [m.id, m.sentAt])).toEqual([
      ["m1/q3", "2026-11-16T10:00:00.000Z"],
      ["m1/q2", null],
      ["m1/q1", null],
      ["m1", "2026-11-20T09:00:00Z"],
    ]);
  });

  it("keeps a chase resent word for word, quoted twice with no date, as two chases", () => {
    const words = "May I check on the deposit once more?";
    const older = `On 30/02/2026 09:00, ${AMY} wrote:\n` + quote(`${words}\n\n${reply}`);
    const newer = `On 31/02/2026 09:00, ${AMY} wrote:\n` + quote(`${words}\n\n${older}`);
    const read = readThread(
      [mail("k@becker-hw.de", "2026-11-20T09:00:00Z", `Any news?\n\n${newer}`)],
      me
    );
    expect(read.messages.map((m) => [m.kind, m.sentAt])).toEqual([
      ["reply", "2026-11-16T10:00:00.000Z"],
      ["chase", null],
      ["chase", null],
      ["reply", "2026-11-20T09:00:00Z"],
    ]);
  });

  it("places them after every dated message under an undated draft, oldest first", () => {
    // The draft answers the newest of them: they came after the buyer's dated reply, not before it.
    const draft = mail("amy.zhang@sunrisetex.com", null, `Dear Klaus,\n\n${first}`, {
      draft: true,
    });
    expect(readThread([draft], me).messages.map((m) => [m.id, m.sentAt, m.kind])).toEqual([
      ["m1/q3", "2026-11-16T10:00:00.000Z", "reply"],
      ["m1/q2", null, "chase"],
      ["m1/q1", null, "chase"],
    ]);
  });
});

describe("readThread merging sources", () => {
  it("keeps one copy of a message found in the mailbox and in a quote", () => {
    const chase = mail(
      "amy.zhang@sunrisetex.com",
      "2026-11-26T10:30:00Z",
      "May I check on the deposit?",
      { id: "sent-1" }
    );
    const reply = mail(
      "omar@alwaha-trading.ae",
      "2026-11-27T09:00:00Z",
      "We pay Friday.\n\nOn Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:\n> May I check on the deposit?",
      { id: "in-1" }
    );
    const thread = readThread([chase, reply], me);
    expect(thread.messages.map((m) => [m.id, m.source])).toEqual([
      ["sent-1", "item"],
      ["in-1", "item"],
    ]);
  });

  it("finds the same message by its words when the quote's time is in another zone", () => {
    const chase = mail(
      "amy.zhang@sunrisetex.com",
      "2026-11-26T02:30:00Z",
      "May I check on the deposit?",
      { id: "sent-1" }
    );
    const reply = mail(
      "omar@alwaha-trading.ae",
      "2026-11-27T09:00:00Z",
      "We pay Friday.\n\nOn Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:\n> May I check on the deposit?"
    );
    expect(readThread([chase, reply], me).messages).toHaveLength(2);
  });

  it("tells messages apart by their Message-ID where both have one, whatever their time or words", () => {
    const amy = "amy.zhang@sunrisetex.com";
    // Two messages a minute apart: the packing list, then a chase.
    const packing = mail(amy, "2026-11-20T02:30:00Z", "Please find the packing list attached.", {
      id: "g1",
      messageId: "<a1@sunrisetex.com>",
    });
    const chase = mail(amy, "2026-11-20T02:31:00Z", "May I check on the deposit?", {
      id: "g2",
      messageId: "<a2@sunrisetex.com>",
    });
    // One message seen twice, its copy's time and words read otherwise: still one.
    const copy = mail(amy, "2026-11-22T09:00:00Z", "Dear Omar, may I check on the deposit?", {
      id: "g3",
      messageId: " <a2@sunrisetex.com> ",
    });
    const read = readThread([packing, chase, copy], me).messages;
    expect(read.map((m) => [m.id, m.kind])).toEqual([
      ["g1", "other"],
      ["g2", "chase"],
    ]);
  });

  it("reads a message of ours to colleagues only as no chase, unless Kindly tagged it", () => {
    const amy = "amy.zhang@sunrisetex.com";
    const words = "Could you check with finance whether the deposit for PI 45 has arrived?";
    const lee = [{ name: "Lee Wang", address: "lee.wang@sunrisetex.com" }];
    const omar = [{ name: "Omar", address: "omar@alwaha-trading.ae" }];
    const kinds = (extra: Partial<MailMessage>) =>
      readThread([mail(amy, "2026-11-20T02:30:00Z", words, extra)], me).messages.map((m) => m.kind);
    expect(kinds({ to: lee })).toEqual(["other"]);
    expect(kinds({ to: lee, cc: omar })).toEqual(["chase"]);
    expect(kinds({ to: omar })).toEqual(["chase"]);
    expect(kinds({ to: lee, taggedChase: true })).toEqual(["chase"]);
    // Recipients the message does not name: as before, its words decide.
    expect(kinds({ to: [] })).toEqual(["chase"]);
  });

  it("reads a quoted message of ours to a colleague by its words: a quote may leave out its Cc", () => {
    const body =
      "Thank you, Amy.\n\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nSent: Friday, November 20, 2026 10:30 AM\n" +
      "To: Lee Wang <lee.wang@sunrisetex.com>\nSubject: RE: PI 45\n\n" +
      "Dear Omar, could you please arrange the deposit for PI 45?";
    const reply = mail("omar@alwaha-trading.ae", "2026-11-21T09:00:00Z", body);
    const quoted = readThread([reply], me).messages.filter((m) => m.source === "quoted");
    expect(quoted.map((m) => m.kind)).toEqual(["chase"]);
  });

  it("keeps a chase resent word for word on another day as a second chase", () => {
    const words = "May I check on the deposit?";
    const first = mail("amy.zhang@sunrisetex.com", "2026-11-20T02:30:00Z", words, { id: "s1" });
    const again = mail("amy.zhang@sunrisetex.com", "2026-11-24T02:30:00Z", words, { id: "s2" });
    const read = readThread([first, again], me).messages;
    expect(read.map((m) => [m.sentAt, m.kind])).toEqual([
      ["2026-11-20T02:30:00Z", "chase"],
      ["2026-11-24T02:30:00Z", "chase"],
    ]);
  });

  it("places an undated quote just before the message quoting it, and drops quotes with no sender and no date", () => {
    const body =
      "We pay Friday.\n\n-----Original Message-----\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nSubject: PI\n\nMay I check?\n\n> anonymous old words";
    const thread = readThread([mail("omar@alwaha-trading.ae", "2026-11-27T09:00:00Z", body)], me);
    expect(thread.messages.map((m) => [m.side, m.sentAt, m.source])).toEqual([
      ["ours", null, "quoted"],
      ["buyer", "2026-11-27T09:00:00Z", "item"],
    ]);
  });

  it("takes the thread's subject without reply prefixes", () => {
    expect(
      readThread(
        [mail("omar@alwaha-trading.ae", null, "Hi", { subject: "AW: RE: PI 45 deposit" })],
        me
      ).subject
    ).toBe("PI 45 deposit");
  });

  it("gives every message an id", () => {
    const thread = readThread(
      [mail("a@b.de", null, "x"), mail("a@b.de", "2026-11-01T00:00:00Z", "y", { id: "own" })],
      me
    );
    expect(thread.messages.map((m) => m.id)).toEqual(["m1", "own"]);
  });

  it("reads a sent time the calendar cannot place (year 20024) as no date, not a crash", () => {
    const thread = readThread(
      [
        mail("anna@sunrisetex.com", "+020024-11-26T09:00:00.000Z", "Kindly arrange the deposit."),
        mail("anna@sunrisetex.com", "2026-11-20T09:00:00Z", "Kindly arrange the balance."),
      ],
      me,
      { tz: "Pacific/Kiritimati" }
    );
    expect(thread.messages.map((m) => m.sentAt)).toEqual([null, "2026-11-20T09:00:00Z"]);
  });

  describe("a quote header that gives only a name", () => {
    const body = (name: string) =>
      "Just following up on my email below about the deposit.\n\n" +
      `From: ${name}\nSent: Monday, November 16, 2026 10:15 AM\nTo: Omar Haddad\nSubject: PI 45 deposit\n\n` +
      "Could you kindly update us on the deposit payment for PI 45?";
    const open = (name: string) =>
      mail("amy.zhang@sunrisetex.com", "2026-11-23T09:00:00Z", body(name), {
        from: { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" },
      });

    it("is ours when the name is one our addresses send as in the thread", () => {
      const thread = readThread([open("amy  ZHANG")], me);
      expect(thread.messages.map((m) => [m.side, m.kind])).toEqual([
        ["ours", "chase"],
        ["ours", "chase"],
      ]);
    });

    it("is ours when the name is a colleague's on Cc of a message given whole", () => {
      const item = {
        ...open("Bob Chen"),
        to: [{ name: "Omar Haddad", address: "omar@alwaha-trading.ae" }],
        cc: [{ name: "Bob Chen", address: "bob.chen@sunrisetex.com" }],
      };
      expect(readThread([item], me).messages.map((m) => [m.from?.name, m.side, m.kind])).toEqual([
        ["Bob Chen", "ours", "chase"],
        ["Amy Zhang", "ours", "chase"],
      ]);
    });

    it("is ours when it is the mailbox user's name, and the buyer's otherwise", () => {
      const item = mail("amy.zhang@sunrisetex.com", "2026-11-23T09:00:00Z", body("Amy Zhang"));
      expect(readThread([item], { ...me, name: "Amy Zhang" }).messages[0].side).toBe("ours");
      expect(readThread([item], me).messages[0].side).toBe("buyer");
      expect(readThread([open("Omar Haddad")], me).messages[0]).toMatchObject({
        side: "buyer",
        kind: "reply",
      });
    });
  });

  it("reads a delivery failure as nobody's message: not the buyer's reply, nor our chase", () => {
    const chase = mail(
      "amy.zhang@sunrisetex.com",
      "2026-11-16T09:00:00Z",
      "Kindly arrange the deposit."
    );
    const failures = [
      mail("mailer-daemon@googlemail.com", "2026-11-16T09:01:00Z", "Kindly arrange the deposit.", {
        subject: "Delivery Status Notification (Failure)",
        headers: { "auto-submitted": "auto-replied" },
      }),
      mail(
        "omar@alwaha-trading.ae",
        "2026-11-16T09:02:00Z",
        "Your message could not be delivered.",
        {
          subject: "Undeliverable: RE: PI 45",
        }
      ),
      mail("postmaster@sunrisetex.com", "2026-11-16T09:03:00Z", "Kindly arrange the deposit."),
    ];
    const resent = mail(
      "amy.zhang@sunrisetex.com",
      "2026-11-18T09:00:00Z",
      "My message did not reach you: kindly arrange the deposit for PI 45.",
      {
        subject: "FW: Undeliverable: RE: PI 45",
      }
    );
    const thread = readThread([chase, ...failures, resent], me);
    expect(thread.messages.map((m) => m.kind)).toEqual([
      "chase",
      "other",
      "other",
      "other",
      "chase",
    ]);
  });
});
