import { HostError, type HostOperation, type HostProblem } from "../mailhost";
import type { AsyncCallback, OfficeSurface } from "./office-surface";

/** How long Kindly waits for Outlook to answer one call before saying so. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Outlook's error code for roaming settings over the 32 KB an add-in has (Office.RoamingSettings). */
export const SETTINGS_OVER_QUOTA = 9057;

/** Outlook's codes whose own messages say little to a rep, worded by Kindly. */
const WORDED: Record<number, HostProblem> = { [SETTINGS_OVER_QUOTA]: "hostOverQuota" };

/**
 * What Outlook said about a failure, as one line for the rep ("Item is busy"), or nothing:
 * never a stack, and never "[object Object]" for an error that is not an Error.
 */
function detailOf(error: unknown): string {
  let said = typeof error === "string" ? error : "";
  if (error && typeof error === "object") {
    const { message } = error as { message?: unknown };
    if (typeof message === "string") said = message;
  }
  return said.split("\n")[0].trim();
}

function failure(operation: HostOperation, error: unknown): HostError {
  const code = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "number" && WORDED[code]) {
    return HostError.worded({ problem: WORDED[code], operation }, error);
  }
  const detail = detailOf(error);
  const problem = detail ? "hostFailedSaying" : "hostFailed";
  return HostError.worded({ problem, operation, detail }, error);
}

/**
 * Turns one Office.js callback call into a promise that always settles: with the
 * value, or with a HostError when Outlook reports a failure, throws, or never
 * calls back within the timeout.
 */
export function officeCall<T>(
  office: Pick<OfficeSurface, "AsyncResultStatus">,
  operation: HostOperation,
  start: (callback: AsyncCallback<T>) => void,
  timeoutMs: number = DEFAULT_TIMEOUT_MS
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settle(() => reject(HostError.worded({ problem: "hostNoAnswer", operation })));
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
        else settle(() => reject(failure(operation, result.error)));
      });
    } catch (error) {
      settle(() => reject(failure(operation, error)));
    }
  });
}

/** Runs a synchronous Office.js call, turning a throw into a HostError. */
export function officeSync<T>(operation: HostOperation, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw failure(operation, error);
  }
}
