import { BUYER_LANGUAGES, isBuyerLanguage } from "../text/language";
import { CONDITION_VALUES, KIND_CONDITIONS, slotOf, type ConditionKey } from "./slots";
import { parseTemplate } from "./template";
import { PARAGRAPH_ORDER, type LibraryFile, type Paragraph, type ParagraphKind } from "./types";

/*
 * Library files come from us (built-in) and from teams (anyone's JSON), so nothing is
 * trusted: every key and value is checked and the result is a fresh object with known
 * keys only. Errors are one line each, "<source>: <path>: <what is wrong>".
 *
 * A paragraph with an error is dropped and the valid ones are kept, so one typo in a
 * team's file costs that paragraph, not the file. The file itself is null only when
 * nothing can be used: not an object, no known lang, or no paragraphs array. A second
 * paragraph with the same id, or for the same slot (kind and conditions), is dropped
 * too: within one file each must be unique or the choice between them would be silent.
 */

/** A validated library (null when nothing in the value is usable) and every error found. */
export interface ValidatedLibrary {
  file: LibraryFile | null;
  errors: string[];
}

type JsonObject = Record<string, unknown>;

const FILE_KEYS = ["lang", "paragraphs"];
const PARAGRAPH_KEYS = ["id", "kind", "text", "relationship", "reason", "lever", "strength", "ask"];
const CONDITION_KEYS: readonly ConditionKey[] = [
  "relationship",
  "reason",
  "lever",
  "strength",
  "ask",
];

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key) && object[key] !== undefined;
}

function quoted(values: readonly string[]): string {
  const each = values.map((value) => `"${value}"`);
  return each.length < 2 ? each.join("") : `${each.slice(0, -1).join(", ")} and ${each.at(-1)}`;
}

function isKind(value: string): value is ParagraphKind {
  return (PARAGRAPH_ORDER as readonly string[]).includes(value);
}

/** Checks a string key: the problem with it, or its value. */
function stringAt(object: JsonObject, key: string, known?: string): string | { problem: string } {
  if (!has(object, key)) return { problem: known ? `missing (one of ${known})` : "missing" };
  const value = object[key];
  if (typeof value !== "string") return { problem: `expected a string, got ${typeName(value)}` };
  return value;
}

/** One paragraph checked: the paragraph when valid, and its errors (paths included). */
function validateParagraph(
  value: unknown,
  path: string
): { paragraph: Paragraph | null; errors: string[] } {
  if (!isObject(value)) {
    return { paragraph: null, errors: [`${path}: expected an object, got ${typeName(value)}`] };
  }
  const errors: string[] = [];
  for (const key of Object.keys(value)) {
    if (!PARAGRAPH_KEYS.includes(key)) {
      errors.push(`${path}: unexpected key "${key}" (allowed: ${PARAGRAPH_KEYS.join(", ")})`);
    }
  }

  const id = stringAt(value, "id");
  if (typeof id !== "string") errors.push(`${path}.id: ${id.problem}`);
  else if (id.trim() === "") errors.push(`${path}.id: empty`);

  const kind = stringAt(value, "kind", PARAGRAPH_ORDER.join(", "));
  if (typeof kind !== "string") errors.push(`${path}.kind: ${kind.problem}`);
  else if (!isKind(kind)) {
    errors.push(`${path}.kind: unknown kind "${kind}" (known: ${PARAGRAPH_ORDER.join(", ")})`);
  }

  const text = stringAt(value, "text");
  if (typeof text !== "string") errors.push(`${path}.text: ${text.problem}`);
  else if (text.trim() === "") errors.push(`${path}.text: empty`);
  else for (const problem of parseTemplate(text).problems) errors.push(`${path}.text: ${problem}`);

  const conditions: Partial<Record<ConditionKey, string>> = {};
  if (typeof kind === "string" && isKind(kind)) {
    const used = KIND_CONDITIONS[kind];
    const absent = used.filter((key) => !has(value, key));
    if (absent.length > 0) errors.push(`${path}: kind "${kind}" needs ${quoted(absent)}`);
    for (const key of CONDITION_KEYS) {
      if (!has(value, key)) continue;
      if (!used.includes(key)) {
        errors.push(`${path}.${key}: not used by kind "${kind}"`);
        continue;
      }
      const condition = value[key];
      const known = CONDITION_VALUES[key];
      if (typeof condition !== "string") {
        errors.push(`${path}.${key}: expected a string, got ${typeName(condition)}`);
      } else if (!known.includes(condition)) {
        errors.push(`${path}.${key}: unknown ${key} "${condition}" (known: ${known.join(", ")})`);
      } else {
        conditions[key] = condition;
      }
    }
  }

  if (errors.length > 0 || typeof id !== "string" || typeof text !== "string") {
    return { paragraph: null, errors };
  }
  // Every value was checked against its list above, so these narrowings hold.
  const paragraph = { id, kind, text, ...conditions } as Paragraph;
  return { paragraph, errors };
}

/** Checks a paragraph library (built-in or a team's) and returns its usable part with every error. */
export function validateLibrary(value: unknown, source: string): ValidatedLibrary {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${source}: ${message}`);
  if (!isObject(value)) {
    fail(`expected an object with "lang" and "paragraphs", got ${typeName(value)}`);
    return { file: null, errors };
  }
  for (const key of Object.keys(value)) {
    if (!FILE_KEYS.includes(key)) {
      fail(`unexpected key "${key}" (allowed: ${FILE_KEYS.join(", ")})`);
    }
  }

  const known = BUYER_LANGUAGES.join(", ");
  const lang = stringAt(value, "lang", known);
  if (typeof lang !== "string") fail(`lang: ${lang.problem}`);
  else if (!isBuyerLanguage(lang)) fail(`lang: unknown language "${lang}" (known: ${known})`);

  const list = value.paragraphs;
  if (!has(value, "paragraphs")) fail("paragraphs: missing (an array of paragraphs)");
  else if (!Array.isArray(list)) fail(`paragraphs: expected an array, got ${typeName(list)}`);

  const paragraphs: Paragraph[] = [];
  const firstWithId = new Map<string, number>();
  const firstInSlot = new Map<string, number>();
  if (Array.isArray(list)) {
    list.forEach((item: unknown, index) => {
      const path = `paragraphs[${index}]`;
      const checked = validateParagraph(item, path);
      checked.errors.forEach(fail);
      // Ids count even on invalid paragraphs: the author has to fix both anyway.
      const id = isObject(item) && typeof item.id === "string" ? item.id : null;
      const twin = id === null ? undefined : firstWithId.get(id);
      if (id !== null && twin !== undefined) {
        fail(`${path}.id: duplicate id "${id}" (first at paragraphs[${twin}])`);
        return;
      }
      if (id !== null) firstWithId.set(id, index);
      if (!checked.paragraph) return;
      const { key } = slotOf(checked.paragraph);
      const rival = firstInSlot.get(key);
      if (rival !== undefined) {
        fail(`${path}: same slot ${key} as paragraphs[${rival}]; only one can be used`);
        return;
      }
      firstInSlot.set(key, index);
      paragraphs.push(checked.paragraph);
    });
  }

  if (typeof lang !== "string" || !isBuyerLanguage(lang) || !Array.isArray(list)) {
    return { file: null, errors };
  }
  return { file: { lang, paragraphs }, errors };
}

/** Parses and checks a library file's JSON text (a team's upload). */
export function parseLibrary(json: string, source: string): ValidatedLibrary {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // One line, as every error here: a message shown in a list.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    return { file: null, errors: [`${source}: not valid JSON: ${reason}`] };
  }
  return validateLibrary(value, source);
}
