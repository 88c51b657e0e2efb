import { walkCard, type CardNode } from "../../../../src/hosts/gmail/card-recorder";
import { SimMailbox, type SimThread } from "../../../../src/hosts/simulator/mailbox";

/** What the Gmail add-on's tests share: their day, a sample thread, and reading a card. */

export const NOW = new Date("2026-11-26T09:30:00Z");

/** A sample thread of the simulator, as of NOW. */
export function threadOf(id: string): SimThread {
  const box = new SimMailbox(NOW);
  box.select(id);
  return box.thread;
}

/** The card's paragraphs, in order. */
export const texts = (card: unknown) =>
  walkCard(card)
    .filter((n) => n.kind === "TextParagraph")
    .map((n) => String(n.text));

/** The card an action's response puts in place of the one shown. */
export const updated = (response: unknown) =>
  (response as { navigation: { updateCard: CardNode } }).navigation.updateCard;
