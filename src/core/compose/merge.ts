import { ALL_SLOTS, slotOf, type Slot } from "./slots";
import type { LibraryFile, Paragraph } from "./types";

/**
 * A team's paragraphs over the built-in ones: the same id replaces, a new id adds.
 * A team paragraph also replaces any other paragraph for the same slot, so the merged
 * library has one per slot and it is the team's. Files for another language are
 * skipped, so a caller can pass all of a team's files at once.
 */
export function mergeLibraries(base: LibraryFile, ...team: LibraryFile[]): LibraryFile {
  let paragraphs: Paragraph[] = [...base.paragraphs];
  for (const file of team) {
    if (file.lang !== base.lang) continue;
    for (const paragraph of file.paragraphs) {
      const { key } = slotOf(paragraph);
      const same = paragraphs.findIndex(({ id }) => id === paragraph.id);
      if (same === -1) paragraphs.push(paragraph);
      else paragraphs[same] = paragraph;
      paragraphs = paragraphs.filter((other) => other === paragraph || slotOf(other).key !== key);
    }
  }
  return { lang: base.lang, paragraphs };
}

/** The slots a library leaves empty, in reminder order (empty for a complete library). */
export function coverage(file: LibraryFile): Slot[] {
  const filled = new Set(file.paragraphs.map((paragraph) => slotOf(paragraph).key));
  return ALL_SLOTS.filter(({ key }) => !filled.has(key));
}
