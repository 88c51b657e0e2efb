import { STRENGTHS, slot, slotOf, type Slot } from "./slots";
import {
  LEVERS,
  PARAGRAPH_ORDER,
  type ComposeRequest,
  type LibraryFile,
  type Paragraph,
  type ParagraphKind,
} from "./types";

/*
 * Which paragraphs a reminder is made of, as data: for each kind, the places it fills in
 * the reminder (levers fill one each), and for each place the slots to try, best first.
 * A place with none of its slots in the library is left out, so a team's partial library
 * still composes.
 */

type Places = (request: ComposeRequest) => Slot[][];

const PLACES: Readonly<Record<ParagraphKind, Places>> = {
  // A first-chase opening still reads right in a later chase; the reverse would mention
  // an earlier reminder that was never sent.
  opening: ({ relationship }) => [
    relationship === "later"
      ? [slot("opening", { relationship: "later" }), slot("opening", { relationship: "first" })]
      : [slot("opening", { relationship })],
  ],
  order_reference: () => [[slot("order_reference")]],
  // "unknown" is worded to fit any reason, so it stands in for one the library lacks.
  understanding: ({ reason }) => [
    [slot("understanding", { reason }), slot("understanding", { reason: "unknown" })],
  ],
  // LEVERS order whatever order the rep ticked them in; the other wording of the same
  // lever is closer to what the rep meant than leaving the lever out.
  lever: ({ levers, strength }) =>
    LEVERS.filter((lever) => levers.includes(lever)).map((lever) => [
      slot("lever", { lever, strength }),
      ...STRENGTHS.filter((other) => other !== strength).map((other) =>
        slot("lever", { lever, strength: other })
      ),
    ]),
  // Asking for a slip is not asking for a date: no stand-in.
  ask: ({ ask }) => [[slot("ask", { ask })]],
  help: () => [[slot("help")]],
  closing: () => [[slot("closing")]],
};

/** For each place in the reminder, in order, the slots to try, best first. */
export function plan(request: ComposeRequest): Slot[][] {
  return PARAGRAPH_ORDER.flatMap((kind) => PLACES[kind](request));
}

/** The paragraphs of the reminder, in order: for each place, the first of its slots the library fills. */
export function selectParagraphs(request: ComposeRequest, library: LibraryFile): Paragraph[] {
  const bySlot = new Map<string, Paragraph>();
  // Later entries win: a validated file has one per slot, and a merged one puts a
  // team's paragraphs after the ones they replace.
  for (const paragraph of library.paragraphs) bySlot.set(slotOf(paragraph).key, paragraph);
  const chosen: Paragraph[] = [];
  for (const candidates of plan(request)) {
    const found = candidates.map(({ key }) => bySlot.get(key)).find((p) => p !== undefined);
    if (found) chosen.push(found);
  }
  return chosen;
}
