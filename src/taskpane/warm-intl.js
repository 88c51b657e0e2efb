/*
 * Run by taskpane.html as soon as its body is parsed, while the pane's script is still on its
 * way and being compiled (off the main thread): the first Intl object a page makes loads
 * ICU's data, about 50 ms (200 ms at the benchmark's 4× CPU throttling), and the pane's first
 * screen needs several (the rep's time zone, dates, a country's name). Made here, that load
 * falls in time the main thread would spend waiting. Plain JavaScript, copied as it is
 * (webpack.config.js): it must not wait for the bundle.
 */
try {
  new Intl.DateTimeFormat(undefined, { weekday: "short", month: "short", day: "numeric" }).format(
    0
  );
} catch {
  // No Intl: the pane says so where it needs it.
}
