#!/usr/bin/env node
// Renders assets/icon.svg (and icon-small.svg for 16 px) to the PNG sizes the
// manifest names, in Debian's Chromium. Run after changing the drawings:
//   node scripts/draw-icons.mjs
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
const { chromiumPath, CHROMIUM_ARGS } = createRequire(import.meta.url)("./chromium.cjs");

const assets = path.resolve("assets");
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const size of [16, 32, 64, 80, 128]) {
  const svg = fs.readFileSync(
    path.join(assets, size === 16 ? "icon-small.svg" : "icon.svg"),
    "utf8"
  );
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`
  );
  await page.screenshot({ path: path.join(assets, `icon-${size}.png`), omitBackground: true });
  console.log(`assets/icon-${size}.png`);
}
await browser.close();
