import { useEffect } from "react";
import {
  analyzeThread,
  buyerCountryChoice,
  decide,
  readThread,
  standingOverride,
  withRememberedChases,
  type Analysis,
  type CountryChoice,
  type Decision,
  type DelayReason,
  type MemoryWarning,
} from "../core";
import { itemToMessage, type MailHost, type OpenItem } from "../hosts/mailhost";
import { loadMemory } from "../hosts/memory-store";
import { policyFor } from "../hosts/settings";
import { buyerCountries, chosenReason } from "../hosts/preferences";
import { loadCalendar } from "./holidays";
import { useAsync } from "./use-async";

export interface OpenThread {
  item: OpenItem;
  analysis: Analysis;
  /** The day the rep chose "Chase anyway" for this thread, if that still stands. */
  override: string | null;
  /** A problem with the stored memory, recovered from, for the rep to know. */
  warning: MemoryWarning | null;
  /** The buyer's country, and whether the rep chose it. */
  country: CountryChoice;
  /** The reason the rep chose for this thread earlier, if any (the analysis already uses it). */
  chosenReason: DelayReason | null;
  /** The decision had the buyer's reason been this one (the rep's choice in the reason card). */
  decideFor: (reason: DelayReason) => Decision;
}

/** The rep's time zone: dates are the rep's calendar days. */
export function repZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Reads the open item, its thread and the decision; reads again when the rep opens another item. */
export function useOpenThread(host: MailHost) {
  const result = useAsync<OpenThread>(async () => {
    const item = await host.openItem();
    const tz = repZone();
    const user = host.user();
    const me = { address: user.address };
    const { memory, warning } = loadMemory(host.settings);
    const remembered = item.conversationId ? memory.get(item.conversationId) : null;
    // The mailbox first; the chases Kindly remembers fill in what its quotes left out.
    const thread = withRememberedChases(
      readThread([itemToMessage(item)], me, { tz }),
      remembered?.chases ?? [],
      tz,
      { name: user.displayName, address: user.address }
    );
    const country = buyerCountryChoice(thread, buyerCountries(host.settings));
    const calendar = await loadCalendar(country.chosen ?? country.guessed);
    const now = host.now();
    const policy = policyFor(host.settings);
    const chosen = item.conversationId ? chosenReason(host.settings, item.conversationId) : null;
    const analysis = analyzeThread(thread, {
      me,
      tz,
      now,
      calendar,
      policy,
      reason: chosen ?? undefined,
    });
    const decideFor = (reason: DelayReason) => decide(thread, now, policy, calendar, tz, reason);
    const override = standingOverride(
      remembered?.override ?? null,
      thread,
      analysis.decision.today,
      tz
    );
    return { item, analysis, override, warning, country, chosenReason: chosen, decideFor };
  }, [host]);
  const { retry } = result;
  useEffect(() => host.onItemChanged(retry), [host, retry]);
  return result;
}
