import { countryFromAddress, decide, DEFAULT_POLICY, makeCalendar } from "./policy";
import type { BuyerCalendar, Decision, DelayReason, PolicySettings } from "./policy";
import { domainOf, sideOf } from "./thread/side";
import { WEBMAIL_DOMAINS } from "./thread/webmail-domains";
import type { Address, MailMessage, Me, Thread } from "./thread/model";
import { readThread } from "./thread/read";
import { threadReason } from "./reasons/thread-reason";
import type { ThreadReason } from "./reasons/types";
import type { BuyerLanguage } from "./text/language";
import { buyerLanguage } from "./thread/language";

export { buyerLanguage };

/** What the shells pass to the core for one thread. */
export interface AnalyzeOptions {
  me: Me;
  /** The rep's IANA time zone: calendar dates are the rep's. */
  tz: string;
  /** The current instant (an argument, so every answer is reproducible). */
  now: Date;
  /** The cooling-off numbers; PRODUCT.md §3's defaults when absent. */
  policy?: PolicySettings;
  /** The buyer's working days; their weekend alone (no holidays) when absent. */
  calendar?: BuyerCalendar;
  /** Why the buyer is late, when the rep has said; else the reason the thread gives. */
  reason?: DelayReason;
  /**
   * The reason the thread gives, when the caller has read it already (threadReason): the
   * pane reads it while the buyer's calendar loads.
   */
  threadReason?: ThreadReason;
}

/** Everything the core reads from a thread, for the pane, the card and the CLI. */
export interface Analysis {
  thread: Thread;
  buyer: { address: Address | null; country: string | null };
  /** Why the buyer is late, as their latest explained message says (PRODUCT.md §4). */
  reason: ThreadReason;
  /** The language the buyer writes in, for the reminder; null when their words do not tell. */
  buyerLanguage: BuyerLanguage | null;
  decision: Decision;
}

/**
 * The buyer: the sender of the buyer's first genuine message, else of any of theirs (a
 * delivery failure, "other", is no one's), else (a buyer who never wrote back) the first
 * person our messages went to who is not on our side: a To before a Cc, our earliest first.
 */
export function buyerOf(thread: Thread): Address | null {
  const theirs = thread.messages.filter((m) => m.side === "buyer" && m.from && m.kind !== "other");
  const sender = (theirs.find((m) => !m.autoReply) ?? theirs[0])?.from;
  if (sender) return sender;
  const ours = thread.messages.filter((m) => m.side === "ours");
  // On our side as the thread shows it: as if our messages' senders were the mailbox user.
  const us: Me = { address: "", aliases: ours.map((m) => m.from?.address ?? "") };
  const isOurs = (a: Address) => sideOf(a, us) === "ours";
  for (const list of ["to", "cc"] as const) {
    for (const m of ours) {
      const buyer = m[list].find((a) => a.address.trim() && !isOurs(a));
      if (buyer) return buyer;
    }
  }
  return null;
}

/**
 * The buyer's country: a per-buyer setting (by address or domain), else the
 * country-code top-level domain of their address, else none (PRODUCT.md §3).
 */
export function buyerCountry(
  thread: Thread,
  overrides: Readonly<Record<string, string>> = {}
): string | null {
  const choice = buyerCountryChoice(thread, overrides);
  return choice.chosen ?? choice.guessed;
}

/** Where the buyer's country comes from: the rep's setting for their domain or address, and the ccTLD's guess. */
export interface CountryChoice {
  /**
   * Where the rep's choice is kept: the buyer's domain, or their address at a webmail
   * domain (gmail.com is no one's company) or where a choice is kept for the address
   * already; null without a buyer.
   */
  key: string | null;
  /** The rep's setting for this buyer (by address, else domain), if any. */
  chosen: string | null;
  /** The country the address's ccTLD gives, if any. */
  guessed: string | null;
}

/** The buyer's country, and where it comes from (PRODUCT.md §3). */
export function buyerCountryChoice(
  thread: Thread,
  overrides: Readonly<Record<string, string>> = {}
): CountryChoice {
  const address = buyerOf(thread)?.address.trim().toLowerCase() ?? "";
  if (!address) return { key: null, chosen: null, guessed: null };
  const domain = domainOf(address);
  const set = overrides[address] ?? overrides[domain];
  // A choice kept for the address itself decides, so the rep's next choice replaces it there.
  const byAddress = address in overrides || WEBMAIL_DOMAINS.has(domain) || !domain;
  return {
    key: byAddress ? address : domain,
    chosen: set ? set.toUpperCase() : null,
    guessed: countryFromAddress(address),
  };
}

/** The facts and the decision for a thread the core has read. */
export function analyzeThread(thread: Thread, options: AnalyzeOptions): Analysis {
  const calendar = options.calendar ?? makeCalendar(buyerCountry(thread), null);
  const reason = options.threadReason ?? threadReason(thread);
  return {
    thread,
    buyer: { address: buyerOf(thread), country: calendar.country },
    reason,
    buyerLanguage: buyerLanguage(thread),
    decision: decide(
      thread,
      options.now,
      options.policy ?? DEFAULT_POLICY,
      calendar,
      options.tz,
      options.reason ?? reason.label
    ),
  };
}

/** Reads a thread from the messages a host handed over (the open item, or the whole conversation), and analyses it. */
export function analyze(messages: MailMessage[], options: AnalyzeOptions): Analysis {
  return analyzeThread(readThread(messages, options.me, { tz: options.tz }), options);
}
