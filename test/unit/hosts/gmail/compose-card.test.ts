/**
 * The compose card: it cannot read the thread, so it works from the view Kindly kept when the
 * rep last read it. What the rep chooses on it must still count at once, and a kept view that
 * is missing, damaged or another thread's must never stand in for the thread being answered.
 */
import { walkCard, type CardNode } from "../../../../src/hosts/gmail/card-recorder";
import {
  onGmailCompose,
  onGmailMessageOpen,
  onKindlyChange,
  onKindlyChaseAnyway,
  onKindlyInsert,
  RECENT_BUDGET,
  RECENT_KEY,
} from "../../../../src/hosts/gmail/addon";
import type { GmailEvent } from "../../../../src/hosts/gmail/gas";
import { PropertiesStore, utf8Length } from "../../../../src/hosts/gmail/properties-store";
import { rememberOverride } from "../../../../src/hosts/memory-store";
import { REASONS_KEY } from "../../../../src/hosts/preferences";
import {
  formInputs,
  formOf,
  memoryProperties,
  openEvent,
  simGasServices,
} from "../../../../src/hosts/simulator/gmail";
import type { SimThread } from "../../../../src/hosts/simulator/mailbox";
import { NOW, texts, threadOf, updated } from "./helpers";

const NO_THREAD = "Open the buyer&#39;s thread in Gmail first";

/** The status section: the headline (its colour says the status), the explanation, the override. */
const status = (card: unknown) => texts(card).slice(0, 3);

const buttons = (card: unknown) =>
  walkCard(card)
    .filter((n) => n.kind === "TextButton")
    .map((n) => String(n.text));

const subtitle = (card: unknown) =>
  String(walkCard(card).find((n) => n.kind === "CardHeader")?.subtitle);

const selectedReason = (card: unknown) =>
  (
    walkCard(card).find(
      (n) => n.kind === "SelectionInput" && n.fieldName === "reason"
    ) as unknown as { items: { value: string; selected: boolean }[] }
  ).items.find((i) => i.selected)?.value;

/** The compose trigger's event: Gmail names the draft's subject (and, for a reply, its thread). */
function composeEvent(draft: { subject?: string; threadId?: string }): GmailEvent {
  return {
    commonEventObject: { userLocale: "en", timeZone: { id: "UTC" } },
    ...(draft.threadId ? { gmail: { threadId: draft.threadId } } : {}),
    draftMetadata: { subject: draft.subject },
  };
}

/** An action of a compose card for the thread, with the form as given. */
function composeAction(thread: string, reason?: string): GmailEvent {
  return {
    commonEventObject: {
      userLocale: "en",
      timeZone: { id: "UTC" },
      parameters: { mode: "compose", thread },
      formInputs: reason ? { reason: { stringInputs: { value: [reason] } } } : undefined,
    },
  };
}

const replySubject = (thread: SimThread) => `Re: ${thread.messages[0].subject}`;

/** The rep opens a thread in Gmail (English, UTC): its message card keeps the thread's view. */
function openMessage(thread: SimThread, properties: ReturnType<typeof memoryProperties>) {
  return onGmailMessageOpen(
    simGasServices(thread, NOW, properties),
    openEvent(thread, "en", "UTC")
  );
}

/** The rep has read China's thread in Gmail, and India's thread is the one to chase now. */
function chinaViewedBeforeIndia() {
  const properties = memoryProperties();
  const china = threadOf("promise-china");
  openMessage(china, properties);
  return { properties, china, india: threadOf("no-reply-india") };
}

describe("the compose card", () => {
  it("shows Chase anyway at once, as the message card does", () => {
    const properties = memoryProperties();
    const thread = threadOf("no-reply-india");
    const services = simGasServices(thread, NOW, properties);
    onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    const compose = onGmailCompose(services, composeEvent({ subject: replySubject(thread) }));
    expect(buttons(compose)).toContain("Chase anyway");

    const after = updated(onKindlyChaseAnyway(services, composeAction(thread.id)));
    expect(buttons(after)).not.toContain("Chase anyway");
    expect(status(after)[2]).toMatch(/^You chose to chase anyway on /);
    // The same status as the message card shows once it reads the thread again.
    const reread = onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    expect(status(after)).toEqual(status(reread));
    // And as a compose card opened afresh.
    const again = onGmailCompose(services, composeEvent({ subject: replySubject(thread) }));
    expect(status(again)).toEqual(status(reread));
  });

  it("keeps Chase anyway on later days until a chase of ours uses it, as the pane does", () => {
    const properties = memoryProperties();
    const thread = threadOf("no-reply-india");
    const on = (days: number) =>
      simGasServices(thread, new Date(NOW.getTime() + days * 86_400_000), properties);
    const compose = (days: number) =>
      onGmailCompose(on(days), composeEvent({ subject: replySubject(thread) }));
    onGmailMessageOpen(on(0), openEvent(thread, "en", "UTC"));
    const chosen = updated(onKindlyChaseAnyway(on(0), composeAction(thread.id)));
    const overridden = status(chosen)[2];
    expect(overridden).toMatch(/^You chose to chase anyway on /);

    // The next day, the thread not read again: no chase yet, so the choice still stands.
    const nextDay = compose(1);
    expect(status(nextDay)[2]).toBe(overridden);
    expect(buttons(nextDay)).not.toContain("Chase anyway");
    // As the message card says once it reads the thread that day.
    const reread = onGmailMessageOpen(on(1), openEvent(thread, "en", "UTC"));
    expect(status(reread)[2]).toBe(overridden);

    // A reminder inserted that day is the chase the choice allowed, and uses it.
    const inserted = onKindlyInsert(on(1), {
      commonEventObject: {
        ...composeAction(thread.id).commonEventObject,
        formInputs: formInputs({ ...formOf(nextDay as CardNode), field_company: ["Sunrise"] }),
      },
    });
    expect((inserted as CardNode).kind).toBe("UpdateDraftActionResponse");
    const used = compose(1);
    expect(texts(used)).not.toContain(overridden);
    // The view kept before that chase cannot say how long to wait now: the thread can.
    expect(status(used)[0]).toContain("Open the thread");
    const after = onGmailMessageOpen(on(1), openEvent(thread, "en", "UTC"));
    expect(texts(after)).not.toContain(overridden);
    expect(buttons(after)).toContain("Chase anyway");
    expect(buttons(compose(1))).toContain("Chase anyway");
  });

  it("counts the chases the kept view showed: a choice one has used does not come back", async () => {
    const properties = memoryProperties();
    const thread = threadOf("no-reply-india"); // Amy chased 17, 10 and 3 days before NOW
    const compose = () =>
      onGmailCompose(
        simGasServices(thread, NOW, properties),
        composeEvent({ subject: replySubject(thread) })
      );
    const chosenOn = async (day: string) => {
      await rememberOverride(new PropertiesStore(properties), thread.id, day);
      return openMessage(thread, properties);
    };
    const overridden = (card: unknown) =>
      texts(card).filter((t) => /chose to chase anyway/.test(t));

    // Chosen six days before NOW: the chase three days before used it, as the message card says.
    const read = await chosenOn("2026-11-20");
    expect(overridden(read)).toEqual([]);
    expect(overridden(compose())).toEqual([]);
    expect(status(compose())).toEqual(status(read));
    // Chosen two days before NOW, after the last chase: it stands on both cards.
    const standing = overridden(await chosenOn("2026-11-24"));
    expect(standing).toHaveLength(1);
    expect(overridden(compose())).toEqual(standing);

    // A view an older Kindly kept, without the day of the last chase: a choice stands there
    // only where that view saw it stand.
    const olderView = (view: Record<string, unknown>) => {
      delete view.lastChase;
      return view;
    };
    const views = JSON.parse(properties.values[RECENT_KEY]) as Record<string, unknown>[];
    properties.values[RECENT_KEY] = JSON.stringify(views.map(olderView));
    expect(overridden(compose())).toEqual(standing);
    properties.values[RECENT_KEY] = JSON.stringify(views.map((v) => ({ ...v, override: null })));
    expect(overridden(compose())).toEqual([]);
  });

  it("decides with the reason picked on it, and keeps the reason for the thread", () => {
    const properties = memoryProperties();
    const thread = threadOf("middleman-dubai");
    const services = simGasServices(thread, NOW, properties);
    const read = onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    expect(texts(read)[1]).toContain("own customer");

    const picked = updated(onKindlyChange(services, composeAction(thread.id, "unknown")));
    expect(selectedReason(picked)).toBe("unknown");
    expect(JSON.parse(properties.values[REASONS_KEY])).toEqual([[expect.any(String), "unknown"]]);
    // The same decision the message card makes for that reason.
    const other = memoryProperties();
    const readEvent = openEvent(thread, "en", "UTC");
    readEvent.commonEventObject!.formInputs = { reason: { stringInputs: { value: ["unknown"] } } };
    readEvent.commonEventObject!.parameters = { mode: "read", thread: thread.id };
    const readPicked = updated(onKindlyChange(simGasServices(thread, NOW, other), readEvent));
    expect(status(picked)).toEqual(status(readPicked));
    expect(texts(picked)[0]).toContain("OK to chase");
    expect(texts(picked)[1]).toContain("waits 3 business days");

    // A compose card opened later starts from the reason kept.
    const later = onGmailCompose(services, composeEvent({ subject: replySubject(thread) }));
    expect(selectedReason(later)).toBe("unknown");
    expect(status(later)).toEqual(status(readPicked));
  });

  it.each([
    ["with only its thread id", (view: Record<string, unknown>) => ({ threadId: view.threadId })],
    ["with no facts", (view: Record<string, unknown>) => ({ ...view, facts: null })],
    ["with no decision", (view: Record<string, unknown>) => ({ ...view, outcomes: [] })],
    ["with a day that is none", (view: Record<string, unknown>) => ({ ...view, override: "x" })],
    [
      "with a reading time that is none",
      (view: Record<string, unknown>) => ({ ...view, viewedAt: "x" }),
    ],
    [
      "with a last chase that is no day",
      (view: Record<string, unknown>) => ({ ...view, lastChase: 3 }),
    ],
  ])("says to read the thread first when its kept view is damaged (%s)", (_, damage) => {
    const properties = memoryProperties();
    const india = threadOf("no-reply-india");
    const brazil = threadOf("exchange-rate-brazil");
    openMessage(brazil, properties);
    openMessage(india, properties);
    const [view, ...rest] = JSON.parse(properties.values[RECENT_KEY]) as Record<string, unknown>[];
    properties.values[RECENT_KEY] = JSON.stringify([damage(view), ...rest]);

    const services = simGasServices(india, NOW, properties);
    for (const event of [
      composeEvent({ threadId: india.id }),
      composeEvent({ subject: replySubject(india) }),
    ]) {
      const card = onGmailCompose(services, event);
      expect(texts(card)).toEqual([expect.stringContaining(NO_THREAD)]);
      expect(buttons(card)).toEqual(["Try again"]);
    }
    // The views that are whole still serve their threads.
    const other = onGmailCompose(services, composeEvent({ subject: replySubject(brazil) }));
    expect(buttons(other)).toContain("Insert reminder");
    // Reading the thread again mends it.
    onGmailMessageOpen(services, openEvent(india, "en", "UTC"));
    const mended = onGmailCompose(services, composeEvent({ threadId: india.id }));
    expect(buttons(mended)).toContain("Insert reminder");
  });

  it("never shows another thread's view for a draft that names its own", () => {
    const { properties, china, india } = chinaViewedBeforeIndia();
    const services = simGasServices(india, NOW, properties);
    for (const event of [
      composeEvent({ threadId: india.id }),
      composeEvent({ subject: replySubject(india) }),
    ])
      expect(texts(onGmailCompose(services, event))).toEqual([expect.stringContaining(NO_THREAD)]);
    // A new message names no thread: the one viewed last is the likely one.
    const fresh = onGmailCompose(services, composeEvent({}));
    expect(subtitle(fresh)).toBe(china.messages[china.messages.length - 1].subject);
  });

  it("tries the thread it names again, after the rep has read it", () => {
    const { properties, china, india } = chinaViewedBeforeIndia();
    const services = simGasServices(india, NOW, properties);
    const problem = onGmailCompose(services, composeEvent({ threadId: india.id }));
    expect(texts(problem)).toEqual([expect.stringContaining(NO_THREAD)]);
    const retry = walkCard(problem).find((n) => n.kind === "Action")!;
    expect(retry.parameters).toEqual({ mode: "compose", thread: india.id });

    openMessage(india, properties);
    openMessage(china, properties); // China's is now the view kept last
    // A card's action names the thread only by the parameters the card gave it.
    const again = updated(
      onKindlyChange(services, {
        commonEventObject: {
          userLocale: "en",
          timeZone: { id: "UTC" },
          parameters: retry.parameters as Record<string, string>,
        },
      })
    );
    expect(subtitle(again)).toBe(india.messages[india.messages.length - 1].subject);
  });

  it("keeps the view of a thread with a very long subject, small, and finds it", () => {
    const { properties, china, india } = chinaViewedBeforeIndia();
    const subject = "订单付款提醒".repeat(300); // 1,800 characters, 5.4 KB in UTF-8
    const long = { ...india, messages: india.messages.map((m) => ({ ...m, subject })) };
    const services = simGasServices(long, NOW, properties);
    const read = onGmailMessageOpen(services, openEvent(long, "en", "UTC"));
    expect(texts(read).filter((t) => t.includes("did not save"))).toEqual([]);

    const stored = properties.values[RECENT_KEY];
    expect(utf8Length(stored)).toBeLessThanOrEqual(RECENT_BUDGET);
    expect((JSON.parse(stored) as { threadId: string }[]).map((v) => v.threadId)).toEqual([
      india.id,
      china.id,
    ]);
    for (const event of [
      composeEvent({ threadId: india.id }),
      composeEvent({ subject: `Re: ${subject}` }),
    ]) {
      const compose = onGmailCompose(services, event);
      expect(subtitle(compose)).toMatch(/^订单付款提醒/);
      expect(buttons(compose)).toContain("Insert reminder");
    }
  });

  it("does not keep a view too big for its property, and keeps the others", () => {
    const { properties, china, india } = chinaViewedBeforeIndia();
    // Senders whose names (as long as Kindly reads them) fill over 9 KB between them.
    const name = "名".repeat(1_000);
    const huge = {
      ...india,
      messages: india.messages.map((m) => ({ ...m, from: { ...m.from, name } })),
    };
    const services = simGasServices(huge, NOW, properties);
    const read = onGmailMessageOpen(services, openEvent(huge, "en", "UTC"));
    expect(texts(read).some((t) => t.includes("Gmail did not save"))).toBe(true);
    // In the rep's UI language, the why too.
    const zh = onGmailMessageOpen(services, openEvent(huge, "zh-CN", "UTC"));
    expect(texts(zh).filter((t) => t.includes("Gmail 没有保存"))).toEqual([
      expect.stringContaining(`此线程的视图超过了允许的 ${RECENT_BUDGET} 字节`),
    ]);
    expect(
      (JSON.parse(properties.values[RECENT_KEY]) as { threadId: string }[]).map((v) => v.threadId)
    ).toEqual([china.id]);
    const compose = onGmailCompose(services, composeEvent({ threadId: india.id }));
    expect(texts(compose)).toEqual([expect.stringContaining(NO_THREAD)]);
  });

  describe("never tells what the policy no longer says", () => {
    const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

    it("after a reminder was inserted from it: that chase counts", () => {
      const properties = memoryProperties();
      const thread = threadOf("exchange-rate-brazil");
      const services = simGasServices(thread, NOW, properties);
      openMessage(thread, properties);
      const before = onGmailCompose(services, composeEvent({ threadId: thread.id }));
      expect(status(before)[0]).toContain("OK to chase");

      const inserted = onKindlyInsert(services, {
        commonEventObject: {
          ...composeAction(thread.id).commonEventObject,
          formInputs: formInputs({ ...formOf(before as CardNode), field_company: ["Sunrise"] }),
        },
      });
      expect((inserted as CardNode).kind).toBe("UpdateDraftActionResponse");
      const after = onGmailCompose(services, composeEvent({ threadId: thread.id }));
      expect(status(after)[0]).not.toContain("OK to chase");
      expect(status(after)[0]).toContain("Open the thread");
      expect(status(after)[1]).toContain("Thu 26 Nov");
      expect(buttons(after)).toContain("Insert reminder");
      // The message card reads the thread with the chase Kindly remembered: too soon now.
      const reread = openMessage(thread, properties);
      expect(status(reread)[0]).toContain("Too soon");
      expect(status(onGmailCompose(services, composeEvent({ threadId: thread.id })))).toEqual(
        status(reread)
      );
    });

    it("on a later day: it does not hold past the wait it showed", () => {
      const properties = memoryProperties();
      const thread = threadOf("no-reply-india");
      openMessage(thread, properties);
      const on = (n: number, locale = "en") =>
        onGmailCompose(simGasServices(thread, days(n), properties), {
          ...composeEvent({ threadId: thread.id }),
          commonEventObject: { userLocale: locale, timeZone: { id: "UTC" } },
        });
      expect(status(on(0))[0]).toContain("Too soon: wait until Wed 2 Dec");
      // On 4 December the wait is over, but the card kept on 26 November cannot tell.
      const later = on(8);
      expect(status(later)[0]).not.toContain("Too soon");
      expect(status(later)[0]).toContain("Open the thread");
      expect(status(later)[1]).toContain("Thu 26 Nov");
      expect(buttons(later)).not.toContain("Chase anyway");
      expect(status(on(8, "zh-CN"))[0]).toContain("请打开");
      expect(status(on(8, "zh-TW"))[0]).toContain("請開啟");
      // Read again that day, the thread says what to do.
      onGmailMessageOpen(
        simGasServices(thread, days(8), properties),
        openEvent(thread, "en", "UTC")
      );
      expect(status(on(8))[0]).toContain("OK to chase");
    });
  });
});
