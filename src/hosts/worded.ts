import type { Strings } from "../locales/en";

/** An error that words itself in any UI language: the pane and the Gmail card show it in the rep's. */
export interface WordedError extends Error {
  wordedIn(t: Strings): string;
}

/**
 * An error's words for the rep: in the UI language where the error words itself (a mail
 * client's failure, a setting refused), any other as it says. Asked of the error, so what
 * shows it (the pane's error notice, on its initial JavaScript) needs none of the modules
 * that throw them.
 */
export function errorText(error: Error, t: Strings): string {
  return "wordedIn" in error ? (error as WordedError).wordedIn(t) : error.message;
}
