import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MAX_LIBRARY_CHARS } from "../../../src/core/compose";
import { run } from "./run";

const DIR = path.join(__dirname, "../../fixtures/compose");
const FACTS = ["--facts", path.join(DIR, "facts.json")];

describe("kindly compose", () => {
  it("prints the reminder for a reason and levers, from the facts", async () => {
    const result = await run([
      "compose",
      "--reason",
      "middleman",
      "--levers",
      "production",
      "--lang",
      "en",
      ...FACTS,
    ]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toMatch(/^Dear Omar Haddad,/);
    expect(result.stdout).toContain("PI SR-2611-045");
    expect(result.stdout).toContain("15 December 2026"); // the production slot
    expect(result.stdout.trimEnd()).toMatch(/Amy Zhang\nSunrise Textiles$/);
  });

  it("--json gives {html, text, missing}; a missing field is listed, never a placeholder", async () => {
    const result = await run([
      "compose",
      "--levers",
      "price_validity",
      "--lang",
      "de",
      ...FACTS,
      "--json",
    ]);
    const out = JSON.parse(result.stdout) as { html: string; text: string; missing: string[] };
    expect(Object.keys(out)).toEqual(["html", "text", "missing"]);
    expect(out.missing).toEqual(["priceValidUntil"]);
    expect(out.text).not.toMatch(/\{\w+\}/);
    expect(out.html).toMatch(/^<div dir="ltr" lang="de"><p>/);
  });

  it("writes Arabic right to left", async () => {
    const result = await run(["compose", "--lang", "ar", ...FACTS, "--json"]);
    expect(JSON.parse(result.stdout).html).toMatch(/^<div dir="rtl" lang="ar">/);
  });

  it("says on stderr what is missing in a plain-text reminder", async () => {
    const result = await run(["compose", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "kindly: missing: buyerName, repName, company, orderRef (shown as …)\n"
    );
  });

  it("merges a team's paragraphs over the built-in ones", async () => {
    const result = await run(["compose", ...FACTS, "--team", path.join(DIR, "team.json")]);
    expect(result.stdout).toContain("our desk in Dubai can send it today");
  });

  it("takes a team file holding an array of files, one per language, as the pane does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-teams-"));
    try {
      const en = JSON.parse(fs.readFileSync(path.join(DIR, "team.json"), "utf8"));
      const help = "Si una PI revisada les ayuda, nuestra oficina en Dubái la envía hoy.";
      const es = { lang: "es", paragraphs: [{ id: "help", kind: "help", text: help }] };
      const file = path.join(dir, "teams.json");
      fs.writeFileSync(file, JSON.stringify([en, es]));
      for (const [lang, said] of [
        ["en", "our desk in Dubai can send it today"],
        ["es", help],
      ]) {
        const result = await run(["compose", ...FACTS, "--lang", lang, "--team", file]);
        expect([result.code, result.stderr]).toEqual([0, ""]);
        expect(result.stdout).toContain(said);
      }
      fs.writeFileSync(file, JSON.stringify([en, { lang: "es", paragraphs: [{ id: 7 }] }]));
      const refused = await run(["compose", ...FACTS, "--team", file]);
      expect([refused.code, refused.stdout]).toEqual([1, ""]);
      expect(refused.stderr).toMatch(/^kindly: .*teams\.json \[1\]: paragraphs\[0\]/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads the facts of `kindly analyze --json` as they are", async () => {
    const facts = path.join(DIR, "analyze-facts.json");
    const result = await run(["compose", "--facts", facts, "--lang", "zh", "--json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).text).toContain("合同 HT-2611-008");
  });

  it.each([
    [
      ["compose", "--reason", "lazy"],
      '--reason: "lazy" is not one of middleman, cash_flow, exchange_rate, competitor, away, unknown',
    ],
    [
      ["compose", "--levers", "production,discount"],
      '--levers: "discount" is not one of production, price_validity, effort',
    ],
    [["compose", "--lang", "it"], '--lang: "it" is not one of en, zh, es, fr, de, pt, ru, ar'],
    [["compose", "facts.json"], "compose takes no files; use --facts <file.json>"],
  ])("%j: a usage error, exit 2", async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: "", stderr: `kindly: ${message}\n` });
  });

  it.each([
    [
      "team-bad.json",
      "--team",
      "team-bad.json: paragraphs[0].text: unknown field {salesPhone} (known: buyerName, repName, company, orderRef, amount, confirmedOn, slotDeadline, priceValidUntil)",
    ],
    ["missing.json", "--facts", "missing.json: no such file or folder"],
    [
      "team.json",
      "--facts",
      'team.json: unknown field "lang" (known: buyerName, repName, company, orderRef, amount, confirmedOn, slotDeadline, priceValidUntil)',
    ],
  ])("%s: bad input, exit 1", async (file, option, message) => {
    const result = await run(["compose", option, path.join(DIR, file)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`kindly: ${path.join(DIR, message)}\n`);
  });

  describe("refuses a team file the buyer must not get", () => {
    let tmp: string;
    beforeAll(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kindly-team-"));
    });
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    const team = (name: string, paragraphs: unknown[]) => {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, JSON.stringify({ lang: "en", paragraphs }));
      return file;
    };

    it.each([
      [
        "markup.json",
        [{ id: "closing", kind: "closing", text: "<b>Thank you!</b>\n{repName}" }],
        /markup\.json: paragraphs\[0\]\.text: markup "<b>" and "<\/b>" is not allowed/,
      ],
      [
        "clash.json",
        [{ id: "opening.first", kind: "closing", text: "Bye,\n{repName}" }],
        /clash\.json: paragraphs\[0\]\.id: "opening\.first" is the id of the built-in paragraph/,
      ],
      [
        "huge.json",
        [{ id: "closing", kind: "closing", text: "Thanks ".repeat(MAX_LIBRARY_CHARS / 5) }],
        /huge\.json: file too large \([\d,]+ characters; a paragraph file may hold at most 262,144\)/,
      ],
    ])("%s: exit 1, with what is wrong", async (name, paragraphs, message) => {
      const result = await run(["compose", ...FACTS, "--team", team(name, paragraphs)]);
      expect([result.code, result.stdout]).toEqual([1, ""]);
      expect(result.stderr).toMatch(message);
    });
  });
});
