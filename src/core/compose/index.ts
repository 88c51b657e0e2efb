/** The reminder composer: paragraph libraries, their validation and merging, and rendering. */
export type {
  Ask,
  ComposeFields,
  ComposeRequest,
  Composed,
  FieldName,
  Lever,
  LibraryFile,
  Paragraph,
  ParagraphKind,
  Relationship,
  RenderedParagraph,
  Strength,
} from "./types";
export { FIELD_NAMES, LEVERS, PARAGRAPH_ORDER } from "./types";
export type { Slot } from "./slots";
export { ALL_SLOTS, ASKS, RELATIONSHIPS, STRENGTHS } from "./slots";
export { DELAY_REASONS } from "../policy/types";
export type { ValidatedLibraries, ValidatedLibrary } from "./validate";
export { MAX_LIBRARY_CHARS, librarySizeError, parseLibraries, validateLibrary } from "./validate";
export { builtInLibrary } from "./library";
export { coverage, mergeLibraries } from "./merge";
export { MISSING_MARK, compose, escapeHtml } from "./render";
export { fieldsOf } from "./template";
export { orderRefText } from "./order-ref";
