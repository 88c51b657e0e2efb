import { walkCard } from "../../../../src/hosts/gmail/card-recorder";
import {
  onGmailCompose,
  onGmailMessageOpen,
  onKindlyChange,
  onKindlyReply,
  RECENT_BUDGET,
  RECENT_KEY,
} from "../../../../src/hosts/gmail/addon";
import { PropertiesStore } from "../../../../src/hosts/gmail/properties-store";
import { rememberChase } from "../../../../src/hosts/memory-store";
import type { HostError } from "../../../../src/hosts/mailhost";
import { stringsFor } from "../../../../src/locales";
import { REASONS_KEY } from "../../../../src/hosts/preferences";
import {
  formInputs,
  memoryProperties,
  openEvent,
  simGasServices,
  type GmailLog,
} from "../../../../src/hosts/simulator/gmail";
import type { SimThread } from "../../../../src/hosts/simulator/mailbox";
import { REP, SAMPLE_THREADS } from "../../../../src/hosts/simulator/samples";
import { NOW, texts, threadOf, updated } from "./helpers";

describe("Kindly for Gmail", () => {
  it("says what to do when the event carries no message to read", () => {
    const thread = threadOf("no-reply-india");
    const card = onGmailMessageOpen(simGasServices(thread, NOW), {
      commonEventObject: { userLocale: "en" },
    });
    expect(texts(card)[0]).toContain("Open the buyer&#39;s thread in Gmail first");
    expect(walkCard(card).some((n) => n.kind === "TextButton" && n.text === "Try again")).toBe(
      true
    );
  });

  it("says so when no message shows which address is the rep's", () => {
    const thread = threadOf("no-reply-india");
    // The rep's own messages only: nothing was delivered to the rep.
    const mine = {
      ...thread,
      messages: thread.messages.filter((m) => m.from.address.startsWith("amy")),
    };
    const card = onGmailMessageOpen(simGasServices(mine, NOW), openEvent(mine, "en", "UTC"));
    expect(texts(card)[0]).toContain("could not tell which address is yours");
  });

  it("shows the card in the rep's language", () => {
    const thread = threadOf("promise-china");
    const card = onGmailMessageOpen(simGasServices(thread, NOW), openEvent(thread, "zh-CN", "UTC"));
    expect(texts(card)[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("keeps the reason the rep picks for the thread, and decides with it", () => {
    const thread = threadOf("middleman-dubai");
    const properties = memoryProperties();
    const services = simGasServices(thread, NOW, properties);
    const before = texts(onGmailMessageOpen(services, openEvent(thread, "en", "UTC")))[1];
    const event = openEvent(thread, "en", "UTC");
    event.commonEventObject!.formInputs = { reason: { stringInputs: { value: ["unknown"] } } };
    event.commonEventObject!.parameters = { mode: "read" };
    const card = updated(onKindlyChange(services, event));
    expect(properties.values[REASONS_KEY]).toContain("unknown");
    const selected = walkCard(card).find(
      (n) => n.kind === "SelectionInput" && n.fieldName === "reason"
    ) as unknown as {
      items: { value: string; selected: boolean }[];
    };
    expect(selected.items.find((i) => i.selected)?.value).toBe("unknown");
    expect(before).toContain("own customer");
    expect(texts(card)[1]).not.toContain("own customer");
  });

  it("shows a remembered chase on its day in the rep's zone, east of UTC too", async () => {
    const thread = threadOf("middleman-dubai");
    const properties = memoryProperties();
    await rememberChase(new PropertiesStore(properties), thread.id, "2026-11-25");
    const card = onGmailMessageOpen(
      simGasServices(thread, NOW, properties),
      openEvent(thread, "en", "Asia/Shanghai")
    );
    const remembered = walkCard(card)
      .filter((n) => n.kind === "DecoratedText")
      .map((n) => String(n.bottomLabel))
      .filter((label) => label.includes("chase remembered by Kindly"));
    expect(remembered).toEqual([expect.stringMatching(/^Wed 25 Nov/)]);
  });

  it("gives the card's header the subject as it is: the header takes plain text", () => {
    const thread = threadOf("middleman-dubai");
    const pi = {
      ...thread,
      messages: thread.messages.map((m) => ({ ...m, subject: "PI & deposit" })),
    };
    const card = onGmailMessageOpen(simGasServices(pi, NOW), openEvent(pi, "en", "UTC"));
    expect(walkCard(card).find((n) => n.kind === "CardHeader")?.subtitle).toBe("PI & deposit");
  });

  it("keeps recent threads within one property, newest first, and the compose card finds them", () => {
    const properties = memoryProperties();
    for (const { id } of SAMPLE_THREADS.filter((s) => s.id !== "long-history")) {
      const thread = threadOf(id);
      onGmailMessageOpen(simGasServices(thread, NOW, properties), openEvent(thread, "en", "UTC"));
    }
    const recent = JSON.parse(properties.values[RECENT_KEY]) as { threadId: string }[];
    expect(properties.values[RECENT_KEY].length).toBeLessThanOrEqual(RECENT_BUDGET);
    expect(recent[0].threadId).toBe("promise-china");
    const thread = threadOf("cash-flow-mexico");
    const compose = onGmailCompose(simGasServices(thread, NOW, properties), {
      commonEventObject: { userLocale: "en", timeZone: { id: "UTC" } },
      gmail: { threadId: recent[recent.length - 1].threadId },
    });
    expect(texts(compose)[0]).toBeTruthy();
    expect(
      walkCard(compose).some(
        (n) =>
          n.kind === "Action" &&
          (n.parameters as Record<string, string>)?.thread === recent[recent.length - 1].threadId
      )
    ).toBe(true);
  });

  it("uses the reason picked on the compose card for the reminder", () => {
    const properties = memoryProperties();
    const thread = threadOf("middleman-dubai");
    const services = simGasServices(thread, NOW, properties);
    onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    const event = (reason?: string) => ({
      commonEventObject: {
        userLocale: "en",
        timeZone: { id: "UTC" },
        parameters: { mode: "compose", thread: thread.id },
        formInputs: reason ? { reason: { stringInputs: { value: [reason] } } } : undefined,
      },
    });
    const preview = (card: unknown) => texts(card).find((t) => t.startsWith("Dear")) ?? "";
    const detected = preview(updated(onKindlyChange(services, event())));
    const picked = updated(onKindlyChange(services, event("cash_flow")));
    expect(preview(picked)).not.toBe(detected);
    const selected = walkCard(picked).find(
      (n) => n.kind === "SelectionInput" && n.fieldName === "reason"
    ) as unknown as { items: { value: string; selected: boolean }[] };
    expect(selected.items.find((i) => i.selected)?.value).toBe("cash_flow");
  });

  it("says beside a field why the reminder leaves out what the rep typed there", () => {
    const thread = threadOf("middleman-dubai");
    const services = simGasServices(thread, NOW, memoryProperties());
    onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    const typed = (fields: Record<string, string>) => {
      const event = openEvent(thread, "en", "UTC");
      event.commonEventObject!.parameters = { mode: "read", thread: thread.id };
      event.commonEventObject!.formInputs = formInputs({
        levers: ["production"],
        ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`field_${k}`, [v]])),
      });
      const card = updated(onKindlyChange(services, event));
      const hints = new Map(
        walkCard(card)
          .filter((n) => n.kind === "TextInput")
          .map((n) => [String(n.fieldName), String(n.hint)])
      );
      return { hints, texts: texts(card) };
    };
    const t = stringsFor("en");
    // NOW is 26 November 2026: a slot that closed on the 20th cannot be cited.
    const past = typed({ slotDeadline: "2026-11-20" });
    expect(past.hints.get("field_slotDeadline")).toBe(t.typedPast);
    expect(past.texts.join(" ")).toMatch(/Fill in: .*Production slot closes on/);
    expect(typed({ slotDeadline: "2026-11-31" }).hints.get("field_slotDeadline")).toBe(t.typedDate);
    const given = typed({ slotDeadline: "2026-12-15" });
    expect(given.hints.get("field_slotDeadline")).toBe("YYYY-MM-DD");
    expect(given.texts.join(" ")).toContain("15 December 2026");
  });

  it("refuses a value over 9 KB and writes nothing", async () => {
    const properties = memoryProperties({ kept: '"yes"' });
    const store = new PropertiesStore(properties);
    store.set("small", "ok");
    store.set("big", "x".repeat(10_000));
    const refusal = (await store.save().catch((e: HostError) => e)) as HostError;
    expect(refusal.message).toBe(
      'Gmail refused to save "big": it is over the 9 KB a setting may hold.'
    );
    expect(refusal.wordedIn(stringsFor("zh-TW"))).toBe(
      "Gmail 拒絕儲存「big」：超過了單項設定 9 KB 的上限。"
    );
    expect(properties.values).toEqual({ kept: '"yes"' });
    expect(store.get("kept")).toBe("yes");
  });

  describe("Reply with reminder", () => {
    /** Reply with reminder on the thread's newest message, as the message card offers it. */
    function reply(thread: SimThread, properties = memoryProperties()) {
      const log: GmailLog = { tokens: [], drafts: [] };
      const event = openEvent(thread, "en", "UTC");
      event.commonEventObject!.parameters = { mode: "read", thread: thread.id };
      event.commonEventObject!.formInputs = formInputs({ field_company: ["Sunrise Textiles"] });
      onKindlyReply(simGasServices(thread, NOW, properties, log), event);
      expect(log.drafts).toHaveLength(1);
      return log.drafts[0];
    }

    it("answers the buyer, where the open message is the rep's own chase", () => {
      const thread = threadOf("no-reply-india"); // the buyer's order, then Amy's three chases
      const last = thread.messages[thread.messages.length - 1];
      expect(last.from.address).toBe(REP.address);
      const draft = reply(thread);
      expect(draft.to).toEqual([thread.buyer.address]);
      expect(draft.replyTo).toBe(thread.messages[0].id);
      expect(draft.htmlBody).toContain("Sunrise Textiles");
    });

    it("answers the buyer's newest message, not an auto-reply after it", () => {
      const thread = threadOf("ooo-spain"); // the buyer's order, Amy's chase, an out-of-office
      const draft = reply(thread);
      expect(draft.to).toEqual([thread.buyer.address]);
      expect(draft.replyTo).toBe(thread.messages[0].id);
    });

    it("addresses the buyer too where the thread holds the rep's messages only", () => {
      const full = threadOf("no-reply-india");
      const properties = memoryProperties();
      // Read once whole, so Kindly knows the rep's address (Delivered-To) for the rest.
      onGmailMessageOpen(simGasServices(full, NOW, properties), openEvent(full, "en", "UTC"));
      const mine = {
        ...full,
        messages: full.messages.filter((m) => m.from.address === REP.address),
      };
      const draft = reply(mine, properties);
      expect(draft.to).toContain(full.buyer.address);
      expect(draft.replyTo).toBe(mine.messages[mine.messages.length - 1].id);
    });
  });
});
