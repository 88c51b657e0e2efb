import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { fixture } from "./run";

const ROOT = path.join(__dirname, "../../..");

/** The real binary, as a user runs it: `node bin/kindly.cjs …` over the compiled lib/. */
function kindly(
  args: string[],
  input?: string,
  env: NodeJS.ProcessEnv = process.env
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/kindly.cjs"), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the kindly binary", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "pipe" });
  }, 120000);

  it("analyzes a folder end to end", () => {
    const result = kindly([
      "analyze",
      fixture("threads"),
      "--me",
      "amy.zhang@sunrisetex.com",
      "--now",
      "2026-11-24",
      "--tz",
      "Asia/Shanghai",
      "--json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const threads = JSON.parse(result.stdout) as { subject: string; messages: unknown[] }[];
    expect(threads.map((t) => t.messages.length)).toEqual([2, 1, 5, 3, 2]);
  });

  it("reads a Date header without a zone as UTC, whatever the machine's zone", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kindly-")), "no-zone.eml");
    writeFileSync(
      file,
      "From: omar.haddad@alwaha-trading.ae\nDate: Tue, 24 Nov 2026 09:00:00\nSubject: PI 45\n\nPaid.\n"
    );
    for (const TZ of ["Asia/Shanghai", "America/New_York"]) {
      const result = kindly(
        ["analyze", file, "--me", "amy.zhang@sunrisetex.com", "--tz", "UTC", "--json"],
        undefined,
        { ...process.env, TZ }
      );
      expect(result.stderr).toBe("");
      const [thread] = JSON.parse(result.stdout) as { messages: { sentAt: string }[] }[];
      expect(thread.messages[0].sentAt).toBe("2026-11-24T09:00:00.000Z");
    }
  });

  it("asks for --tz when the machine's zone cannot be told (TZ=:/etc/localtime)", () => {
    const args = ["analyze", fixture("threads", "mueller"), "--me", "amy.zhang@sunrisetex.com"];
    const result = kindly(args, undefined, { ...process.env, TZ: ":/etc/localtime" });
    expect([result.status, result.stderr]).toEqual([
      2,
      "kindly: the machine's time zone cannot be told (check TZ): pass --tz <IANA zone>, such as --tz Asia/Shanghai\n",
    ]);
  });

  it("splits a batch from stdin", () => {
    const result = kindly(
      ["split", "--batch"],
      '{"id": "m1", "body": "Hello Amy", "format": "text"}\n'
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: "m1", quoted: [] });
  });

  it("fails with one line and a non-zero exit, never a stack trace", () => {
    const bad = kindly(["analyze", fixture("bad", "logo.png"), "--me", "amy.zhang@sunrisetex.com"]);
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([
      1,
      "",
      `kindly: ${fixture("bad", "logo.png")}: not an email (binary data)\n`,
    ]);
    const usage = kindly(["frobnicate"]);
    expect([usage.status, usage.stderr]).toEqual([
      2,
      'kindly: unknown command "frobnicate" (try kindly --help)\n',
    ]);
  });
});
