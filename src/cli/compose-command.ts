import { promises as fs } from "fs";
import {
  ASKS,
  builtInLibrary,
  compose,
  DELAY_REASONS,
  FIELD_NAMES,
  LEVERS,
  mergeLibraries,
  orderRefText,
  parseLibraries,
  RELATIONSHIPS,
  STRENGTHS,
  type ComposeFields,
  type Lever,
} from "../core/compose";
import { isCalendarDate } from "../core/dates";
import type { OrderRef } from "../core/facts";
import { BUYER_LANGUAGES, type BuyerLanguage } from "../core/text/language";
import type { ParsedArgs } from "./args";
import { CliError, fileProblem, inputError, usageError } from "./errors";
import { write, type Io } from "./io";

export const COMPOSE_OPTIONS = {
  reason: "value",
  levers: "value",
  lang: "value",
  facts: "value",
  strength: "value",
  ask: "value",
  relationship: "value",
  team: "list",
  json: "flag",
  help: "flag",
} as const;

/** One of the allowed values of an option, or a usage error naming them. */
function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = args.values.get(name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`--${name}: "${value}" is not one of ${allowed.join(", ")}`);
}

/**
 * `kindly compose --reason <r> --levers <a,b> --lang <xx> --facts <facts.json> [--json]`:
 * the reminder the pane would insert, from the built-in library merged with --team files.
 */
export async function composeCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length) throw usageError(`compose takes no files; use --facts <file.json>`);
  const lang = choice(args, "lang", BUYER_LANGUAGES, "en");
  const levers = (args.values.get("levers") ?? "")
    .split(",")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((lever): Lever => {
      if ((LEVERS as readonly string[]).includes(lever)) return lever as Lever;
      throw usageError(`--levers: "${lever}" is not one of ${LEVERS.join(", ")}`);
    });
  const request = {
    lang,
    reason: choice(args, "reason", DELAY_REASONS, "unknown"),
    levers,
    strength: choice(args, "strength", STRENGTHS, "gentle"),
    ask: choice(args, "ask", ASKS, "date"),
    relationship: choice(args, "relationship", RELATIONSHIPS, "first"),
  };
  const factsFile = args.values.get("facts");
  const fields = factsFile ? readFields(await readJson(factsFile), factsFile, lang) : {};

  let library = builtInLibrary(lang);
  for (const team of args.lists.get("team") ?? []) {
    const { files, errors } = parseLibraries(await readText(team), team);
    // A team file with mistakes is refused whole: a reminder must not go out half-customised.
    if (errors.length) {
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
      throw new CliError(`${errors[0]}${more}`);
    }
    library = mergeLibraries(library, ...files);
  }

  const composed = compose({ ...request, fields }, library);
  if (args.flags.has("json")) {
    const { html, text, missing } = composed;
    await write(io.stdout, `${JSON.stringify({ html, text, missing }, null, 2)}\n`);
  } else {
    await write(io.stdout, `${composed.text}\n`);
    if (composed.missing.length) {
      io.stderr.write(`kindly: missing: ${composed.missing.join(", ")} (shown as …)\n`);
    }
  }
  return 0;
}

/** Keys of `kindly analyze --json` facts that a reminder does not use: that output can be passed as is. */
const ANALYZE_ONLY = ["orderRefs", "amounts", "promisedDate"];

/**
 * The reminder's fields from a JSON object: the composer's own shape, or the "facts" of
 * `kindly analyze --json` (orderRef {kind, value}, amount {amount, currency, text}).
 */
export function readFields(value: unknown, file: string, lang: BuyerLanguage): ComposeFields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw inputError(file, "not a JSON object of facts");
  }
  const fields: ComposeFields = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || ANALYZE_ONLY.includes(key)) continue;
    const bad = (what: string) => inputError(file, `${key}: ${what}`);
    if (!(FIELD_NAMES as readonly string[]).includes(key)) {
      throw inputError(file, `unknown field "${key}" (known: ${FIELD_NAMES.join(", ")})`);
    }
    if (key === "orderRef") {
      if (typeof v === "string") fields.orderRef = v;
      else if (isOrderRef(v)) fields.orderRef = orderRefText(v, lang);
      else throw bad('a string ("PI SR-2611-045") or {"kind", "value"}');
    } else if (key === "amount") {
      const money = v as { amount?: unknown; currency?: unknown };
      if (
        typeof money !== "object" ||
        typeof money.amount !== "number" ||
        !Number.isFinite(money.amount)
      )
        throw bad('{"amount": number, "currency": "USD"}');
      if (typeof money.currency !== "string" || !/^[A-Z]{3}$/.test(money.currency))
        throw bad("currency must be a three-letter code such as USD");
      fields.amount = { amount: money.amount, currency: money.currency };
    } else if (key === "confirmedOn" || key === "slotDeadline" || key === "priceValidUntil") {
      if (typeof v !== "string" || !isCalendarDate(v)) throw bad("a date YYYY-MM-DD");
      fields[key] = v;
    } else {
      if (typeof v !== "string") throw bad("a string");
      fields[key as "buyerName" | "repName" | "company"] = v;
    }
  }
  return fields;
}

function isOrderRef(value: unknown): value is OrderRef {
  const ref = value as Partial<OrderRef> | null;
  return (
    typeof ref === "object" &&
    ref !== null &&
    typeof ref.value === "string" &&
    ["PI", "PO", "contract", "order", "invoice"].includes(String(ref.kind))
  );
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    throw inputError(file, fileProblem(error));
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw inputError(file, "not valid JSON");
  }
}
