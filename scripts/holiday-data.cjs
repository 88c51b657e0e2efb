#!/usr/bin/env node
// Packs public holidays from date-holidays into src/generated/holidays/<CC>.json (one small
// file per country, so the pane loads only the buyer's) and all.json (for the self-contained
// send-time handler and the Gmail bundle). Run by `npm install` (prepare) after build:cli.
const fs = require("node:fs");
const path = require("node:path");
const { holidayYears, holidayCountries } = require("../lib/cli/holidays.js");

const out = path.resolve(__dirname, "../src/generated/holidays");
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const all = {};
for (const country of holidayCountries()) {
  const years = holidayYears(country);
  if (!years) continue;
  all[country] = years;
  fs.writeFileSync(path.join(out, `${country}.json`), JSON.stringify(years));
}
fs.writeFileSync(path.join(out, "all.json"), JSON.stringify(all));
console.log(
  `holidays: ${Object.keys(all).length} countries → ${path.relative(process.cwd(), out)}`
);
