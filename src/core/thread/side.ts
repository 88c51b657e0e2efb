import type { Address, Me, Side } from "./model";
import { WEBMAIL_DOMAINS } from "./webmail-domains";

/** The domain part of an address, lower-cased ("" when there is none). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0
    ? ""
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * Ours: the mailbox user, their aliases, and colleagues on the user's own
 * (non-webmail) domain; a sender known only by name (a quote header's "From: Anna Lee") when
 * the name is one of `ourNames` (lower-cased). Everyone else, and a message without a sender,
 * is the buyer's.
 */
export function sideOf(
  sender: Address | null,
  me: Me,
  ourNames: ReadonlySet<string> = new Set()
): Side {
  const address = sender?.address.trim().toLowerCase() ?? "";
  if (!address) return ourNames.has(nameKey(sender?.name)) ? "ours" : "buyer";
  const mine = [me.address, ...(me.aliases ?? [])]
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  if (mine.includes(address)) return "ours";
  const domain = domainOf(address);
  if (!domain || WEBMAIL_DOMAINS.has(domain)) return "buyer";
  return mine.some((a) => domainOf(a) === domain) ? "ours" : "buyer";
}

/**
 * Whether a message goes to our side only (a word with a colleague): it has recipients, and
 * each is ours. Such a message of ours is no chase of the buyer (a Bcc it does not show aside).
 */
export function toOursOnly(
  recipients: readonly Address[],
  me: Me,
  ourNames: ReadonlySet<string> = new Set()
): boolean {
  return recipients.length > 0 && recipients.every((r) => sideOf(r, me, ourNames) === "ours");
}

/** A display name as names are compared: trimmed, spaces folded, lower-cased ("" for none). */
export function nameKey(name: string | undefined): string {
  return (name ?? "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The names our side goes by: the mailbox user's, and every name on an address of ours in the
 * thread, as sender or as recipient (the rep's and colleagues' names as mail shows them). A
 * colleague who only ever stood on Cc is known by name too, when a quote's header names them
 * without an address ("From: Bob Chen").
 */
export function namesOfOurs(people: readonly (Address | null)[], me: Me): Set<string> {
  const names = new Set<string>();
  for (const person of people) {
    if (person?.address.trim() && sideOf(person, me) === "ours") names.add(nameKey(person.name));
  }
  names.add(nameKey(me.name));
  names.delete("");
  return names;
}
