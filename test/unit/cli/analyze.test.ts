import type { ThreadOutput } from "../../../src/cli/output";
import { fixture, run, THREAD_KEYS } from "./run";

const ME = ["--me", "amy.zhang@sunrisetex.com"];
const AS_OF = ["--now", "2026-11-24", "--tz", "Asia/Shanghai"];

async function analyzeJson(...inputs: string[]): Promise<ThreadOutput[]> {
  const result = await run(["analyze", ...inputs, ...ME, ...AS_OF, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ThreadOutput[];
}

describe("kindly analyze --json", () => {
  it("groups a folder of .eml and .mbox files into five threads, oldest first", async () => {
    const threads = await analyzeJson(fixture("threads"));
    expect(threads.map((t) => [t.messages.length, t.messages[0].sentAt])).toEqual([
      [2, "2026-10-26T03:00:00.000Z"], // Textil-Torg balance: Ответ: reply by In-Reply-To
      [1, "2026-10-27T02:00:00.000Z"], // Textil-Torg documents: another subject, another thread
      [5, "2026-11-02T01:15:00.000Z"], // Al Waha: chain, auto-reply, and a reply from the phone (RE:, no References)
      [3, "2026-11-05T08:40:00.000Z"], // Müller: AW: and AW: AW:, no References
      [2, "2026-11-10T01:00:00.000Z"], // Yuefeng: HTML-only chase, 回复： reply
    ]);
  });

  it("prints each thread as {subject, messages, facts, reason, decision} with the documented message fields", async () => {
    const [thread] = await analyzeJson(fixture("threads", "yuefeng"));
    expect(Object.keys(thread)).toEqual(THREAD_KEYS);
    expect(thread.subject).toMatch(/PI SR-2611-051 定金$/);
    expect(thread.facts).toEqual(expect.any(Object));
    // Sender, date and side are the CLI's reading of the files; kind and the rest are the core's.
    const nullableDate = (value: unknown): boolean =>
      value === null || /^\d{4}-\d{2}-\d{2}$/.test(String(value));
    for (const m of thread.messages) {
      expect(Object.keys(m)).toEqual([
        "from",
        "sentAt",
        "side",
        "kind",
        "autoReply",
        "returnDate",
        "promisedDate",
      ]);
      expect(["chase", "reply", "auto-reply", "other"]).toContain(m.kind);
      expect(typeof m.autoReply).toBe("boolean");
      expect(nullableDate(m.returnDate) && nullableDate(m.promisedDate)).toBe(true);
    }
    expect(thread.messages.map((m) => [m.from, m.sentAt, m.side])).toEqual([
      ["Amy Zhang <amy.zhang@sunrisetex.com>", "2026-11-10T01:00:00.000Z", "ours"],
      ["陈丽 <lily.chen@yuefeng-trading.com.hk>", "2026-11-11T07:45:00.000Z", "buyer"],
    ]);
  });

  it("decides for each thread: the buyer wrote last, or no chase yet", async () => {
    const threads = await analyzeJson(fixture("threads"));
    expect(threads.map((t) => [t.decision.status, t.decision.k])).toEqual([
      ["respond", 0], // Иван answered the chase
      ["ok", 0], // the documents were not a chase
      ["respond", 0], // Omar wrote on 23 Nov, after his auto-reply
      ["respond", 0],
      ["respond", 0],
    ]);
    expect(threads[2].decision.why).toBe(
      "The buyer wrote last, on Mon 23 Nov: answering them is not chasing."
    );
  });

  it("says why each buyer is late, with the sentence that says so", async () => {
    const threads = await analyzeJson(fixture("threads"));
    expect(threads.map((t) => t.reason.label)).toEqual([
      "middleman", // Иван waits for his client's money
      "unknown", // no buyer message
      "middleman", // Omar: "My customer has not paid me yet"
      "middleman", // Müller: "sobald unser Kunde bezahlt hat"
      "unknown", // 陈丽 promises a date, gives no reason
    ]);
    expect(threads[2].reason.evidence).toEqual([
      "My customer has not paid me yet, I will send the deposit as soon as his payment arrives.",
    ]);
    expect(threads[2].reason.confidence).toBeGreaterThan(0.5);
    expect(threads[1].reason).toEqual({
      label: "unknown",
      confidence: expect.any(Number),
      evidence: [],
    });
  });

  it("says the language each buyer writes in, null where no buyer wrote", async () => {
    const threads = await analyzeJson(fixture("threads"));
    expect(threads.map((t) => t.buyerLanguage)).toEqual(["ru", null, "en", "de", "zh"]);
  });

  it("counts business days in the buyer's country, which --country sets by domain or address", async () => {
    // Amy chased Yuefeng (Hong Kong) on Tue 10 Nov; as of that evening, k = 1 and the gap is 3.
    const asOf = ["--now", "2026-11-10", "--tz", "Asia/Shanghai"];
    const decision = async (...extra: string[]) => {
      const result = await run([
        "analyze",
        fixture("threads", "yuefeng"),
        ...ME,
        ...asOf,
        "--json",
        ...extra,
      ]);
      expect(result.stderr).toBe("");
      return (JSON.parse(result.stdout) as ThreadOutput[])[0].decision;
    };
    expect(await decision()).toEqual({
      status: "too-soon",
      earliest: "2026-11-13", // Wed, Thu, Fri
      k: 1,
      gap: 3,
      why: "You chased on Tue 10 Nov with no reply; after 1 unanswered chase Kindly waits 3 business days; Hong Kong SAR China's weekend and holidays counted.",
    });
    // A Friday–Saturday weekend: Wed, Thu, then Sun 15 Nov.
    expect((await decision("--country", "yuefeng-trading.com.hk=SA")).earliest).toBe("2026-11-15");
    expect((await decision("--country", "Lily.Chen@yuefeng-trading.com.hk=il")).why).toContain(
      "Israel's weekend and holidays counted"
    );
  });

  it("pretty-prints a JSON array with two spaces", async () => {
    const result = await run(["analyze", fixture("threads", "mueller"), ...ME, ...AS_OF, "--json"]);
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
    expect(result.stdout.startsWith('[\n  {\n    "subject"')).toBe(true);
  });

  it("treats --alias addresses as ours", async () => {
    // Katrin as an alias makes her reply one of ours (and no longer a buyer to thread by).
    const katrinsSides = (threads: ThreadOutput[]) =>
      threads
        .flatMap((t) => t.messages)
        .filter((m) => m.from?.includes("k.mueller@mueller-heimtex.de"))
        .map((m) => m.side);
    expect(katrinsSides(await analyzeJson(fixture("threads", "mueller")))).toEqual(["buyer"]);
    const withAlias = await analyzeJson(
      fixture("threads", "mueller"),
      "--alias",
      "k.mueller@mueller-heimtex.de"
    );
    expect(katrinsSides(withAlias)).toEqual(["ours"]);
  });

  it("counts the same message given twice once", async () => {
    const file = fixture("threads", "alwaha", "03-chase.eml");
    const threads = await analyzeJson(file, file);
    expect(threads.map((t) => t.messages.length)).toEqual([1]);
  });
});

describe("kindly analyze (summary)", () => {
  it("prints a header and one block per thread", async () => {
    const result = await run(["analyze", fixture("threads", "textil-torg.mbox"), ...ME, ...AS_OF]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("2 threads, as of 2026-11-24 (Asia/Shanghai)");
    expect(result.stdout).toMatch(
      /\(2 messages\)\n {2}2026-10-26 {2}ours {3}\S+ +Amy Zhang <amy.zhang@sunrisetex.com>\n/
    );
    expect(result.stdout).toContain("  2026-10-29  buyer  ");
    expect(result.stdout).toContain("Иван Петров <i.petrov@textil-torg.ru>");
    expect(result.stdout).toContain("Shipping documents SR-2610-098 (1 message)");
  });

  it("defaults --now to today and --tz to the machine's zone", async () => {
    const result = await run(["analyze", fixture("threads", "mueller"), ...ME]);
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(result.stdout.split("\n")[0]).toMatch(
      new RegExp(`^1 thread, as of 2026-11-2[345] \\(${tz.replace("/", "\\/")}\\)$`)
    );
  });
});

describe("kindly analyze errors", () => {
  it.each([
    ["bad/empty.eml", "empty file"],
    ["bad/logo.png", "not an email (binary data)"],
    ["bad/order.json", "not an email (no mail headers)"],
    ["bad/notes.txt", "not an email (no mail headers)"],
    [
      "bad/unknown-charset.eml",
      "unreadable text (charset x-mystery-8bit): the body does not decode",
    ],
    ["no-mail", "no .eml, .mbox or .mbx files in this folder"],
    ["missing.eml", "no such file or folder"],
  ])("%s: one line on stderr, exit 1", async (name, problem) => {
    expect(await run(["analyze", fixture(name), ...ME, ...AS_OF])).toEqual({
      code: 1,
      stdout: "",
      stderr: `kindly: ${fixture(name)}: ${problem}\n`,
    });
  });

  it("stops at the first bad file even after good ones", async () => {
    const result = await run([
      "analyze",
      fixture("threads", "mueller"),
      fixture("bad", "order.json"),
      ...ME,
    ]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      1,
      "",
      `kindly: ${fixture("bad", "order.json")}: not an email (no mail headers)\n`,
    ]);
  });

  it.each([
    [["analyze", "x.eml"], "analyze needs --me <your address>"],
    [
      ["analyze", "--me", "amy.zhang@sunrisetex.com"],
      "analyze needs at least one .eml or .mbox file, or a folder",
    ],
    [["analyze", "x.eml", "--me", "amy"], '"amy" is not an email address'],
    [["analyze", "x.eml", ...ME, "--alias", "sales"], '"sales" is not an email address'],
    [
      ["analyze", "x.eml", ...ME, "--tz", "Mars/Olympus"],
      '--tz: unknown time zone "Mars/Olympus" (use an IANA name such as Asia/Shanghai)',
    ],
    [
      ["analyze", "x.eml", ...ME, "--now", "2026-02-30"],
      '--now: "2026-02-30" is not a date (use YYYY-MM-DD)',
    ],
    [
      ["analyze", "x.eml", ...ME, "--country", "alwaha-trading.ae"],
      '--country: "alwaha-trading.ae" is not <domain>=<ISO country code> (for example alwaha-trading.ae=SA)',
    ],
    [
      ["analyze", "x.eml", ...ME, "--country", "alwaha-trading.ae=QQ"],
      '--country: "alwaha-trading.ae=QQ" is not <domain>=<ISO country code> (for example alwaha-trading.ae=SA)',
    ],
    [["analyze", "x.eml", ...ME, "--verbose"], "unknown option --verbose for analyze"],
    [["analyze", "x.eml", "--me"], "--me needs a value"],
  ])("%j: one-line usage error, exit 2", async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: "", stderr: `kindly: ${message}\n` });
  });
});

describe("kindly analyze on a machine whose time zone cannot be told", () => {
  // What Node's Intl gives for TZ=":/etc/localtime" (undefined) and TZ="" ("Etc/Unknown").
  it.each([undefined, "Etc/Unknown"])("(Intl says %j) asks for --tz, exit 2", async (zone) => {
    const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
    const spy = jest
      .spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions")
      .mockImplementation(function (this: Intl.DateTimeFormat) {
        return { ...resolved.call(this), timeZone: zone as string };
      });
    try {
      expect(await run(["analyze", fixture("threads", "mueller"), ...ME])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "kindly: the machine's time zone cannot be told (check TZ): pass --tz <IANA zone>, such as --tz Asia/Shanghai\n",
      });
      const given = await run(["analyze", fixture("threads", "mueller"), ...ME, ...AS_OF]);
      expect([given.code, given.stderr]).toEqual([0, ""]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("kindly help and unknown commands", () => {
  it.each([
    [[]],
    [["help"]],
    [["--help"]],
    [["-h"]],
    [["split", "--help"]],
    [["analyze", "--help"]],
  ])("%j prints the usage", async (argv) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("kindly split [file|-] [--json]");
    expect(result.stdout).toContain("kindly split --batch");
    expect(result.stdout).toContain(
      "kindly analyze <file.eml | file.mbox | folder>... --me <address>"
    );
  });

  it.each([
    [["chase"], 'unknown command "chase" (try kindly --help)'],
    [["--version"], "unknown option --version"],
    [["split", "--html"], "unknown option --html for split"],
  ])("%j: one-line error, exit 2", async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: "", stderr: `kindly: ${message}\n` });
  });
});
