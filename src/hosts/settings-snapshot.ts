import type { SettingsStore } from "./mailhost";
import { MEMORY_KEY } from "./memory-store";
import { REASONS_KEY, SETTINGS_BUDGET_KEYS } from "./preferences";

/*
 * The analysis reads the rep's settings (the cooling-off numbers, buyers' countries, chosen
 * reasons) and the chase memory, and writes none of them. The pane runs it in a worker, which
 * cannot reach the host's settings object: it gets their values as plain data instead.
 */

/** Every roaming setting Kindly keeps: the chase memory, the chosen reasons and the rep's settings. */
export const SETTING_KEYS: readonly string[] = [MEMORY_KEY, REASONS_KEY, ...SETTINGS_BUDGET_KEYS];

/** The values Kindly's settings have now, as plain data (absent keys left out). */
export function snapshotSettings(store: SettingsStore): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = store.get(key);
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** A settings store over a snapshot, for reading: a write is a mistake in the caller, said loudly. */
export function readOnlySettings(values: Readonly<Record<string, unknown>>): SettingsStore {
  const refuse = (key: string): never => {
    throw new Error(`The analysis reads the settings and may not change them ("${key}").`);
  };
  return {
    get: (key) => (Object.hasOwn(values, key) ? values[key] : undefined),
    set: (key) => refuse(key),
    remove: (key) => refuse(key),
    save: () => Promise.reject(new Error("The analysis reads the settings and may not save them.")),
  };
}
