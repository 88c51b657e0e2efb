import { HostError } from "../mailhost";
import type { AsyncCallback, OfficeSurface } from "./office-surface";

/** How long Kindly waits for Outlook to answer one call before saying so. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Turns one Office.js callback call into a promise that always settles: with the
 * value, or with a HostError when Outlook reports a failure, throws, or never
 * calls back within the timeout.
 */
export function officeCall<T>(
  office: OfficeSurface,
  operation: string,
  start: (callback: AsyncCallback<T>) => void,
  timeoutMs: number = DEFAULT_TIMEOUT_MS
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settle(() => reject(new HostError(`Outlook did not answer (${operation}).`, operation)));
    }, timeoutMs);
    function settle(action: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    }
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded)
          settle(() => resolve(result.value));
        else {
          const detail = result.error?.message ? `: ${result.error.message}` : "";
          settle(() =>
            reject(
              new HostError(`Outlook could not ${operation}${detail}`, operation, result.error)
            )
          );
        }
      });
    } catch (error) {
      const detail = error instanceof Error ? `: ${error.message}` : "";
      settle(() =>
        reject(new HostError(`Outlook could not ${operation}${detail}`, operation, error))
      );
    }
  });
}

/** Runs a synchronous Office.js call, turning a throw into a HostError. */
export function officeSync<T>(operation: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : "";
    throw new HostError(`Outlook could not ${operation}${detail}`, operation, error);
  }
}
