import { HostError, type SettingsStore } from "../mailhost";
import type { PropertiesApi } from "./gas";

/** Apps Script's quotas on user properties: 9 KB a value, 500 KB in all. */
export const VALUE_QUOTA = 9 * 1024;
export const TOTAL_QUOTA = 500 * 1024;

/** Bytes of a string in UTF-8, as the quotas count them (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Kindly's settings and memory in the rep's UserProperties, one property per key, each value
 * as JSON. Changes wait for save(), which checks the quotas first and writes all or nothing:
 * a value over 9 KB, or a store over 500 KB, is refused with a HostError and nothing is written.
 */
export class PropertiesStore implements SettingsStore {
  private readonly pending = new Map<string, string | null>();
  /** Why the last save was refused, if it was (an Apps Script handler cannot wait to be told). */
  failure: Error | null = null;

  constructor(private readonly properties: PropertiesApi) {}

  get(key: string): unknown {
    const raw = this.pending.has(key) ? this.pending.get(key)! : this.properties.getProperty(key);
    if (raw === null || raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      // Not JSON (written by hand, or cut short): the reader gets the text and judges it.
      return raw;
    }
  }

  set(key: string, value: unknown): void {
    this.pending.set(key, JSON.stringify(value));
  }

  remove(key: string): void {
    this.pending.set(key, null);
  }

  /** Writes at once, before it returns: Apps Script does not wait for a promise. */
  save(): Promise<void> {
    const failure = this.flush();
    return failure ? Promise.reject(failure) : Promise.resolve();
  }

  /** Writes the pending changes; returns why Gmail refused them (nothing written), else null. */
  flush(): Error | null {
    try {
      this.write();
      this.failure = null;
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
    }
    this.pending.clear();
    return this.failure;
  }

  private write(): void {
    const after = { ...this.properties.getProperties() };
    for (const [key, value] of this.pending) {
      if (value === null) delete after[key];
      else if (utf8Length(key) + utf8Length(value) > VALUE_QUOTA)
        throw HostError.worded({
          problem: "hostGmailValueQuota",
          operation: "doSaveSettings",
          detail: key,
        });
      else after[key] = value;
    }
    const total = Object.entries(after).reduce(
      (n, [key, value]) => n + utf8Length(key) + utf8Length(value),
      0
    );
    if (total > TOTAL_QUOTA)
      throw HostError.worded({ problem: "hostGmailTotalQuota", operation: "doSaveSettings" });
    for (const [key, value] of this.pending) {
      if (value === null) this.properties.deleteProperty(key);
      else this.properties.setProperty(key, value);
    }
  }
}
