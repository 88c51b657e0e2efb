import { detectLanguage, type BuyerLanguage } from "../text/language";
import type { Message } from "./model";

/** How much of the buyer's words (their latest first) tells the language they write in. */
const LANGUAGE_CHARS = 4000;

/** The language of the buyer's own words in a thread, their latest messages weighing most. */
export function buyerLanguage(thread: { messages: readonly Message[] }): BuyerLanguage | null {
  const theirs = thread.messages.filter((m) => m.side === "buyer").reverse();
  // Each message cut first: joining a 5 MB message only to keep its first lines costs the 5 MB.
  const words = (messages: Message[]) =>
    messages
      .map((m) => m.text.slice(0, LANGUAGE_CHARS))
      .join("\n")
      .slice(0, LANGUAGE_CHARS);
  // Their own replies first; an out-of-office reply still says what language they read.
  return detectLanguage(words(theirs.filter((m) => !m.autoReply))) ?? detectLanguage(words(theirs));
}
