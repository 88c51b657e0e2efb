/*
 * Run by taskpane.html as soon as its body is parsed, before the pane's script: the first Intl
 * object a page makes loads ICU's data, about 50 ms (200 ms at the benchmark's 4× CPU
 * throttling), and the pane's first screen needs several (the rep's time zone, dates, a
 * country's name). Plain JavaScript, copied as it is (webpack.config.js): it must not wait for
 * the bundle. Paired runs against no warm-up at all (measure-pane.mjs): 2.6% sooner to ready
 * unthrottled (21 runs), no different at 4× (31 runs), where the pane pays the load later.
 */
try {
  new Intl.DateTimeFormat(undefined, { weekday: "short", month: "short", day: "numeric" }).format(
    0
  );
} catch {
  // No Intl: the pane says so where it needs it.
}
