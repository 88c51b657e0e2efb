import type { CalendarDate } from "../core/dates";
import { ChaseMemory, type DecodedMemory } from "../core/policy/memory";
import type { SettingsStore } from "./mailhost";
import { MEMORY_BUDGET } from "./preferences";

export { MEMORY_BUDGET };

/*
 * The chase memory in the host's roaming settings (PRODUCT.md §7): one key, one compact
 * string, merged with whatever is stored at each save and pruned to a budget. A cache:
 * the mailbox stays the record, so a memory that cannot be saved is shown to the rep with
 * a retry, never held back as the only copy of anything.
 */

/** The roaming setting that holds the chase memory. */
export const MEMORY_KEY = "kindly.memory";

/** Options for saveMemory. */
export interface SaveOptions {
  /**
   * The most characters the stored memory may take: by default MEMORY_BUDGET, its share of
   * Outlook's 32 KB (preferences.ts shares it out). The encoding is ASCII with nothing JSON
   * escapes, so characters are bytes as stored.
   */
  budget?: number;
}

/** The memory as stored now, with a warning for the rep when part of it was unreadable; throws as settings.get does. */
export function loadMemory(settings: SettingsStore): DecodedMemory {
  return ChaseMemory.decode(settings.get(MEMORY_KEY));
}

/**
 * Saves the memory merged with what is stored now (another pane may have saved since we
 * loaded; Outlook shows us only what this pane's copy of the settings holds), pruned to
 * the budget. Resolves to what was saved, with any warning from reading the stored value.
 * Rejects as settings.save() does, leaving the setting as it was; `memory` is never changed.
 *
 * A memory a newer Kindly saved is left as it is, not replaced by what this version can
 * keep: it resolves to this memory, unsaved, with the "newer" warning (the mailbox still
 * has the chase). Anything else unreadable is replaced; whatever could be read is kept.
 */
export async function saveMemory(
  settings: SettingsStore,
  memory: ChaseMemory,
  options: SaveOptions = {}
): Promise<DecodedMemory> {
  const previous = settings.get(MEMORY_KEY);
  const stored = ChaseMemory.decode(previous);
  if (stored.warning === "newer") {
    // A copy, so that `memory` stays the caller's own.
    return { memory: memory.merge(new ChaseMemory()), warning: stored.warning };
  }
  const merged = stored.memory.merge(memory);
  merged.prune(options.budget ?? MEMORY_BUDGET);
  const encoded = merged.encode();
  settings.set(MEMORY_KEY, encoded);
  try {
    await settings.save();
  } catch (error) {
    restore(settings, previous, encoded);
    throw error;
  }
  return { memory: merged, warning: stored.warning };
}

/** Remembers a chase sent on a day for a conversation, and saves. */
export function rememberChase(
  settings: SettingsStore,
  conversationId: string,
  date: CalendarDate,
  options: SaveOptions = {}
): Promise<DecodedMemory> {
  const memory = new ChaseMemory();
  memory.recordChase(conversationId, date);
  // saveMemory merges with what is stored, so a memory of this one chase is enough.
  return saveMemory(settings, memory, options);
}

/** Remembers that the rep chose "Chase anyway" on a day for a conversation, and saves. */
export function rememberOverride(
  settings: SettingsStore,
  conversationId: string,
  date: CalendarDate,
  options: SaveOptions = {}
): Promise<DecodedMemory> {
  const memory = new ChaseMemory();
  memory.recordOverride(conversationId, date);
  return saveMemory(settings, memory, options);
}

/** Forgets the rep's "Chase anyway" for a conversation, and saves. */
export function forgetOverride(
  settings: SettingsStore,
  conversationId: string
): Promise<DecodedMemory> {
  // Clearing needs the override as stored, so that the cleared state outranks it in the merge.
  const { memory } = loadMemory(settings);
  memory.clearOverride(conversationId);
  return saveMemory(settings, memory);
}

/** Puts back the value a refused save replaced, unless another pane has set a newer one since. */
function restore(settings: SettingsStore, previous: unknown, ours: string): void {
  try {
    if (settings.get(MEMORY_KEY) !== ours) return;
    if (previous === undefined) settings.remove(MEMORY_KEY);
    else settings.set(MEMORY_KEY, previous);
  } catch {
    // The host refused the save already; its error is the one the rep should see.
  }
}
