/*
 * A worker started as the pane loads (early.ts). The first Intl object a page makes loads
 * ICU's data, about 50 ms (200 ms at the benchmark's 4× throttling) on whichever thread asks
 * first; the loaded data is shared by the whole process. Asking here, while the main thread
 * evaluates React and Fluent UI, takes that load off the first screen's path: the pane's own
 * first date, weekday and country name then cost a few milliseconds.
 */
const locales = [...new Set([navigator.language, "en-GB", "en-US"])];
try {
  new Intl.DateTimeFormat(locales, { timeZone: "UTC", weekday: "short", month: "short" }).format(0);
  new Intl.DisplayNames(locales, { type: "region" }).of("US");
} finally {
  close();
}
