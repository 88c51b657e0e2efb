import { WRITING, cleanText, writeFields } from "./fields";
import { selectParagraphs } from "./select";
import { parseTemplate, type Segment } from "./template";
import {
  FIELD_NAMES,
  type ComposeRequest,
  type Composed,
  type FieldName,
  type LibraryFile,
  type RenderedParagraph,
} from "./types";

/*
 * Filling is one pass over the template's segments, so a value is never read again as
 * a template: a buyer's "{orderRef}" stays their text. Escaping happens after filling,
 * over the whole paragraph, so nothing from a template or a value can become markup;
 * the only tags are the ones written here.
 */

/** What a field the rep has not given yet shows until they do. */
export const MISSING_MARK = "…";

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text as HTML character data, safe in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * Builds the reminder for the rep's choices from a library (built-in or merged).
 * Dates and amounts are written in the library's language: they sit in its sentences.
 */
export function compose(request: ComposeRequest, library: LibraryFile): Composed {
  const lang = library.lang;
  const writing = WRITING[lang];
  const values = writeFields(request.fields, lang);
  const missing = new Set<FieldName>();

  const paragraphs: RenderedParagraph[] = selectParagraphs(request, library).map(
    ({ id, kind, text: template }) => {
      const { segments } = parseTemplate(cleanText(template).trim());
      const fill = (parts: Segment[]): string =>
        parts
          .map((segment) => {
            if ("text" in segment) return segment.text;
            if ("optional" in segment) {
              // Written only when it can be whole; never a reason to ask the rep for more.
              const complete = segment.optional.every(
                (part) => !("field" in part) || values[part.field] !== undefined
              );
              return complete ? fill(segment.optional) : "";
            }
            const value = values[segment.field];
            if (value === undefined) missing.add(segment.field);
            return value ?? MISSING_MARK;
          })
          .join("");
      return { id, kind, text: fill(segments) };
    }
  );

  const body = paragraphs
    .map(({ text }) => `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`)
    .join("");
  return {
    html: `<div dir="${writing.dir}" lang="${writing.htmlLang}">${body}</div>`,
    text: paragraphs.map(({ text }) => text).join("\n\n"),
    missing: FIELD_NAMES.filter((field) => missing.has(field)),
    paragraphs,
    dir: writing.dir,
    lang,
  };
}
