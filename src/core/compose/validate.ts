import { BUYER_LANGUAGES, isBuyerLanguage } from "../text/language";
import { clip } from "../text/clip";
import { ALL_SLOTS, CONDITION_VALUES, KIND_CONDITIONS, slotOf, type ConditionKey } from "./slots";
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

/**
 * The most a paragraph file may hold, in characters. The eight built-in languages together
 * are under 50 K; 256 K leaves a team room for every language and many variants, and still
 * refuses a runaway file (a paste gone wrong, a generated file) before it is parsed: a 21 MB
 * paragraph took seconds and more than a gigabyte of memory to validate and render, in a
 * pane that must stay responsive. Counted in characters, not bytes, because the pane and
 * the CLI both hold the file as text; for Latin text the two are about the same.
 */
export const MAX_LIBRARY_CHARS = 256 * 1024;

/** The error for a paragraph file's text too large to read, or null when its size is fine. */
export function librarySizeError(text: string, source: string): string | null {
  if (text.length <= MAX_LIBRARY_CHARS) return null;
  const count = (n: number) => n.toLocaleString("en-US");
  return (
    `${source}: file too large (${count(text.length)} characters; ` +
    `a paragraph file may hold at most ${count(MAX_LIBRARY_CHARS)})`
  );
}

/*
 * Paragraphs are plain text: rendering escapes every "<" and "&", so a tag or an entity in a
 * template would reach the buyer as typed ("<b>Thank you!</b>"). Tags, comments and
 * entities are refused with the first few named.
 */
const MARKUP =
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const MARKUP_NAMED = 3;

function markupIn(text: string): string | null {
  const found = [...new Set(Array.from(text.matchAll(MARKUP), (m) => m[0]))];
  if (found.length === 0) return null;
  const shown = found.slice(0, MARKUP_NAMED).map((m) => clip(m, 40));
  const more = found.length - shown.length;
  const names =
    more > 0 ? `${shown.map((m) => `"${m}"`).join(", ")} and ${more} more` : quoted(shown);
  return `markup ${names} is not allowed: paragraphs are plain text, and the buyer would see it as typed`;
}

/*
 * The built-in paragraphs' ids are their slot keys ("opening.first", "closing"), and a team
 * paragraph with the same id replaces the built-in one. So an id that is a slot key must be
 * used for that slot: a closing with id "opening.first" would silently drop the opening.
 */
const SLOT_KEYS = new Set(ALL_SLOTS.map(({ key }) => key));

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
  else {
    for (const problem of parseTemplate(text).problems) errors.push(`${path}.text: ${problem}`);
    const markup = markupIn(text);
    if (markup) errors.push(`${path}.text: ${markup}`);
  }

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
  const { key } = slotOf(paragraph);
  if (SLOT_KEYS.has(id) && id !== key) {
    errors.push(
      `${path}.id: "${id}" is the id of the built-in paragraph for slot ${id}, ` +
        `but this paragraph fills slot ${key}; use "${key}" or a new id`
    );
    return { paragraph: null, errors };
  }
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

/** A team's paragraph files as read: all of them, or none when any has a mistake. */
export interface ValidatedLibraries {
  files: LibraryFile[];
  errors: string[];
}

/**
 * Parses and checks a team's paragraph file (its JSON text): one library file, or an array of
 * them, one per language. Its size is checked first: a huge file would freeze the pane as it
 * parsed. A file with any mistake is refused whole, with every mistake named (an array's by
 * their place in it): a reminder must not go out half-customised.
 */
export function parseLibraries(json: string, source: string): ValidatedLibraries {
  const tooLarge = librarySizeError(json, source);
  if (tooLarge) return { files: [], errors: [tooLarge] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // One line, as every error here: a message shown in a list.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    return { files: [], errors: [`${source}: not valid JSON: ${reason}`] };
  }
  if (Array.isArray(value) && value.length === 0)
    return { files: [], errors: [`${source}: an empty array, with no paragraph file in it`] };
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const read = list.map((file, i) =>
    validateLibrary(file, list.length > 1 ? `${source} [${i}]` : source)
  );
  const errors = read.flatMap((r) => r.errors);
  // One file per language: two would each replace the other's paragraphs by id, and a slot
  // the first filled could be left with none (a reminder without its greeting).
  const first = new Map<string, number>();
  read.forEach(({ file }, i) => {
    if (!file) return;
    const twin = first.get(file.lang);
    if (twin === undefined) first.set(file.lang, i);
    else errors.push(`${source} [${i}]: a second file for "${file.lang}" (the first is [${twin}])`);
  });
  return { files: errors.length ? [] : read.map((r) => r.file!), errors };
}
