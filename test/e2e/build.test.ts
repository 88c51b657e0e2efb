import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DIST, ROOT } from "./harness";

const VALIDATE = path.resolve(ROOT, "../shared/schemas/office-addin-manifest/validate.sh");

describe("the production build in dist/", () => {
  it("has the task pane, the commands page and the simulator, each with its script", () => {
    for (const page of ["taskpane.html", "commands.html", "index.html"]) {
      const html = fs.readFileSync(path.join(DIST, page), "utf8");
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((s) => !s.startsWith("http"));
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect(fs.existsSync(path.join(DIST, src))).toBe(true);
    }
  });

  it("has a manifest with production URLs that still validates", () => {
    const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/[^"]+\/taskpane.html"\/>/);
    expect(() =>
      execFileSync("bash", [VALIDATE, path.join(DIST, "manifest.xml")], { stdio: "pipe" })
    ).not.toThrow();
    for (const icon of manifest.match(/assets\/icon-\d+\.png/g) ?? [])
      expect(fs.existsSync(path.join(DIST, icon))).toBe(true);
  });

  it("loads Office.js from Microsoft's CDN only on the commands page, and no other remote script", () => {
    for (const page of ["taskpane.html", "index.html"]) {
      expect(fs.readFileSync(path.join(DIST, page), "utf8")).not.toMatch(
        /<script[^>]*src="https?:/
      );
    }
    const commands = fs.readFileSync(path.join(DIST, "commands.html"), "utf8");
    const remote = [...commands.matchAll(/<script[^>]*src="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(remote).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});
