import { SimMailbox, materialize } from "../../../../src/hosts/simulator/mailbox";
import { SimulatorHost } from "../../../../src/hosts/simulator/host";
import { CHASE_CATEGORY, HostError, type OpenItem } from "../../../../src/hosts/mailhost";
import { SAMPLE_THREADS } from "../../../../src/hosts/simulator/samples";

const NOW = new Date("2026-11-28T12:00:00Z");
const REMINDER = { html: "<p>Gentle reminder.</p>", text: "Gentle reminder." };

describe("the simulator's sample mailbox", () => {
  it("has a thread for every delay reason, a silent buyer, an auto-reply, and three or more languages", () => {
    const ids = SAMPLE_THREADS.map((t) => t.id);
    for (const reason of [
      "middleman",
      "cash-flow",
      "exchange-rate",
      "competitor",
      "away",
      "no-reply",
      "ooo",
    ]) {
      expect(ids.some((id) => id.startsWith(reason))).toBe(true);
    }
    expect(new Set(SAMPLE_THREADS.map((t) => t.lang.split("-")[0])).size).toBeGreaterThanOrEqual(3);
    const silent = SAMPLE_THREADS.find((t) => t.id.startsWith("no-reply"))!;
    expect(silent.messages.slice(1).every((m) => m.from !== "buyer")).toBe(true);
  });

  it("dates messages relative to now and fills spoken dates in the message's language", () => {
    const thread = materialize(
      SAMPLE_THREADS.find((t) => t.id === "ooo-spain")!,
      NOW
    );
    const auto = thread.messages[thread.messages.length - 1];
    expect(auto.sentAt.toISOString()).toBe("2026-11-24T09:31:00.000Z");
    expect(auto.text).toContain("hasta el 4 de diciembre");
    expect(auto.headers).toMatchObject({ "auto-submitted": "auto-replied" });
  });

  it("quotes the previous message under each reply, as the sender's client does", () => {
    const thread = materialize(
      SAMPLE_THREADS.find((t) => t.id === "competitor-germany")!,
      NOW
    );
    const last = thread.messages[thread.messages.length - 1];
    expect(last.body.text).toContain("Von: David Wu <david.wu@sunrisetex.com>");
    expect(last.body.text).toContain("Betreff: RE: AB 2026-0931");
    expect(last.subject).toBe("AW: AB 2026-0931 Küchentextilien – Anzahlung");
    const gmail = materialize(
      SAMPLE_THREADS.find((t) => t.id === "cash-flow-mexico")!,
      NOW
    );
    const reply = gmail.messages[gmail.messages.length - 1];
    expect(reply.body.text).toMatch(
      /El .* a las 09:05, Amy Zhang \(<amy.zhang@sunrisetex.com>\) escribió:/
    );
    expect(reply.body.text).toContain("> Estimado Javier:");
    expect(reply.body.html).toContain('class="gmail_quote"');
  });

  it("names the open item as its description does, message and draft, even while reads fail", async () => {
    const box = new SimMailbox(NOW);
    box.select("ooo-spain");
    const host = new SimulatorHost(box);
    const keyOf = ({ mode, itemId, conversationId }: OpenItem) => ({
      mode,
      itemId,
      conversationId,
    });
    const message = await host.openItemKey();
    expect(message).toEqual(keyOf(await host.openItem()));
    expect(message.itemId).not.toBeNull();
    box.reply();
    const draft = await host.openItemKey();
    expect(draft).toEqual(keyOf(await host.openItem()));
    expect(draft).toEqual({ mode: "compose", itemId: null, conversationId: "ooo-spain" });
    // Outlook's item properties are no call: a failing read does not stop them.
    box.failures.set("read", "status");
    await expect(host.openItem()).rejects.toThrow(HostError);
    expect(await host.openItemKey()).toEqual(draft);
  });

  it("opens the newest message for reading, with its headers", async () => {
    const box = new SimMailbox(NOW);
    box.select("ooo-spain");
    const item = await new SimulatorHost(box).openItem();
    expect(item).toMatchObject({
      mode: "read",
      conversationId: "ooo-spain",
      headers: { "auto-submitted": "auto-replied" },
    });
  });

  it("inserts into a reply at the cursor, above the quoted history, keeping it", async () => {
    const box = new SimMailbox(NOW);
    const host = new SimulatorHost(box);
    await expect(host.insertAtCursor(REMINDER)).rejects.toThrow("Open a reply");
    box.reply();
    const before = (await host.openItem()).bodyText;
    await host.insertAtCursor(REMINDER);
    const after = await host.openItem();
    expect(after.mode).toBe("compose");
    expect(after.bodyText.startsWith(REMINDER.text)).toBe(true);
    expect(after.bodyText).toContain(before);
  });

  it("opens a reply carrying the content from read mode", async () => {
    const box = new SimMailbox(NOW);
    await new SimulatorHost(box).replyWith(REMINDER);
    expect(box.mode).toBe("compose");
    expect(box.openItem().bodyHtml).toContain(REMINDER.html);
  });

  it("tells listeners when the open item changes, and drops listeners that throw", () => {
    const box = new SimMailbox(NOW);
    const seen: string[] = [];
    box.subscribe(() => seen.push("ok"));
    box.subscribe(() => {
      throw new Error("dead frame");
    });
    box.select("cash-flow-mexico");
    box.reply();
    expect(seen).toEqual(["ok", "ok"]);
  });

  it("sends a draft into the thread as the rep's newest message", () => {
    const box = new SimMailbox(NOW);
    const count = box.thread.messages.length;
    box.replyWith(REMINDER);
    const sent = box.send();
    expect(box.thread.messages).toHaveLength(count + 1);
    expect(sent?.from.address).toBe("amy.zhang@sunrisetex.com");
    expect(sent?.text).toBe(REMINDER.text);
  });

  it("keeps Kindly's chase tag on the draft through sending, as Outlook does", async () => {
    const box = new SimMailbox(NOW);
    const host = new SimulatorHost(box);
    await expect(host.tagChase()).rejects.toThrow("Open a reply");
    box.replyWith(REMINDER);
    await host.tagChase();
    expect(box.send()?.categories).toEqual([CHASE_CATEGORY]);
    expect((await host.openItem()).taggedChase).toBe(true);
    box.select("cash-flow-mexico");
    expect((await host.openItem()).taggedChase).toBe(false);
  });

  it("keeps settings in storage, and survives garbage there", async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const host = new SimulatorHost(new SimMailbox(NOW, storage));
    host.settings.set("rep", "Amy");
    await host.settings.save();
    expect(new SimulatorHost(new SimMailbox(NOW, storage)).settings.get("rep")).toBe("Amy");
    store.set("kindly.simulator.settings", "{not json");
    expect(new SimulatorHost(new SimMailbox(NOW, storage)).settings.get("rep")).toBeUndefined();
  });

  it("refuses an unknown thread id", () => {
    expect(() => new SimMailbox(NOW).select("nope")).toThrow('No sample thread "nope"');
  });
});
