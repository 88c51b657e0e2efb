import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { DIST, ROOT } from "./harness";

const VALIDATE = path.resolve(ROOT, "../shared/schemas/office-addin-manifest/validate.sh");

/** A file of dist/, as text. */
const read = (file: string): string => fs.readFileSync(path.join(DIST, file), "utf8");

/** The scripts a page of dist/ loads, in the page's order. */
const scriptsOf = (page: string) =>
  [...read(page).matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);

/**
 * The module ids each chunk loaded on demand registers, by file: each is run in a sandbox whose
 * webpack chunk list keeps what is pushed. The scripts the pages name (entries, the pane's
 * packages) and the analysis worker (a file of its own by design, webpack.config.js) are left
 * out: they are not loaded on demand.
 */
function chunkModules(): Map<string, Set<string>> {
  const entries = ["taskpane.html", "commands.html", "index.html"].flatMap(scriptsOf);
  const byFile = new Map<string, Set<string>>();
  for (const file of fs.readdirSync(DIST)) {
    if (!file.endsWith(".js") || entries.includes(file) || /^kindly-analysis\./.test(file))
      continue;
    const self: { webpackChunkkindly: [unknown, Record<string, unknown>][] } = {
      webpackChunkkindly: [],
    };
    vm.runInNewContext(read(file), { self });
    const pushed = self.webpackChunkkindly;
    byFile.set(file, new Set(pushed.flatMap(([, modules]) => Object.keys(modules))));
  }
  return byFile;
}

describe("the production build in dist/", () => {
  it("has the task pane, the commands page and the simulator, each with its script", () => {
    for (const page of ["taskpane.html", "commands.html", "index.html"]) {
      const scripts = scriptsOf(page).filter((s) => !s.startsWith("http"));
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect(fs.existsSync(path.join(DIST, src))).toBe(true);
    }
  });

  it("has a manifest with production URLs that still validates", () => {
    const manifest = read("manifest.xml");
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
      expect(read(page)).not.toMatch(/<script[^>]*src="https?:/);
    }
    const commands = read("commands.html");
    const remote = [...commands.matchAll(/<script[^>]*src="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(remote).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("asks Chromium to compile the pane's packages and chunks whole as they stream in, and leaves entries alone", () => {
    const HINT = "//# allFunctionsCalledOnLoad\n";
    const hinted = (file: string) => read(file).startsWith(HINT);
    const scripts = scriptsOf("taskpane.html");
    // The packages come first (the entry runs them), then the entry, then warm-intl.js.
    expect(scripts.map((f) => f.split(".")[0])).toEqual(["vendor", "taskpane", "warm-intl"]);
    expect(scripts.filter(hinted)).toEqual([scripts[0]]);
    expect(hinted("commands.js")).toBe(false);
    const pane = fs.readdirSync(DIST).find((f) => /^first-screen\.[0-9a-f]{8}\.js$/.test(f))!;
    expect(hinted(pane)).toBe(true);
  });

  it("keeps the pane's packages out of its entry: React and Fluent UI are in the vendor file", () => {
    const scripts = scriptsOf("taskpane.html");
    const vendor = read(scripts.find((f) => f.startsWith("vendor."))!);
    const entry = read(scripts.find((f) => f.startsWith("taskpane."))!);
    // React DOM's production build and Fluent UI's provider say who they are in their errors
    // and class names; Kindly's frame names its own loading line.
    for (const mark of ["react.dev/errors", "fui-FluentProvider"]) {
      expect([mark, vendor.includes(mark)]).toEqual([mark, true]);
      expect([mark, entry.includes(mark)]).toEqual([mark, false]);
    }
    expect(entry).toContain("kindly-boot");
  });

  it("has taskpane.html ask for the first-screen chunk while it is parsed, and for no other", () => {
    const preloads = (page: string) =>
      [
        ...fs
          .readFileSync(path.join(DIST, page), "utf8")
          .matchAll(/<link[^>]*rel="preload"[^>]*>/g),
      ].map(([tag]) => [/as="([^"]+)"/.exec(tag)?.[1], /href="([^"]+)"/.exec(tag)?.[1]]);
    const pane = fs.readdirSync(DIST).find((f) => /^first-screen\.[0-9a-f]{8}\.js$/.test(f));
    expect(preloads("taskpane.html")).toEqual([["script", pane]]);
    expect(preloads("commands.html")).toEqual([]);
    expect(preloads("index.html")).toEqual([]);
    // After the packages and the entry, which run first and so are asked for first.
    const html = read("taskpane.html");
    const at = (pattern: RegExp) => html.search(pattern);
    expect(at(/<link[^>]*rel="preload"/)).toBeGreaterThan(at(/<script[^>]*src="taskpane\./));
    expect(at(/<script[^>]*src="taskpane\./)).toBeGreaterThan(at(/<script[^>]*src="vendor\./));
  });

  it("has the pane's cards and the core's analysis in one chunk, which other chunks share", () => {
    const files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(files.filter((f) => /^first-screen\./.test(f))).toHaveLength(1);
    // The names pane-chunk.ts and analysis-client.ts give their imports are merged away.
    expect(files.filter((f) => /^(pane|analysis)\./.test(f))).toEqual([]);
    // Every other chunk loaded on demand asks for it rather than carry copies of its modules.
    const modules = chunkModules();
    const first = modules.get(files.find((f) => /^first-screen\./.test(f))!)!;
    expect(first.size).toBeGreaterThan(50);
    for (const [file, ids] of modules) {
      if (ids === first) continue;
      expect([file, [...ids].filter((id) => first.has(id))]).toEqual([file, []]);
    }
  });

  describe("the send-time handler", () => {
    const bundle = () => read("commands.js");

    it("is commands.js, the fixed name the manifest gives classic Outlook, and commands.html loads it", () => {
      const local = scriptsOf("commands.html").filter((s) => !s.startsWith("http"));
      expect(local).toEqual(["commands.js"]);
      const manifest = read("manifest.xml");
      expect(manifest).toMatch(
        /<bt:Url id="[^"]+" DefaultValue="https:\/\/[^"]+\/commands\.js"\/>/
      );
    });

    it("is self-contained: it loads no chunk and imports nothing at run time", () => {
      const code = bundle();
      expect(code).not.toMatch(/\bimport\s*\(/);
      expect(code).not.toContain("importScripts");
      // webpack's chunk loading builds each chunk's address as `… + ".js"`.
      expect(code).not.toContain('".js"');
    });

    it("runs alone, with only Office around it, and lets a message that is no chase go", async () => {
      const handlers = new Map<string, (event: unknown) => void>();
      const answer = (value: unknown) => (callback: (r: unknown) => void) =>
        setTimeout(() => callback({ status: "succeeded", value }), 0);
      const item = {
        conversationId: "conv-1",
        subject: { getAsync: answer("Packing list") },
        from: { getAsync: answer({ displayName: "Amy", emailAddress: "amy@sunrisetex.com" }) },
        to: { getAsync: answer([{ displayName: "Klaus", emailAddress: "k@mueller-textil.de" }]) },
        cc: { getAsync: answer([]) },
        body: {
          getAsync: (_type: unknown, callback: (r: unknown) => void) =>
            answer("<p>Please find the packing list attached.</p>")(callback),
        },
        loadCustomPropertiesAsync: answer({ get: () => undefined }),
      };
      const Office = {
        AsyncResultStatus: { Succeeded: "succeeded" },
        CoercionType: { Text: "text", Html: "html" },
        EventType: { ItemChanged: "olkItemSelectedChanged" },
        actions: {
          associate: (name: string, f: (event: unknown) => void) => handlers.set(name, f),
        },
        onReady: () => Promise.resolve(),
        context: {
          displayLanguage: "en-US",
          requirements: { isSetSupported: () => true },
          roamingSettings: { get: () => undefined },
          mailbox: {
            item,
            userProfile: { emailAddress: "amy@sunrisetex.com", displayName: "Amy" },
          },
        },
      };
      // A failure would let the message go too, but with a warning: there must be none.
      const warnings: unknown[] = [];
      const quiet = { warn: (...args: unknown[]) => warnings.push(args), log: () => undefined };
      vm.runInNewContext(bundle(), { Office, setTimeout, clearTimeout, console: quiet });
      expect([...handlers.keys()]).toEqual(["onMessageSendHandler"]);
      const completed = await new Promise((resolve) =>
        handlers.get("onMessageSendHandler")!({ completed: resolve })
      );
      expect(completed).toEqual({ allowEvent: true });
      expect(warnings).toEqual([]);
    });
  });
});
