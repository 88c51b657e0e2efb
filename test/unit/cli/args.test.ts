import { parseArgs } from "../../../src/cli/args";
import { CliError, EXIT_USAGE } from "../../../src/cli/errors";

const SPEC = { me: "value", alias: "list", json: "flag" } as const;

function usageMessage(argv: string[]): string {
  try {
    parseArgs("analyze", argv, SPEC);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT_USAGE);
    return (error as CliError).message;
  }
  throw new Error("expected a usage error");
}

describe("parseArgs", () => {
  it("reads flags, values (both spellings), repeated lists and positionals in any order", () => {
    const args = parseArgs(
      "analyze",
      [
        "a.eml",
        "--me",
        "amy.zhang@sunrisetex.com",
        "--alias=amy@sunrisetex.com",
        "--json",
        "b",
        "--alias",
        "sales@sunrisetex.com",
      ],
      SPEC
    );
    expect(args.positionals).toEqual(["a.eml", "b"]);
    expect(args.values.get("me")).toBe("amy.zhang@sunrisetex.com");
    expect(args.lists.get("alias")).toEqual(["amy@sunrisetex.com", "sales@sunrisetex.com"]);
    expect(args.flags.has("json")).toBe(true);
  });

  it("takes - as a positional (stdin) and everything after -- as positionals", () => {
    expect(parseArgs("split", ["-", "--", "--json"], SPEC).positionals).toEqual(["-", "--json"]);
  });

  it("refuses unknown options, missing values and values on flags", () => {
    expect(usageMessage(["--verbose"])).toBe("unknown option --verbose for analyze");
    expect(usageMessage(["-v"])).toBe("unknown option -v for analyze");
    expect(usageMessage(["--nope=1"])).toBe("unknown option --nope for analyze");
    expect(usageMessage(["--me"])).toBe("--me needs a value");
    expect(usageMessage(["--me", "--json"])).toBe("--me needs a value");
    expect(usageMessage(["--json=yes"])).toBe("--json takes no value");
  });

  it("does not treat inherited object keys as options", () => {
    expect(usageMessage(["--constructor"])).toBe("unknown option --constructor for analyze");
  });
});
