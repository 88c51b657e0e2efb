import type { WordedError } from "../hosts/mailhost";
import type { Strings } from "../locales";

/** Anything thrown, as an Error with a message for the rep. */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * An error's words for the rep: in the UI language where the error words itself (a mail
 * client's failure, a setting refused), any other as it says. Asked of the error, so this
 * notice (on the pane's initial JavaScript) needs none of the modules that throw them.
 */
export function errorText(error: Error, t: Strings): string {
  return "wordedIn" in error ? (error as WordedError).wordedIn(t) : error.message;
}
