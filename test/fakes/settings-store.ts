import { HostError, type SettingsStore } from "../../src/hosts/mailhost";

/**
 * Roaming settings as the simulator keeps them: one map that `get` reads and `set` changes,
 * written out whole on each save (here to `writes`). `refuse` makes the next saves fail, as
 * a host that is offline would.
 */
export class FakeSettings implements SettingsStore {
  values: Record<string, unknown>;
  /** What each save wrote, oldest first. */
  writes: Array<Record<string, unknown>> = [];
  refuse = false;
  private readonly initial: string;

  constructor(initial: Record<string, unknown> = {}) {
    this.values = structuredClone(initial);
    this.initial = JSON.stringify(initial);
  }
  get(key: string): unknown {
    return this.values[key];
  }
  set(key: string, value: unknown): void {
    this.values[key] = value;
  }
  remove(key: string): void {
    delete this.values[key];
  }
  async save(): Promise<void> {
    await Promise.resolve(); // the host answers later, as saveAsync does
    if (this.refuse) throw new HostError("Outlook could not save your settings.");
    this.writes.push(structuredClone(this.values));
  }
  /** The stored JSON: what the last save wrote, else what the store started with. */
  get saved(): string {
    const last = this.writes.at(-1);
    return last ? JSON.stringify(last) : this.initial;
  }
  get saves(): number {
    return this.writes.length;
  }
  /** What a pane opened after this save would read. */
  reopened(): FakeSettings {
    return new FakeSettings(JSON.parse(this.saved) as Record<string, unknown>);
  }
}
