import { ALL_SLOTS } from "../../../../src/core/compose/slots";
import type { ComposeRequest, LibraryFile, Paragraph } from "../../../../src/core/compose/types";
import type { BuyerLanguage } from "../../../../src/core/text/language";

/**
 * A complete library whose every paragraph says which slot it is ("[lever.effort.firm]"),
 * with the fields each kind would use, so a test can read the selection off the text.
 */
export function fullLibrary(lang: BuyerLanguage = "en"): LibraryFile {
  const fields: Record<string, string> = {
    opening: " {buyerName}",
    order_reference: " {orderRef} {amount} {confirmedOn}",
    "lever.production": " {slotDeadline}",
    "lever.price_validity": " {priceValidUntil}",
    closing: " {repName} {company}",
  };
  return {
    lang,
    paragraphs: ALL_SLOTS.map(({ key, ...slot }): Paragraph => {
      const extra = fields[slot.kind] ?? fields[`${slot.kind}.${slot.lever ?? ""}`] ?? "";
      return { id: key, ...slot, text: `[${key}]${extra}` };
    }),
  };
}

/** The library without the paragraphs whose id is listed. */
export function without(library: LibraryFile, ...ids: string[]): LibraryFile {
  return { ...library, paragraphs: library.paragraphs.filter(({ id }) => !ids.includes(id)) };
}

/** A request with every field given; override what a test is about. */
export function request(overrides: Partial<ComposeRequest> = {}): ComposeRequest {
  return {
    lang: "en",
    reason: "cash_flow",
    levers: [],
    strength: "gentle",
    relationship: "first",
    ask: "date",
    fields: {
      buyerName: "Omar",
      repName: "Lin Wei",
      company: "Sunrise Textiles",
      orderRef: "PI SR-2611-045",
      amount: { amount: 12500, currency: "USD" },
      confirmedOn: "2026-11-02",
      slotDeadline: "2026-12-15",
      priceValidUntil: "2026-12-31",
    },
    ...overrides,
  };
}
