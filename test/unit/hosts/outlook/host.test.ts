import {
  CHASE_CATEGORY,
  CHASE_PROPERTY,
  HostError,
  itemToMessage,
} from "../../../../src/hosts/mailhost";
import { readThread } from "../../../../src/core/thread/read";
import { OutlookHost } from "../../../../src/hosts/outlook/host";
import { sameItem } from "../../../../src/taskpane/use-open-thread";
import { composeItem, FakeOffice, readItem } from "../../../fakes/office";

const REMINDER = { html: "<p>Just a gentle reminder.</p>", text: "Just a gentle reminder." };

function readSetup(init?: Parameters<typeof readItem>[1]) {
  let office!: FakeOffice;
  const item = readItem(() => office, init);
  office = new FakeOffice(item);
  return { office, item, host: new OutlookHost(office, 200) };
}

function composeSetup(init?: Parameters<typeof composeItem>[1]) {
  let office!: FakeOffice;
  const item = composeItem(() => office, init);
  office = new FakeOffice(item);
  return { office, item, host: new OutlookHost(office, 200) };
}

/** The key openItemKey gives, and the calls to Outlook it made; then openItem's view of the same item. */
async function keyAndItem(office: FakeOffice, host: OutlookHost) {
  office.calls = [];
  const key = await host.openItemKey();
  const calls = [...office.calls];
  const { mode, itemId, conversationId } = await host.openItem();
  return { key, calls, read: { mode, itemId, conversationId } };
}

describe("OutlookHost: which item is open", () => {
  it.each([
    ["a message being read", readSetup],
    ["a draft", composeSetup],
  ] as const)("names %s as openItem does, with no call but finding it", async (_, setup) => {
    const { office, host } = setup();
    const { key, calls, read } = await keyAndItem(office, host);
    expect(key).toEqual(read);
    expect(key.conversationId).toBe("AAQkAD-conv-1");
    expect(calls).toEqual(["mailbox.item"]);
  });

  it("takes a new message Outlook has since saved for the draft it read, and tells two saved drafts apart", async () => {
    const { office, item, host } = composeSetup({ conversationId: null });
    const read = await host.openItem();
    expect(read.conversationId).toBeNull();
    // Outlook's autosave gives the new message its conversation while the rep writes.
    item.autosave();
    const saved = await host.openItemKey();
    expect(saved.conversationId).toBe("AAQkAD-conv-new");
    expect(sameItem(saved, read)).toBe(true);
    expect(sameItem(read, saved)).toBe(true);
    office.context.mailbox.item = composeItem(() => office, { conversationId: "AAQkAD-conv-2" });
    expect(sameItem(await host.openItemKey(), saved)).toBe(false);
    // A message being read is never the draft.
    expect(sameItem({ ...read, mode: "read" }, read)).toBe(false);
  });

  it("tells another message from the one read, and says so when none is open", async () => {
    const { office, host } = readSetup();
    const first = await host.openItemKey();
    office.context.mailbox.item = readItem(() => office, { itemId: "AAMkAD-item-2" });
    expect(await host.openItemKey()).toEqual({ ...first, itemId: "AAMkAD-item-2" });
    office.context.mailbox.item = null;
    await expect(host.openItemKey()).rejects.toThrow("Open a message to use Kindly.");
  });
});

describe("OutlookHost in read mode", () => {
  it("reads the message's internet headers where Outlook has Mailbox 1.8, so an automatic reply is seen without Graph", async () => {
    const headers =
      "Received: from mx1.alwaha-trading.ae\r\n\tby mail.sunrisetex.com\r\n" +
      "Received: from the second hop\r\n" +
      "Auto-Submitted: auto-replied\r\n" +
      "Subject: RE: PI SR-2611-045\r\n deposit\r\n";
    const { host, office } = readSetup({ headers });
    const item = await host.openItem();
    expect(item.headers).toEqual({
      received: "from mx1.alwaha-trading.ae by mail.sunrisetex.com",
      "auto-submitted": "auto-replied",
      subject: "RE: PI SR-2611-045 deposit",
    });
    // The buyer's words say nothing automatic; the header does.
    const me = { address: "amy.zhang@sunrisetex.com" };
    expect(readThread([itemToMessage(item)], me).messages[0].kind).toBe("auto-reply");
    // Before 1.8 (the manifest asks for 1.3) Outlook has no such call, and none is made.
    office.supported = "1.7";
    office.calls = [];
    expect((await host.openItem()).headers).toBeUndefined();
    expect(office.calls).not.toContain("getAllInternetHeadersAsync");
  });

  it("describes the open message: sender, recipients, date, conversation, both bodies", async () => {
    const { host } = readSetup({
      text: "Dear Amy,\nMy customer has not paid.",
      html: "<p>Dear Amy,</p>",
    });
    const item = await host.openItem();
    expect(item).toMatchObject({
      mode: "read",
      itemId: "AAMkAD-item-1",
      conversationId: "AAQkAD-conv-1",
      subject: "RE: PI SR-2611-045 deposit",
      from: { name: "Omar Haddad", address: "omar@alwaha-trading.ae" },
      to: [{ name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" }],
      cc: [],
      sentAt: "2026-11-17T14:02:00.000Z",
      bodyText: "Dear Amy,\nMy customer has not paid.",
      bodyHtml: "<p>Dear Amy,</p>",
    });
  });

  it("gives the message's Internet Message-ID, which its copy in Graph shares", async () => {
    const item = await readSetup({
      internetMessageId: "<omar-3@alwaha-trading.ae>",
    }).host.openItem();
    expect(item.internetMessageId).toBe("<omar-3@alwaha-trading.ae>");
    expect(itemToMessage(item).messageId).toBe("<omar-3@alwaha-trading.ae>");
    expect((await readSetup().host.openItem()).internetMessageId).toBeUndefined();
  });

  it("gives the user's address lower-cased, and Outlook's display language", () => {
    const { host } = readSetup();
    expect(host.user()).toEqual({ address: "amy.zhang@sunrisetex.com", displayName: "Amy Zhang" });
    expect(host.displayLanguage()).toBe("en-US");
  });

  it("reads Outlook's theme from its body background, and says nothing where Outlook does not", () => {
    const { host, office } = readSetup();
    expect(host.theme()).toBeNull();
    office.context.officeTheme = { bodyBackgroundColor: "#1F1F1F" };
    expect(host.theme()).toBe("dark");
    office.context.officeTheme = { bodyBackgroundColor: "#ffffff" };
    expect(host.theme()).toBe("light");
    // Outlook's "dark grey" Office theme is still a dark background.
    office.context.officeTheme = { bodyBackgroundColor: "#444444" };
    expect(host.theme()).toBe("dark");
    office.context.officeTheme = { bodyBackgroundColor: "transparent" };
    expect(host.theme()).toBeNull();
  });

  it("opens a reply form carrying the HTML", async () => {
    const { host, item } = readSetup();
    await host.replyWith(REMINDER);
    expect(item.replies).toEqual([REMINDER.html]);
  });

  it("refuses to insert at a cursor there is not", async () => {
    const { host } = readSetup();
    await expect(host.insertAtCursor(REMINDER)).rejects.toThrow("Open a reply");
  });

  it.each([
    ["failed", "could not read the message body: body.getAsync failed"],
    ["throw", "could not read the message body: body.getAsync threw"],
    ["hang", "did not answer (read the message body)"],
  ] as const)("turns a body read that %s into a HostError", async (failure, message) => {
    const { host, office } = readSetup();
    office.failures.set("body.getAsync", failure);
    const error = await host.openItem().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toContain(message);
  });

  it("says so when no item is open", async () => {
    const office = new FakeOffice(null);
    await expect(new OutlookHost(office).openItem()).rejects.toThrow(
      "Open a message to use Kindly."
    );
  });

  it("tells the pane when the rep opens another item", () => {
    const { host, office } = readSetup();
    const seen: string[] = [];
    const stop = host.onItemChanged(() => seen.push("changed"));
    office.changeItem(readItem(() => office));
    stop();
    office.changeItem(readItem(() => office));
    expect(seen).toEqual(["changed"]);
  });
});

describe("OutlookHost in compose mode", () => {
  it("reads Kindly's chase tag on the draft, with when the reminder went in", async () => {
    const at = await composeSetup({
      properties: { [CHASE_PROPERTY]: "2026-11-18T02:00:00Z" },
    }).host.openItem();
    expect([at.taggedChase, at.taggedAt]).toEqual([true, "2026-11-18T02:00:00.000Z"]);
    const undated = await composeSetup({ properties: { [CHASE_PROPERTY]: "yes" } }).host.openItem();
    expect([undated.taggedChase, undated.taggedAt]).toEqual([true, undefined]);
    const none = await composeSetup().host.openItem();
    expect([none.taggedChase, none.taggedAt]).toEqual([false, undefined]);
  });

  it("describes the draft through the async getters", async () => {
    const { host } = composeSetup({ body: "<p>Hi</p>" });
    const item = await host.openItem();
    expect(item).toMatchObject({
      mode: "compose",
      itemId: null,
      subject: "RE: PI SR-2611-045 deposit",
      from: { address: "amy.zhang@sunrisetex.com" },
      to: [{ name: "Omar Haddad", address: "omar@alwaha-trading.ae" }],
      sentAt: null,
      bodyHtml: "<p>Hi</p>",
    });
  });

  it("falls back to the user's profile for the sender before Mailbox 1.7", async () => {
    const { host, office } = composeSetup();
    office.supported = "1.5";
    const item = await host.openItem();
    expect(office.calls).not.toContain("from.getAsync");
    expect(item.from).toEqual({ name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" });
  });

  it("inserts HTML at the cursor and keeps everything the rep wrote", async () => {
    const body = "<p>Hi Omar,</p><p>Best, Amy</p>";
    const { host, item } = composeSetup({ body, cursor: "<p>Hi Omar,</p>".length });
    await host.insertAtCursor(REMINDER);
    expect(item.state.body).toBe("<p>Hi Omar,</p>" + REMINDER.html + "<p>Best, Amy</p>");
  });

  it.each([
    ["words", "<p>Hi Omar, please pay.</p><p>Best, Amy</p>", "please pay."],
    ["an image", '<p>Hi Omar,</p><p><img src="cid:logo"></p>', '<img src="cid:logo">'],
  ])(
    "never writes over a selection of %s: the reminder goes at the top of the body",
    async (_, body, selected) => {
      const start = body.indexOf(selected);
      const { host, item, office } = composeSetup({
        body,
        cursor: start,
        selectionEnd: start + selected.length,
      });
      await host.insertAtCursor(REMINDER);
      // Outlook writes over a selection, and what it reads of one it does not write back as
      // it was: the selection is not written to at all.
      expect(office.calls).not.toContain("body.setSelectedDataAsync");
      expect(item.state.body).toBe(REMINDER.html + body);
    }
  );

  it("writes plain text into a plain-text draft", async () => {
    const { host, item } = composeSetup({ body: "Hi Omar,\n", type: "text", cursor: 9 });
    await host.insertAtCursor(REMINDER);
    expect(item.state.body).toBe("Hi Omar,\n" + REMINDER.text);
  });

  it("puts the reminder at the top of the body when the cursor is in the subject", async () => {
    const { host, item } = composeSetup({ body: "<p>Best, Amy</p>", inSubject: true });
    await host.insertAtCursor(REMINDER);
    expect(item.state.body).toBe(REMINDER.html + "<p>Best, Amy</p>");
  });

  it("puts the reminder at the top of the body when the cursor is in the To or Cc line", async () => {
    const body = "<p>Hi Omar,</p><p>Best, Amy</p>";
    const { host, item, office } = composeSetup({ body, inRecipients: true });
    await host.insertAtCursor(REMINDER);
    expect(office.calls).toContain("getSelectedDataAsync");
    expect(item.state.body).toBe(REMINDER.html + body);
  });

  it.each(["failed", "throw", "hang"] as const)(
    "leaves the draft untouched when the insert %s",
    async (failure) => {
      const body = "<p>Hi Omar,</p><p>Best, Amy</p>";
      const { host, item, office } = composeSetup({ body, cursor: 5 });
      office.failures.set("body.setSelectedDataAsync", failure);
      await expect(host.insertAtCursor(REMINDER)).rejects.toBeInstanceOf(HostError);
      expect(item.state.body).toBe(body);
    }
  );

  it("in compose, 'reply with' inserts into the open draft", async () => {
    const { host, item } = composeSetup({ body: "", cursor: 0 });
    await host.replyWith(REMINDER);
    expect(item.state.body).toBe(REMINDER.html);
  });
});

describe("OutlookHost chase tags", () => {
  it("tags a draft with the custom property, and the category where the rep has it", async () => {
    const { host, item } = composeSetup({ master: [CHASE_CATEGORY] });
    await host.tagChase();
    expect(Date.parse(item.tags.properties[CHASE_PROPERTY])).not.toBeNaN();
    expect(item.tags.categories).toEqual([CHASE_CATEGORY]);
    expect((await host.openItem()).taggedChase).toBe(true);
  });

  it("tags with the property alone when the category is not in the rep's list, or before Mailbox 1.8", async () => {
    const { host, item } = composeSetup();
    await host.tagChase();
    expect(item.tags.properties).toHaveProperty(CHASE_PROPERTY);
    expect(item.tags.categories).toEqual([]);
    const old = composeSetup({ master: [CHASE_CATEGORY] });
    old.office.supported = "1.7";
    await old.host.tagChase();
    expect(old.item.tags.categories).toEqual([]);
  });

  it("reports a refused save of the tag as a HostError", async () => {
    const { host, office } = composeSetup();
    office.failures.set("customProperties.saveAsync", "failed");
    await expect(host.tagChase()).rejects.toThrow(HostError);
  });

  it("refuses to tag a message that is not being written", async () => {
    await expect(readSetup().host.tagChase()).rejects.toThrow("Open a reply");
  });

  it.each([
    ["the custom property", { properties: { [CHASE_PROPERTY]: "2026-11-25T02:05:00Z" } }],
    ["the category", { categories: [CHASE_CATEGORY] }],
  ])("reads a sent message's tag back from %s", async (_, tags) => {
    expect((await readSetup({ tags }).host.openItem()).taggedChase).toBe(true);
    expect((await readSetup().host.openItem()).taggedChase).toBe(false);
  });

  it("reads an untagged message when Outlook cannot load its properties", async () => {
    const { host, office } = readSetup();
    office.failures.set("loadCustomPropertiesAsync", "failed");
    expect((await host.openItem()).taggedChase).toBe(false);
  });
});

describe("OutlookHost roaming settings", () => {
  it("sets, reads and saves", async () => {
    const { host, office } = readSetup();
    host.settings.set("rep", { name: "Amy" });
    expect(host.settings.get("rep")).toEqual({ name: "Amy" });
    await host.settings.save();
    expect(office.savedSettings).toEqual({ rep: { name: "Amy" } });
    host.settings.remove("rep");
    expect(host.settings.get("rep")).toBeUndefined();
  });

  it("reports a refused save as a HostError", async () => {
    const { host, office } = readSetup();
    office.failures.set("roamingSettings.saveAsync", "failed");
    await expect(host.settings.save()).rejects.toThrow("could not save settings");
  });
});
