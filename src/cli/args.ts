import { usageError } from "./errors";

/** How an option takes its value: a bare flag, one value, or a value that may repeat. */
export type OptionKind = "flag" | "value" | "list";

/** The options a command accepts, by long name without the dashes. */
export type OptionSpec = Readonly<Record<string, OptionKind>>;

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  /** Single-value options; a repeated one keeps its last value. */
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

/**
 * Reads `--name`, `--name value`, `--name=value`, `--` (end of options) and
 * positionals; `-` alone is a positional (stdin). Anything else is a usage error.
 */
export function parseArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = {
    positionals: [],
    flags: new Set(),
    values: new Map(),
    lists: new Map(),
  };
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsDone || arg === "-" || !arg.startsWith("-")) {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsDone = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : "";
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!kind) throw usageError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)} for ${command}`);
    if (kind === "flag") {
      if (eq >= 0) throw usageError(`--${name} takes no value`);
      parsed.flags.add(name);
      continue;
    }
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        throw usageError(`--${name} needs a value`);
      }
      value = next;
      i++;
    }
    if (kind === "value") parsed.values.set(name, value);
    else parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), value]);
  }
  return parsed;
}
