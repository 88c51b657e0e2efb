import { walkCard, type CardNode } from "../../../../src/hosts/gmail/card-recorder";
import { cardPlainText, parseCardHtml } from "../../../../src/hosts/simulator/card-html";
import { formOf, GmailSession, type FormValues } from "../../../../src/hosts/simulator/gmail";
import { SimMailbox } from "../../../../src/hosts/simulator/mailbox";

const NOW = new Date("2026-11-28T12:00:00Z");

function session(thread: string) {
  const mailbox = new SimMailbox(NOW);
  mailbox.select(thread);
  return { mailbox, gmail: new GmailSession(mailbox, "en", "UTC") };
}

const texts = (card: CardNode) =>
  walkCard(card)
    .filter((n) => n.kind === "TextParagraph")
    .map((n) => cardPlainText(parseCardHtml(String(n.text))));

const widget = (card: CardNode, kind: string, field: string) =>
  walkCard(card).find((n) => n.kind === kind && n.fieldName === field)!;

/** The footer's button and the action it runs (a compose action when reading). */
function footerAction(card: CardNode): { button: CardNode; action: CardNode } {
  const button = (card.fixedFooter as CardNode).primaryButton as CardNode;
  const action = (button.onClick ?? (button.compose as CardNode).action) as CardNode;
  return { button, action };
}

/** Fills every field the card asks for, as a rep would. */
function filled(card: CardNode): FormValues {
  const form = formOf(card);
  const values: Record<string, string> = {
    field_repName: "Lin Wei",
    field_company: "Sunrise Textiles",
    field_buyerName: "Mr Khan",
    field_orderRef: "PI SR-2611-045",
    field_amount: "12500",
    field_currency: "USD",
    field_confirmedOn: "2026-10-20",
    field_slotDeadline: "2026-12-15",
    field_priceValidUntil: "2026-12-31",
  };
  for (const name of Object.keys(form)) if (name in values) form[name] = [values[name]];
  return form;
}

describe("the simulator playing Gmail", () => {
  it("shows the message card for the open thread, with its form as the card sets it", () => {
    const { gmail } = session("middleman-dubai");
    const card = gmail.open();
    expect(card.kind).toBe("Card");
    expect(texts(card)[0]).toMatch(/^Too soon: wait until /);
    const form = formOf(card);
    expect(form.reason).toEqual(["middleman"]);
    expect(form.levers).toEqual([]);
    expect(form.lang).toEqual(["en"]);
  });

  it("runs a control's action with the form and shows the card it answers with", () => {
    const { gmail } = session("middleman-dubai");
    const card = gmail.open();
    const reason = widget(card, "SelectionInput", "reason");
    const next = gmail.act(reason.onChange as CardNode, {
      ...formOf(card),
      reason: ["cash_flow"],
    })!;
    expect(formOf(next).reason).toEqual(["cash_flow"]);
    expect(texts(next)).not.toEqual(texts(card));
  });

  it("replies with the reminder: a draft opens holding it, and Gmail then shows the compose card", () => {
    const { mailbox, gmail } = session("no-reply-india");
    let card = gmail.open();
    card = gmail.act(widget(card, "SelectionInput", "ask").onChange as CardNode, filled(card))!;
    const { button, action } = footerAction(card);
    expect(button.disabled).toBe(false);
    expect(gmail.act(action, filled(card))).toBeNull();
    expect(mailbox.mode).toBe("compose");
    // The draft holds the reminder the card previewed, line for line.
    const preview = texts(card).find((t) => t.startsWith("Dear"))!;
    const lines = preview.split("\n").filter((l) => l.trim());
    const body = mailbox.currentDraft!.composer.body().text;
    for (const line of lines) expect(body).toContain(line);

    const compose = gmail.open();
    const insert = footerAction(compose);
    expect(insert.button.text).toBe("Insert reminder");
    expect(gmail.act(insert.action, filled(compose))).toBeNull();
    const after = mailbox.currentDraft!.composer.body().text;
    expect(after.split(lines[1]).length - 1).toBe(2);
  });

  it("says so when an action is not one of Kindly's", () => {
    const { gmail } = session("middleman-dubai");
    expect(() => gmail.act({ kind: "Action", functionName: "doSomethingElse" }, {})).toThrow(
      /no action doSomethingElse/
    );
  });
});
