import * as path from "path";
import { run } from "./run";

const DRAFT = "Dear Omar,\n\nYou have failed to pay the deposit. Please pay now.\n";

describe("kindly tone", () => {
  it("prints each finding with its line, column, category and a softer wording", async () => {
    const result = await run(["tone", "-"], DRAFT);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const [line] = result.stdout.split("\n");
    expect(line).toMatch(/^3:1 accusation: "You have failed to pay" → try "[^"]+"$/);
  });

  it("--json gives {findings: [{start, end, category, phrase, suggestion}]}, offsets into the text", async () => {
    const result = await run(["tone", "--json", "--lang", "en"], DRAFT);
    const out = JSON.parse(result.stdout) as {
      findings: Array<{ start: number; end: number; phrase: string; category: string }>;
    };
    expect(Object.keys(out)).toEqual(["findings"]);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(["start", "end", "category", "phrase", "suggestion"]);
      expect(DRAFT.slice(f.start, f.end)).toBe(f.phrase);
    }
    expect(out.findings[0].category).toBe("accusation");
  });

  it("says so when a draft is courteous, in any buyer language", async () => {
    const courteous = "Estimado Javier, ¿nos podría indicar la fecha prevista del pago?";
    const result = await run(["tone", "--lang", "es"], courteous);
    expect(result.stdout).toBe("No words that may upset the buyer.\n");
    const json = await run(["tone", "--json"], courteous);
    expect(JSON.parse(json.stdout)).toEqual({ findings: [] });
  });

  it("reads an HTML draft as its text", async () => {
    const file = path.join(__dirname, "../../fixtures/tone-cli/draft.html");
    const result = await run(["tone", file, "--json"]);
    const out = JSON.parse(result.stdout) as {
      findings: Array<{ category: string; phrase: string }>;
    };
    expect(out.findings.map((f) => f.category)).toContain("threat");
    expect(out.findings.every((f) => !f.phrase.includes("<"))).toBe(true);
  });

  it("checks the rep's own words, as the pane does: not the quoted history, nor the disclaimer", async () => {
    const reply = [
      "",
      "Hi Omar,",
      "",
      "Could you please let me know when the balance can be arranged? Please pay now.",
      "",
      "Best regards,",
      "Amy Zhang",
      "",
      "DISCLAIMER: Any unauthorised use of this email may result in legal action.",
      "",
      "On Mon, 16 Nov 2026 at 09:12, Omar <omar@example.com> wrote:",
      "> You ignored my question. We will take legal action!!",
      "",
    ].join("\n");
    const result = await run(["tone", "--json", "--lang", "en"], reply);
    const out = JSON.parse(result.stdout) as {
      findings: Array<{ start: number; end: number; phrase: string; category: string }>;
    };
    expect(out.findings.map((f) => [f.category, f.phrase])).toEqual([["rude_pressure", "pay now"]]);
    // The offsets still point into the draft as given.
    for (const f of out.findings) expect(reply.slice(f.start, f.end)).toBe(f.phrase);
    const text = await run(["tone", "--lang", "en"], reply);
    expect(text.stdout).toMatch(/^4:71 rude pressure: "pay now" → try /);
  });

  it("checks a P.S. under the signature, with its line and column, and not the notice", async () => {
    const draft = [
      "Estimado Javier:",
      "¿Nos podría indicar la fecha del pago?",
      "",
      "Saludos cordiales,",
      "Amy",
      "",
      "P.D. Si no recibimos el pago antes del viernes, tomaremos acciones legales.",
      "",
      "AVISO DE CONFIDENCIALIDAD: este mensaje es confidencial. Su uso no autorizado dará lugar a acciones legales.",
    ].join("\n");
    const text = await run(["tone", "--lang", "es"], draft);
    expect(text.stdout).toMatch(/^7:49 threat: "tomaremos acciones legales" → try "[^"]+"\n$/);
  });

  it("refuses an unknown language, two files, or a missing file, with one line and no stack", async () => {
    const lang = await run(["tone", "--lang", "it"], DRAFT);
    expect([lang.code, lang.stderr]).toEqual([
      2,
      'kindly: --lang: "it" is not one of en, zh, es, fr, de, pt, ru, ar\n',
    ]);
    expect((await run(["tone", "a.txt", "b.txt"])).code).toBe(2);
    const missing = await run(["tone", "/nonexistent/draft.txt"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^kindly: \/nonexistent\/draft.txt: .+\n$/);
    const empty = await run(["tone"], "  \n");
    expect([empty.code, empty.stderr]).toEqual([1, "kindly: stdin: empty input\n"]);
  });
});
