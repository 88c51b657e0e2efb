/**
 * The built Apps Script project (dist/gmail, from `npm run build:gmail`) loaded as Apps Script
 * loads it: one classic script in a bare ECMAScript context (no require, no module syntax, no
 * DOM, no Node), with recording fakes of CardService, GmailApp and PropertiesService as its
 * globals. Each handler the manifest and the card name is a global function, and each trigger
 * runs end to end.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { walkCard, recordingCardService, type CardNode } from "../../src/hosts/gmail/card-recorder";
import {
  memoryProperties,
  openEvent,
  simGmailApp,
  type GmailLog,
} from "../../src/hosts/simulator/gmail";
import { SimMailbox } from "../../src/hosts/simulator/mailbox";
import { ACTIONS } from "../../src/hosts/gmail/cards";
import { ChaseMemory } from "../../src/core";

const DIR = path.resolve(__dirname, "../../dist/gmail");
const handlerNames = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../src/hosts/gmail/handlers.json"), "utf8")
) as string[];
const NOW = "2026-11-26T09:30:00Z";

interface Manifest {
  oauthScopes: string[];
  addOns: {
    gmail: {
      contextualTriggers: { onTriggerFunction: string }[];
      composeTrigger: { selectActions: { runFunction: string }[] };
    };
  };
}

function load(threadId: string) {
  const mailbox = new SimMailbox(new Date(NOW));
  mailbox.select(threadId);
  const thread = mailbox.thread;
  const log: GmailLog = { tokens: [], drafts: [] };
  const properties = memoryProperties();
  const context = vm.createContext({
    CardService: recordingCardService(),
    GmailApp: simGmailApp(thread, log),
    PropertiesService: { getUserProperties: () => properties },
    console,
  });
  // Apps Script's clock is the real one; the test's is fixed, inside the context's own Date.
  vm.runInContext(
    `Date = ((Real) => { const fixed = Real.parse(${JSON.stringify(NOW)});
       return class extends Real { constructor(...a) { if (a.length) super(...a); else super(fixed); }
         static now() { return fixed; } }; })(Date);`,
    context
  );
  const code = fs.readFileSync(path.join(DIR, "Code.js"), "utf8");
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  return { context, thread, log, properties };
}

const call = (context: vm.Context, name: string, event: unknown): CardNode =>
  (context[name] as (e: unknown) => CardNode)(event);

describe("the Apps Script bundle", () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(DIR, "appsscript.json"), "utf8")
  ) as Manifest;

  it("asks only the narrow Gmail add-on scopes", () => {
    expect(
      manifest.oauthScopes.map((s) => s.replace("https://www.googleapis.com/auth/", "")).sort()
    ).toEqual([
      "gmail.addons.current.action.compose",
      "gmail.addons.current.message.readonly",
      "gmail.addons.execute",
      "script.locale",
      "script.storage",
    ]);
  });

  it("is one classic script whose handlers are global functions", () => {
    const { context } = load("cash-flow-mexico");
    const named = [
      ...manifest.addOns.gmail.contextualTriggers.map((t) => t.onTriggerFunction),
      ...manifest.addOns.gmail.composeTrigger.selectActions.map((a) => a.runFunction),
      ...Object.values(ACTIONS),
    ];
    for (const name of named) expect(typeof context[name]).toBe("function");
    // Every file of an Apps Script project shares one global scope: the bundle adds only
    // `Kindly` and the handlers to it.
    const added = Object.keys(context).filter(
      (k) => !["CardService", "GmailApp", "PropertiesService", "console", "Date"].includes(k)
    );
    expect(added.sort()).toEqual(["Kindly", ...handlerNames].sort());
  });

  it("shows the thread's decision when a message opens, and the compose card inserts the reminder", () => {
    const { context, thread, log, properties } = load("cash-flow-mexico");
    const opened = call(context, "onGmailMessageOpen", openEvent(thread, "en", "UTC"));
    const texts = walkCard(opened)
      .filter((n) => n.kind === "TextParagraph")
      .map((n) => String(n.text));
    expect(texts[0]).toContain("Reply to the buyer: they wrote last");
    expect(log.tokens).toEqual([`token-${thread.messages[thread.messages.length - 1].id}`]);

    // The compose card finds the thread just viewed, and Insert puts the reminder at the cursor.
    const compose = call(context, "onGmailCompose", {
      commonEventObject: { userLocale: "en", timeZone: { id: "UTC" } },
    });
    expect(
      walkCard(compose).some((n) => n.kind === "TextParagraph" && String(n.text).includes("Javier"))
    ).toBe(true);
    const form = {
      field_repName: { stringInputs: { value: ["Amy Zhang"] } },
      field_company: { stringInputs: { value: ["Sunrise Textiles"] } },
    };
    const inserted = call(context, "onKindlyInsert", {
      commonEventObject: {
        userLocale: "en",
        timeZone: { id: "UTC" },
        formInputs: form,
        parameters: { mode: "compose", thread: thread.id },
      },
    }) as unknown as {
      updateDraftBodyAction: { contents: { content: string; type: string }[]; updateType: string };
    };
    const [content] = inserted.updateDraftBodyAction.contents;
    expect(content.type).toBe("MUTABLE_HTML");
    expect(inserted.updateDraftBodyAction.updateType).toBe("IN_PLACE_INSERT");
    expect(content.content).toContain("Amy Zhang");
    // The chase is remembered in the rep's user properties, within one value's quota.
    const stored = properties.values["kindly.memory"];
    expect(stored.length).toBeLessThanOrEqual(9 * 1024);
    const { memory } = ChaseMemory.decode(JSON.parse(stored));
    expect(memory.get(thread.id).chases).toContain("2026-11-26");
  });

  it("replies with the reminder as a draft from the message card", () => {
    const { context, thread, log } = load("no-reply-india");
    const event = {
      ...openEvent(thread, "en", "UTC"),
      commonEventObject: {
        userLocale: "en",
        timeZone: { id: "UTC" },
        parameters: { mode: "read" },
        formInputs: {
          field_repName: { stringInputs: { value: ["Amy Zhang"] } },
          field_company: { stringInputs: { value: ["Sunrise Textiles"] } },
        },
      },
    };
    const response = call(context, "onKindlyReply", event) as unknown as {
      gmailDraft: { getId(): string };
    };
    expect(response.gmailDraft.getId()).toBe("draft-1");
    expect(log.drafts[0].htmlBody).toContain("Amy Zhang");
  });
});
