import type { BuyerLanguage } from "../text/language";
import ar from "./library/ar.json";
import de from "./library/de.json";
import en from "./library/en.json";
import es from "./library/es.json";
import fr from "./library/fr.json";
import pt from "./library/pt.json";
import ru from "./library/ru.json";
import zh from "./library/zh.json";
import type { LibraryFile } from "./types";
import { validateLibrary } from "./validate";

// Keyed by the union, so a new buyer language does not compile without its file.
const BUILT_IN: Readonly<Record<BuyerLanguage, unknown>> = { en, zh, es, fr, de, pt, ru, ar };

const checked = new Map<BuyerLanguage, LibraryFile>();

/**
 * The built-in paragraph library for a buyer language.
 * It goes through the same validation as a team's file (the JSON's inferred type is not
 * LibraryFile); the unit tests keep it free of errors, so nothing is dropped in practice.
 */
export function builtInLibrary(lang: BuyerLanguage): LibraryFile {
  let file = checked.get(lang);
  if (!file) {
    file = validateLibrary(BUILT_IN[lang], `library/${lang}.json`).file ?? { lang, paragraphs: [] };
    checked.set(lang, file);
  }
  return file;
}

export { coverage, mergeLibraries } from "./merge";
