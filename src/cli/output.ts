import type { Analysis } from "../core/analyze";
import type { ThreadFacts } from "../core/thread-facts";
import { explain, type Decision, type DelayReason } from "../core/policy";
import type { BuyerLanguage } from "../core/text/language";
import type { Address, Message } from "../core/thread/model";
import type { QuotedMessage, SplitBody } from "../core/thread/split";
import { dateIn } from "./clock";

/** `kindly split --json` (and each `--batch` line, with an id): the documented contract. */
export interface SplitOutput {
  text: string;
  quoted: QuotedOutput[];
}

export interface QuotedOutput {
  from: string | null;
  sentAt: string | null;
  subject: string | null;
  text: string;
}

/** One message of `kindly analyze --json`. */
export interface MessageOutput {
  from: string | null;
  sentAt: string | null;
  side: Message["side"];
  kind: Message["kind"];
  autoReply: boolean;
  returnDate: string | null;
  promisedDate: string | null;
}

/** The cooling-off decision in `kindly analyze --json`. */
export interface DecisionOutput {
  status: Decision["status"];
  earliest: string | null;
  k: number;
  gap: number | null;
  /** The sentence that explains it (English). */
  why: string;
}

/** Why the buyer is late in `kindly analyze --json`: the label, how sure, and the sentences that said so. */
export interface ReasonOutput {
  label: DelayReason;
  confidence: number;
  evidence: string[];
}

/** One thread of `kindly analyze --json`. */
export interface ThreadOutput {
  subject: string;
  messages: MessageOutput[];
  /** The thread's order facts, and the buyer's latest promised payment date. */
  facts: ThreadFacts;
  reason: ReasonOutput;
  /** The language the buyer writes in; null when their words do not tell. */
  buyerLanguage: BuyerLanguage | null;
  decision: DecisionOutput;
}

/** "Name <address>", or whichever of the two there is, or null. */
export function formatAddress(address: Address | null): string | null {
  const name = address?.name.trim() ?? "";
  const mail = address?.address.trim() ?? "";
  if (name && mail) return `${name} <${mail}>`;
  return name || mail || null;
}

export function splitOutput(split: SplitBody): SplitOutput {
  return { text: split.text, quoted: split.quoted.map(quotedOutput) };
}

function quotedOutput(quoted: QuotedMessage): QuotedOutput {
  return {
    from: formatAddress(quoted.from),
    sentAt: quoted.sentAt,
    subject: quoted.subject,
    text: quoted.text,
  };
}

/** The one mapping from the core's analysis to what the CLI prints (JSON and summary alike). */
export function threadOutput(analysis: Analysis, facts: ThreadFacts): ThreadOutput {
  return {
    subject: analysis.thread.subject,
    messages: analysis.thread.messages.map((m) => ({
      from: formatAddress(m.from),
      sentAt: m.sentAt,
      side: m.side,
      kind: m.kind,
      autoReply: m.autoReply,
      returnDate: m.returnDate,
      promisedDate: m.promisedDate,
    })),
    facts,
    reason: {
      label: analysis.reason.label,
      confidence: Math.round(analysis.reason.confidence * 100) / 100,
      // The sentences that gave the label (others only hinted at other reasons).
      evidence: analysis.reason.evidence
        .filter((e) => e.reason === analysis.reason.label)
        .map((e) => e.sentence),
    },
    buyerLanguage: analysis.buyerLanguage,
    decision: {
      status: analysis.decision.status,
      earliest: analysis.decision.earliest,
      k: analysis.decision.k,
      gap: analysis.decision.gap,
      why: explain(analysis.decision, "en"),
    },
  };
}

/** C0 and C1 control characters and DEL: printed from a mail, ESC and BEL drive the terminal. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Text from a mail as the summary prints it: each control character as U+FFFD. */
function printable(text: string): string {
  return text.replace(CONTROLS, "\uFFFD");
}

/**
 * A readable summary of one thread; dates are calendar dates in the rep's zone. What the mail
 * says (subject, senders, the quoted sentence) is printed without its control characters.
 */
export function threadSummary(thread: ThreadOutput, tz: string): string {
  const count = thread.messages.length;
  const subject = printable(thread.subject.trim()) || "(no subject)";
  const lines = [`${subject} (${count} message${count === 1 ? "" : "s"})`];
  for (const m of thread.messages) {
    const notes = [
      m.autoReply && m.kind !== "auto-reply" ? "auto-reply" : "",
      m.returnDate ? `back ${m.returnDate}` : "",
      m.promisedDate ? `promises payment ${m.promisedDate}` : "",
    ].filter(Boolean);
    const date = m.sentAt ? dateIn(m.sentAt, tz) : "(no date)";
    const from = m.from === null ? "(no sender)" : printable(m.from);
    const columns = [date.padEnd(10), m.side.padEnd(5), m.kind.padEnd(10), from];
    lines.push(`  ${columns.join("  ")}${notes.length ? `  [${notes.join(", ")}]` : ""}`);
  }
  const facts = factsSummary(thread.facts);
  if (facts) lines.push(`  facts: ${facts}`);
  const r = thread.reason;
  if (r.label !== "unknown") {
    const quote = r.evidence[0] ? ` — “${printable(r.evidence[0])}”` : "";
    lines.push(`  reason: ${r.label} (${Math.round(r.confidence * 100)}%)${quote}`);
  }
  const d = thread.decision;
  lines.push(`  decision: ${d.status}${d.earliest ? ` until ${d.earliest}` : ""} — ${d.why}`);
  return lines.join("\n");
}

function factsSummary(facts: ThreadFacts): string {
  return [
    facts.orderRef ? `${facts.orderRef.kind} ${facts.orderRef.value}` : "",
    facts.amount ? facts.amount.text : "",
    facts.confirmedOn ? `confirmed ${facts.confirmedOn}` : "",
    facts.priceValidUntil ? `price valid until ${facts.priceValidUntil}` : "",
    facts.promisedDate ? `payment promised for ${facts.promisedDate}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
