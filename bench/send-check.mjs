// The send-time check (Smart Alerts, OnMessageSend) on a 200-message thread: the built
// dist/commands.js, alone in a Node vm context with a plain fake of Office.js, from the
// handler's invocation to event.completed. See README "Benchmarks".
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { median, root } from "./fixtures.mjs";

const require = createRequire(import.meta.url);

/** Outlook tells the rep an add-in is slow after about 5 s; Kindly should answer well within that. */
const TARGET_MS = 1000;
const MESSAGES = 200;
const WARM_UP = 3;
const RUNS = 20;

const HOUR = 3_600_000;
export const REP = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com", client: "zh" };
export const KLAUS = { name: "Klaus Müller", address: "k.mueller@mueller-textil.de", client: "de" };
const LUCIA = { name: "Lucía García", address: "l.garcia@mueller-textil.de", client: "es" };
const KLAUS_PHONE = { ...KLAUS, client: "en" };
const SUBJECT = "RE: PI SR-2611-045 deposit";

// ---- A realistic thread: alternating buyer and rep, each reply quoting the one before, Outlook-style.

// Each message opens on the one it answers, so no two read alike (the core merges copies of one message).
const REP_WORDS = [
  "Dear Klaus,\nThank you for your note of {on}. May I kindly check on the 30% deposit for PI SR-2611-045? Could you share the bank slip once it is sent?\nBest regards,\nAmy",
  "Dear Klaus,\nThank you for your note of {on}. The fabric samples left today by DHL, tracking 1234567890. The lab dip for colour 3 follows on Friday.\nBest regards,\nAmy",
  "Dear Klaus,\nThank you for your note of {on}. Just a gentle follow-up on the deposit for PI SR-2611-045. When do you expect to arrange the payment?\nBest regards,\nAmy",
  "Dear Klaus,\nThank you for your note of {on}. Please find the revised PI attached, with the bank details confirmed by our finance team.\nBest regards,\nAmy",
];
const BUYER_WORDS = [
  [
    KLAUS,
    "Hallo Amy,\ndanke für Ihre Nachricht vom {on}. Wir prüfen die Proforma-Rechnung noch intern. Die Anzahlung folgt, sobald die Freigabe da ist.\nViele Grüße\nKlaus",
  ],
  [
    KLAUS,
    "Hi Amy,\nthanks for your update of {on}. Our finance team is still waiting for our customer's payment.\nBest,\nKlaus",
  ],
  [
    LUCIA,
    "Hola Amy,\ngracias por su mensaje del {on}. Revisaremos el pago con contabilidad esta semana.\nSaludos,\nLucía",
  ],
  [
    KLAUS_PHONE,
    "Hi Amy, noted your mail of {on}, I will come back to you on the deposit.\nKlaus\nSent from my iPhone",
  ],
];

const LABELS = {
  en: ["From", "Sent", "To", "Subject"],
  zh: ["发件人", "发送时间", "收件人", "主题"],
  de: ["Von", "Gesendet", "An", "Betreff"],
  es: ["De", "Enviado el", "Para", "Asunto"],
};
const WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
};
const MONTHS = {
  en: "January February March April May June July August September October November December".split(
    " "
  ),
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(
    " "
  ),
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(
    " "
  ),
};

/** A sent time as each client language's Outlook writes it in a reply header, in local time. */
function sentAs(date, lang) {
  const [y, mo, d, wd] = [date.getFullYear(), date.getMonth(), date.getDate(), date.getDay()];
  const [h, mm] = [date.getHours(), String(date.getMinutes()).padStart(2, "0")];
  switch (lang) {
    case "zh":
      return `${y}年${mo + 1}月${d}日 ${h}:${mm}`;
    case "de":
      return `${WEEKDAYS.de[wd]}, ${d}. ${MONTHS.de[mo]} ${y} ${String(h).padStart(2, "0")}:${mm}`;
    case "es":
      return `${WEEKDAYS.es[wd]}, ${d} de ${MONTHS.es[mo]} de ${y} ${h}:${mm}`;
    default:
      return `${WEEKDAYS.en[wd]}, ${MONTHS.en[mo]} ${d}, ${y} ${h % 12 || 12}:${mm} ${h < 12 ? "AM" : "PM"}`;
  }
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const html = (words) =>
  `<div>${words
    .split("\n")
    .map((l) => `<p>${esc(l)}</p>`)
    .join("")}</div>`;
const who = (p) => `${p.name} <${p.address}>`;

/** Outlook's reply separator and header block over a quoted message, in the quoting client's language. */
function quoteHeader(message, lang) {
  const [from, sent, to, subject] = LABELS[lang];
  return (
    '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">' +
    '<font face="Calibri, sans-serif" style="font-size:11pt">' +
    `<b>${from}:</b> ${esc(who(message.from))}<br><b>${sent}:</b> ${sentAs(message.sent, lang)}<br>` +
    `<b>${to}:</b> ${esc(who(message.to))}<br><b>${subject}:</b> ${esc(message.subject)}` +
    "</font><div>&nbsp;</div></div>"
  );
}

/**
 * The draft of a rep's chase on top of a 200-message history, oldest first: rep and buyer
 * alternating, the last two the rep's chase yesterday and the buyer's out-of-office reply,
 * so the check goes the whole way (a chase, on hold) to the warning.
 */
export function chaseDraft(now) {
  const back = new Date(now.getTime() + 7 * 24 * HOUR);
  const messages = [];
  for (let i = 0; i < MESSAGES; i++) {
    const sent = new Date(now.getTime() - (MESSAGES - i) * 10 * HOUR);
    if (i % 2 === 0) {
      const words = i === MESSAGES - 2 ? REP_WORDS[0] : REP_WORDS[(i / 2) % REP_WORDS.length];
      messages.push({ from: REP, to: KLAUS, sent, subject: SUBJECT, words });
    } else if (i === MESSAGES - 1) {
      const until = `${back.getDate()} ${MONTHS.en[back.getMonth()]} ${back.getFullYear()}`;
      const words = `I am out of the office until ${until} with limited access to email.\nFor urgent matters please contact sales@mueller-textil.de.`;
      messages.push({ from: KLAUS, to: REP, sent, subject: `Automatic reply: ${SUBJECT}`, words });
    } else {
      const [from, words] = BUYER_WORDS[((i - 1) / 2) % BUYER_WORDS.length];
      messages.push({ from, to: REP, sent, subject: SUBJECT, words });
    }
  }
  messages.forEach((m, i) => {
    const before = messages[i - 1]?.sent ?? m.sent;
    m.words = m.words.replace(
      "{on}",
      `${before.getDate()} ${MONTHS.en[before.getMonth()]} ${before.getHours()}h`
    );
  });
  let body = "";
  messages.forEach((m, i) => {
    // Each reply quotes the whole message before it, headed in the replying client's language.
    body = html(m.words) + (i ? quoteHeader(messages[i - 1], m.from.client) + body : "");
  });
  const draft =
    "Dear Klaus,\nMay I ask when the deposit for PI SR-2611-045 will be arranged?\nBest regards,\nAmy";
  return html(draft) + quoteHeader(messages[MESSAGES - 1], REP.client) + body;
}

// ---- Office.js, faked in plain JavaScript: every call answers on the next turn of the event loop.

/** A chase memory that fills much of its budget: 800 other threads, none of them this one. */
function roamingMemory() {
  const { ChaseMemory } = require(path.join(root, "lib/core/policy/memory.js"));
  const memory = new ChaseMemory();
  for (let t = 0; t < 800; t++) {
    for (let c = 0; c < 3; c++)
      memory.recordChase(`conversation-${t}`, `2026-0${1 + (t % 9)}-1${c}`);
  }
  return memory.encode();
}

function fakeOffice(body, memory) {
  const handlers = new Map();
  const answer = (value) => (callback) =>
    setImmediate(() => callback({ status: "succeeded", value }));
  const text = body.replace(/<[^>]+>/g, "\n");
  const item = {
    conversationId: "AAQkADAwATM0MDAAMS1iNjU4LTk1ZGUtMDACLTAwCgAQAN8kQ7rBnT1Ok2dwqvD5dXU=",
    subject: { getAsync: answer(SUBJECT) },
    from: { getAsync: answer({ displayName: REP.name, emailAddress: REP.address }) },
    to: { getAsync: answer([{ displayName: KLAUS.name, emailAddress: KLAUS.address }]) },
    cc: { getAsync: answer([]) },
    body: { getAsync: (type, callback) => answer(type === "html" ? body : text)(callback) },
    loadCustomPropertiesAsync: answer({ get: () => undefined }),
    categories: { getAsync: answer([]) },
  };
  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded" },
    CoercionType: { Text: "text", Html: "html" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    actions: { associate: (name, handler) => handlers.set(name, handler) },
    onReady: () => Promise.resolve({}),
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      roamingSettings: { get: (key) => (key === "kindly.memory" ? memory : undefined) },
      mailbox: { item, userProfile: { emailAddress: REP.address, displayName: REP.name } },
    },
  };
  return { Office, handlers };
}

/** How many messages the core reads back from the draft's quoted history (lib/, the same core). */
function messagesRead(body) {
  const { readThread } = require(path.join(root, "lib/core/thread/read.js"));
  const draft = {
    from: null,
    to: [],
    cc: [],
    sentAt: null,
    subject: SUBJECT,
    body,
    format: "html",
    draft: true,
  };
  return readThread([draft], { address: REP.address }).messages.length;
}

/** Calls the handler with a fresh send event; resolves with the time to `completed` and what it said. */
function invoke(handler, start = performance.now()) {
  return new Promise((resolve) =>
    handler({ completed: (options) => resolve({ ms: performance.now() - start, options }) })
  );
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

export async function run() {
  const bundle = path.join(root, "dist/commands.js");
  if (!fs.existsSync(bundle))
    throw new Error("dist/commands.js is missing: run `npm run build` first.");
  const code = fs.readFileSync(bundle, "utf8");
  const body = chaseDraft(new Date());
  const { Office, handlers } = fakeOffice(body, roamingMemory());
  const warnings = [];
  const quiet = { warn: (...args) => warnings.push(args.join(" ")), log: () => undefined };
  const context = vm.createContext({ Office, setTimeout, clearTimeout, console: quiet });

  // Cold: evaluating the bundle (as a fresh runtime does), then the first call.
  const start = performance.now();
  vm.runInContext(code, context, { filename: "commands.js" });
  const evaluated = performance.now() - start;
  const handler = handlers.get("onMessageSendHandler");
  const cold = await invoke(handler, start);

  for (let i = 0; i < WARM_UP; i++) await invoke(handler);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await invoke(handler));
  const times = warm.map((r) => r.ms);
  const held = [cold, ...warm].every(
    (r) =>
      r.options.allowEvent === false && /^Better to hold this chase/.test(r.options.errorMessage)
  );

  const bodyKb = (Buffer.byteLength(body) / 1024).toFixed(0);
  const bundleKb = (Buffer.byteLength(code) / 1024).toFixed(0);
  console.log(
    `\nSend-time check (dist/commands.js, ${bundleKb} KB, in a Node vm with a fake Office.js)\n` +
      `on a ${MESSAGES}-message thread (${bodyKb} KB of HTML), invocation → completed\n`
  );
  console.log(
    `cold first call, with module evaluation: ${fmt(cold.ms)} (evaluation ${fmt(evaluated)})`
  );
  console.log(
    `warm, ${RUNS} runs after ${WARM_UP} warm-up: median ${fmt(median(times))}, worst ${fmt(Math.max(...times))}`
  );
  console.log(`warning shown: ${cold.options.errorMessage ?? "(none)"}`);
  if (warnings.length) console.log(`handler warnings: ${warnings[0]}`);

  const read = messagesRead(body);
  const checks = [
    [
      `the core reads all ${MESSAGES} messages back from the quoted history (${read})`,
      read === MESSAGES,
    ],
    ["every call held the chase with its warning (the whole path ran)", held && !warnings.length],
    [`worst warm call under ${TARGET_MS} ms`, Math.max(...times) < TARGET_MS],
    [`cold first call under ${TARGET_MS} ms`, cold.ms < TARGET_MS],
  ];
  console.log("");
  for (const [what, ok] of checks) console.log(`${ok ? "✔" : "✘"} ${what}`);
  return checks.every(([, ok]) => ok);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = (await run()) ? 0 : 1;
}
