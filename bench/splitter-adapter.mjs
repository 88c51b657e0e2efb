// Kindly's thread reader as ../shared/bench/score-splitter.mjs scores it, through the
// same compiled functions the CLI uses (lib/, built by `npm run build:cli`):
// visible() = newText, split() = splitBody, ooo() = the CLI's mail parser + detectAutoReply.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const lib = path.resolve(here, "../lib");
const { splitBody, newText } = require(path.join(lib, "core/thread/split/index.js"));
const { detectAutoReply } = require(path.join(lib, "core/thread/auto-reply.js"));
const { parseMail } = require(path.join(lib, "cli/parse-mail.js"));

const corpora = process.env.KINDLY_CORPORA ?? path.resolve(here, "../../shared/corpora");
const format = (f) => (f === "html" ? "html" : "text");
const person = (a) =>
  a ? (a.name && a.address ? `${a.name} <${a.address}>` : a.name || a.address) : "";

/** Raw .eml text → the message as the CLI reads it. The scorer's ooo() is synchronous and mailparser is not, so init() reads them first. */
const parsed = new Map();

async function readMail(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await readMail(file);
    else if (entry.name.endsWith(".eml")) {
      const raw = fs.readFileSync(file);
      parsed.set(raw.toString("utf8"), (await parseMail(raw, entry.name)).mail);
    }
  }
}

export default {
  name: "kindly",
  supportsHtml: true,
  async init() {
    await readMail(path.join(corpora, "ooo"));
  },
  visible(body, { format: f }) {
    return newText(body, format(f));
  },
  split(body, { format: f }) {
    const { text, quoted } = splitBody(body, format(f));
    return [
      { text, from: "", date: null },
      ...quoted.map((q) => ({ text: q.text, from: person(q.from), date: q.sentAt })),
    ];
  },
  ooo(raw) {
    const mail = parsed.get(raw);
    if (!mail) throw new Error("message not read in init()");
    const result = detectAutoReply({ ...mail, text: newText(mail.body, mail.format) }, "UTC");
    return {
      autoReply: result.autoReply,
      returnDate: result.returnDate,
      awayUntil: result.awayUntil,
    };
  },
};
