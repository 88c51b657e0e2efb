/**
 * Countries whose weekend is not Saturday and Sunday (0 = Sunday … 6 = Saturday).
 * Data, as of 2026: most of the Gulf and North Africa rest Friday and Saturday
 * (the UAE moved to Saturday–Sunday in 2022 and is not listed); Iran and
 * Afghanistan Thursday and Friday; Nepal Saturday alone; Brunei Friday and Sunday.
 */
export const WEEKENDS: Readonly<Record<string, readonly number[]>> = {
  SA: [5, 6],
  KW: [5, 6],
  QA: [5, 6],
  BH: [5, 6],
  OM: [5, 6],
  EG: [5, 6],
  JO: [5, 6],
  IQ: [5, 6],
  DZ: [5, 6],
  LY: [5, 6],
  SD: [5, 6],
  YE: [5, 6],
  SY: [5, 6],
  BD: [5, 6],
  MV: [5, 6],
  IL: [5, 6],
  PS: [5, 6],
  IR: [4, 5],
  AF: [4, 5],
  NP: [6],
  BN: [0, 5],
};

export const DEFAULT_WEEKEND: readonly number[] = [0, 6];

/** Country-code top-level domains that are not the ISO code of their country. */
export const TLD_COUNTRY: Readonly<Record<string, string>> = { uk: "GB", su: "RU" };

/** Two-letter top-level domains used as generic ones, which say nothing of where the buyer is. */
export const GENERIC_TLDS: ReadonlySet<string> = new Set([
  "eu",
  "io",
  "co",
  "me",
  "tv",
  "ai",
  "cc",
  "ws",
  "fm",
  "ly",
]);

/** Second-level labels a country's registry keeps for its own companies and bodies ("com" in ".com.co"). */
export const NATIONAL_SECOND_LEVELS: ReadonlySet<string> = new Set([
  "com",
  "net",
  "org",
  "edu",
  "gov",
  "gob",
  "ac",
  "co",
  "mil",
]);
