import path from "node:path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";

const { chromiumPath, CHROMIUM_ARGS } = require("../../scripts/chromium.cjs");

const { serveDir } = require("../../scripts/static-server.cjs");

export const ROOT = path.resolve(__dirname, "../..");
/** The built add-in the tests open: dist/, or the folder in $KINDLY_DIST (a build of one's own). */
export const DIST = process.env.KINDLY_DIST
  ? path.resolve(process.env.KINDLY_DIST)
  : path.join(ROOT, "dist");
/** The day the simulator's samples are relative to, so every run sees the same statuses. */
export const NOW = "2026-11-28";

/**
 * Once every running CSS transition has ended, for axe-core, which reads colours as they are at
 * that moment: a Fluent button whose colours change is half-way between them for 100 ms (the
 * header's Settings button right after a save, in forced colours).
 */
export async function transitionsDone(target: Page | Frame): Promise<void> {
  await target.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
}

export interface Harness {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** The built add-in served on loopback, and Debian's Chromium to open it. */
export async function startHarness(): Promise<Harness> {
  const server: { url: string; close(): Promise<void> } = await serveDir(DIST);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Asks `read` every 100 ms, for up to `seconds`, until it gives `want`; then expects that. */
export async function eventually<T>(read: () => Promise<T>, want: T, seconds = 10): Promise<void> {
  for (let i = 0; i < seconds * 10 && (await read()) !== want; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await read()).toBe(want);
}

/** Opens the simulator on a thread and waits for the pane in its frame to be ready. */
export async function openSimulator(
  harness: Harness,
  thread: string,
  page?: Page
): Promise<{ page: Page; pane: Frame }> {
  const p = page ?? (await harness.browser.newPage({ viewport: { width: 1400, height: 900 } }));
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`${harness.url}index.html?now=${NOW}&thread=${thread}`);
  const pane = await paneFrame(p);
  await pane.waitForSelector('[data-kindly-ready="true"]');
  if (errors.length) throw new Error(`The page threw: ${errors.join("; ")}`);
  return { page: p, pane };
}

export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[title="Kindly"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("The Kindly pane frame did not load.");
  return frame;
}
