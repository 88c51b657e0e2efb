const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A DateTimeFormat, made once per locale and options: making one (loading the locale's
 * data) costs far more than using it, and the pane writes dozens of dates at start-up.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}
