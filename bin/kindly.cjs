#!/usr/bin/env node
// The `kindly` command: the core over email files. lib/ is compiled by `npm install` (prepare).
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    console.error(
      "kindly: not built yet; run `npm install` (or `npm run build:cli`) in the Kindly folder."
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => process.exit(code));
