/*
 * Intl objects made once per locale and options: making one (loading the locale's data)
 * costs far more than using it, and the pane writes dozens of dates and names at start-up.
 */

type Made = Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat;
const made = new Map<string, Made>();

function once<T extends Made>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) {
    value = make();
    made.set(key, value);
  }
  return value;
}

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  const key = `date ${locale} ${JSON.stringify(options)}`;
  return once(key, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number ${locale} ${JSON.stringify(options)}`;
  return once(key, () => new Intl.NumberFormat(locale, options));
}

/** Names of regions or languages in a locale ("Germany", "德国"; "Spanish"). */
export function displayNames(locale: string, type: "region" | "language"): Intl.DisplayNames {
  return once(`names ${locale} ${type}`, () => new Intl.DisplayNames([locale], { type }));
}
