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
 * (non-webmail) domain. Everyone else, and a message without a sender, is the buyer's.
 */
export function sideOf(sender: Address | null, me: Me): Side {
  const address = sender?.address.trim().toLowerCase() ?? "";
  if (!address) return "buyer";
  const mine = [me.address, ...(me.aliases ?? [])]
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  if (mine.includes(address)) return "ours";
  const domain = domainOf(address);
  if (!domain || WEBMAIL_DOMAINS.has(domain)) return "buyer";
  return mine.some((a) => domainOf(a) === domain) ? "ours" : "buyer";
}
