import { HostError, wordHostFailure } from "../hosts/mailhost";
import type { SettingsError } from "../hosts/preferences";
import type { Strings } from "../locales";

/** Anything thrown, as an Error with a message for the rep. */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * An error's words for the rep, in the UI language where Kindly words it (a mail client's
 * failure, a setting refused); any other error as it says.
 */
export function errorText(error: Error, t: Strings): string {
  if (error instanceof HostError && error.wording) return wordHostFailure(t, error.wording);
  // By name, not instanceof: preferences.ts (and the policy tables it needs) stays off the
  // pane's initial JavaScript, where this notice is.
  if (error.name === "SettingsError") {
    const { problems } = error as SettingsError;
    return [...new Set(Object.values(problems))].map((problem) => t[problem]).join(" ");
  }
  return error.message;
}
