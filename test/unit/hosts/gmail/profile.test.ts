/**
 * How the rep signs reminders in Gmail, as in Outlook: their name as their own messages give
 * it, and the name and company they type kept (in the add-on's user properties) once a
 * reminder goes out, so that no other thread asks for them again.
 */
import { walkCard, type CardNode } from "../../../../src/hosts/gmail/card-recorder";
import {
  onGmailCompose,
  onGmailMessageOpen,
  onKindlyInsert,
  onKindlyReply,
} from "../../../../src/hosts/gmail/addon";
import { PROFILE_KEY } from "../../../../src/hosts/preferences";
import {
  formInputs,
  formOf,
  memoryProperties,
  openEvent,
  simGasServices,
  type GmailLog,
} from "../../../../src/hosts/simulator/gmail";
import { REP } from "../../../../src/hosts/simulator/samples";
import { NOW, threadOf } from "./helpers";

/** The fields the card asks the rep to fill in. */
const asked = (card: unknown) =>
  walkCard(card)
    .filter((n) => n.kind === "TextInput")
    .map((n) => String(n.fieldName));

const preview = (card: unknown) =>
  walkCard(card)
    .filter((n) => n.kind === "TextParagraph")
    .map((n) => String(n.text))
    .find((t) => t.startsWith("Dear")) ?? "";

/** The card's form as it stands, with the company typed in. */
function withCompany(card: unknown, company: string) {
  const form = formOf(card as CardNode);
  form.field_company = [company];
  return formInputs(form);
}

describe("the rep's name and company in Gmail", () => {
  it("signs with the rep's name as their messages give it, on both cards", () => {
    const properties = memoryProperties();
    const thread = threadOf("no-reply-india");
    const services = simGasServices(thread, NOW, properties);
    const read = onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    expect(asked(read)).not.toContain("field_repName");
    expect(preview(read)).toContain(REP.name);
    const compose = onGmailCompose(services, {
      commonEventObject: { userLocale: "en", timeZone: { id: "UTC" } },
      gmail: { threadId: thread.id },
    });
    expect(asked(compose)).not.toContain("field_repName");
    expect(preview(compose)).toContain(REP.name);
  });

  it("keeps the company typed for a reply, and no other thread asks for it", () => {
    const properties = memoryProperties();
    const thread = threadOf("no-reply-india");
    const log: GmailLog = { tokens: [], drafts: [] };
    const read = onGmailMessageOpen(
      simGasServices(thread, NOW, properties),
      openEvent(thread, "en", "UTC")
    );
    expect(asked(read)).toContain("field_company");
    const event = openEvent(thread, "en", "UTC");
    event.commonEventObject!.formInputs = withCompany(read, " Sunrise Textiles ");
    event.commonEventObject!.parameters = { mode: "read", thread: thread.id };
    onKindlyReply(simGasServices(thread, NOW, properties, log), event);
    expect(log.drafts).toHaveLength(1);
    expect(JSON.parse(properties.values[PROFILE_KEY])).toEqual({ company: "Sunrise Textiles" });

    const other = threadOf("middleman-dubai");
    const card = onGmailMessageOpen(
      simGasServices(other, NOW, properties),
      openEvent(other, "en", "UTC")
    );
    expect(asked(card)).not.toContain("field_company");
    expect(preview(card)).toContain("Sunrise Textiles");
  });

  it("keeps the company typed for an insert on the compose card", () => {
    const properties = memoryProperties();
    const thread = threadOf("no-reply-india");
    const services = simGasServices(thread, NOW, properties);
    onGmailMessageOpen(services, openEvent(thread, "en", "UTC"));
    const compose = onGmailCompose(services, {
      commonEventObject: { userLocale: "en", timeZone: { id: "UTC" } },
      gmail: { threadId: thread.id },
    });
    const inserted = onKindlyInsert(services, {
      commonEventObject: {
        userLocale: "en",
        timeZone: { id: "UTC" },
        parameters: { mode: "compose", thread: thread.id },
        formInputs: withCompany(compose, "Sunrise Textiles"),
      },
    });
    expect((inserted as CardNode).kind).toBe("UpdateDraftActionResponse");
    expect(JSON.parse(properties.values[PROFILE_KEY])).toEqual({ company: "Sunrise Textiles" });
    const again = onGmailCompose(services, {
      commonEventObject: { userLocale: "en", timeZone: { id: "UTC" } },
      gmail: { threadId: thread.id },
    });
    expect(asked(again)).not.toContain("field_company");
  });
});
