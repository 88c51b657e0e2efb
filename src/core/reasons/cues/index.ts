import { AWAY } from "./away";
import { CASH_FLOW } from "./cash-flow";
import { COMPETITOR } from "./competitor";
import { EXCHANGE_RATE } from "./exchange-rate";
import { MIDDLEMAN } from "./middleman";
import type { ReasonCues } from "./types";

export { GRAMMAR } from "./grammar";
export type { CuePattern, LanguageCues, LanguageGrammar, ReasonCues } from "./types";

/**
 * Every reason's cues, one file each. Their order breaks ties: a competitor in
 * play matters most to the rep, an absence least (it ends by itself).
 */
export const REASON_CUES: readonly ReasonCues[] = [
  COMPETITOR,
  MIDDLEMAN,
  CASH_FLOW,
  EXCHANGE_RATE,
  AWAY,
];
