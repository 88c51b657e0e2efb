import { FIELD_NAMES, type FieldName } from "./types";

/*
 * A template is text with {fieldName} slots, and [[optional parts]]: an optional part is
 * written only when every field in it has a value, so "for {amount}[[, confirmed on
 * {confirmedOn}]]" reads right with or without the date, and the rep is not asked for a
 * detail the sentence can do without. Braces and double brackets are reserved (no escape),
 * so a stray one is an author's mistake that validation reports. The same scan serves the
 * validator and the renderer, so what validation accepts is exactly what rendering fills.
 */

/** A piece of a template: text written as is, a field to fill, or an optional part. */
export type Segment = { text: string } | { field: FieldName } | { optional: Segment[] };

/** The template split into segments, and what is wrong with it (for validation). */
export interface ParsedTemplate {
  segments: Segment[];
  /** One line each, without a path: 'unknown field {orderNo} (known: …)'. */
  problems: string[];
}

const KNOWN = `(known: ${FIELD_NAMES.join(", ")})`;

function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

function unknownField(name: string): string {
  if (name === "") return `empty slot {} ${KNOWN}`;
  const near = FIELD_NAMES.find((field) => field.toLowerCase() === name.trim().toLowerCase());
  if (near) return `unknown field {${name}} (did you mean {${near}}?)`;
  return `unknown field {${name}} ${KNOWN}`;
}

/** Splits a template into text, field and optional segments in one left-to-right pass. */
export function parseTemplate(template: string): ParsedTemplate {
  const problems: string[] = [];
  const segments: Segment[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("[[", i);
    const stray = template.indexOf("]]", i);
    if (stray !== -1 && (open === -1 || stray < open)) {
      problems.push(`unbalanced brackets: "]]" at character ${stray + 1} has no "[["`);
    }
    if (open === -1) {
      segments.push(...parseSlots(template, i, template.length, problems));
      break;
    }
    segments.push(...parseSlots(template, i, open, problems));
    const close = template.indexOf("]]", open + 2);
    const nested = template.indexOf("[[", open + 2);
    if (close === -1 || (nested !== -1 && nested < close)) {
      problems.push(`unbalanced brackets: "[[" at character ${open + 1} is not closed`);
      segments.push({ text: "[[" });
      i = open + 2;
      continue;
    }
    const inner = parseSlots(template, open + 2, close, problems);
    if (!inner.some((segment) => "field" in segment)) {
      problems.push(`optional part at character ${open + 1} has no field to depend on`);
    }
    segments.push({ optional: inner });
    i = close + 2;
  }
  return { segments: merged(segments), problems };
}

/** Text and {field} segments of template[from, to), reporting stray braces. */
function parseSlots(template: string, from: number, to: number, problems: string[]): Segment[] {
  const segments: Segment[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") segments.push({ text });
    text = "";
  };
  let i = from;
  while (i < to) {
    const char = template[i];
    if (char === "}") {
      problems.push(`unbalanced braces: "}" at character ${i + 1} has no "{"`);
      text += char;
      i += 1;
      continue;
    }
    if (char !== "{") {
      text += char;
      i += 1;
      continue;
    }
    const close = template.indexOf("}", i + 1);
    const reopen = template.indexOf("{", i + 1);
    if (close === -1 || close >= to || (reopen !== -1 && reopen < close)) {
      problems.push(`unbalanced braces: "{" at character ${i + 1} is not closed`);
      text += char;
      i += 1;
      continue;
    }
    const name = template.slice(i + 1, close);
    if (isFieldName(name)) {
      flush();
      segments.push({ field: name });
    } else {
      // Kept as text so an unvalidated library still renders; validation rejects it.
      problems.push(unknownField(name));
      text += template.slice(i, close + 1);
    }
    i = close + 1;
  }
  flush();
  return segments;
}

/** Adjacent text segments joined, so a template reads back as few pieces as it has. */
function merged(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out[out.length - 1];
    if ("text" in segment && last && "text" in last)
      out[out.length - 1] = { text: last.text + segment.text };
    else out.push(segment);
  }
  return out;
}

/** The fields a template uses, each once, in the order of FIELD_NAMES. */
export function fieldsOf(template: string): FieldName[] {
  const used = new Set<FieldName>();
  const visit = (segments: Segment[]) => {
    for (const segment of segments) {
      if ("field" in segment) used.add(segment.field);
      else if ("optional" in segment) visit(segment.optional);
    }
  };
  visit(parseTemplate(template).segments);
  return FIELD_NAMES.filter((field) => used.has(field));
}
