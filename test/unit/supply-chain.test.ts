/**
 * @jest-environment jsdom
 */
import fs from "node:fs";
import path from "node:path";
import { OFFICE_JS_URL, startHost } from "../../src/taskpane/start-host";

const { manifestFor } = require("../../scripts/manifest-urls.cjs");

/*
 * What Kindly asks of the rep's mailbox, and what code it runs that is not its own: the
 * narrowest Outlook permission and Gmail scopes, Office.js from Microsoft as the only remote
 * script, and dependencies from the npm registry by version, checked by hash.
 */

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** Files under `dir` (relative to the root) whose names end in one of `exts`. */
function filesUnder(dir: string, exts: string[]): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => exts.some((ext) => name.endsWith(ext)))
    .map((name) => path.join(dir, name).split(path.sep).join("/"));
}

const HTML = filesUnder("src", [".html"]);
const CODE = [
  ...filesUnder("src", [".ts", ".tsx", ".js", ".mjs", ".cjs"]),
  // The build writes the pages: nothing may add a script tag there either.
  "webpack.config.js",
  "webpack.gmail.config.js",
];
/** Sample messages written to attack the pane, as data (the e2e tests show they stay inert). */
const HOSTILE_SAMPLES = "src/hosts/simulator/hostile.ts";
/** The one place that loads a script: Office.js, in Outlook. */
const START_HOST = "src/taskpane/start-host.ts";

describe("what Kindly asks of the mailbox", () => {
  const permissions = (xml: string) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return Array.from(doc.getElementsByTagNameNS("*", "Permissions")).map((e) => e.textContent);
  };

  it("in Outlook: ReadWriteItem, in the manifest as written and as built for an organisation", () => {
    const xml = read("manifest.xml");
    const built = manifestFor(xml, "https://addins.example.com/kindly/") as string;
    for (const manifest of [xml, built]) {
      expect(permissions(manifest)).toEqual(["ReadWriteItem"]);
      expect(manifest).not.toMatch(/ReadWriteMailbox|ExtendedPermission/);
    }
  });

  it("in Gmail: its five scopes, and no others", () => {
    const project = JSON.parse(read("src/hosts/gmail/appsscript.json")) as {
      oauthScopes: string[];
    };
    expect([...project.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
      "https://www.googleapis.com/auth/gmail.addons.current.message.readonly",
      "https://www.googleapis.com/auth/gmail.addons.execute",
      "https://www.googleapis.com/auth/script.locale",
      "https://www.googleapis.com/auth/script.storage",
    ]);
  });
});

/** What in a page would load a script from another site: a remote address but Office.js's, a policy allowing one. */
function pageProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [, attribute, value] of html.matchAll(/\b(src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
    // Pages link only to their own files, and to Office.js.
    const remote = /^([a-z][\w+.-]*:|\/\/)/i.test(value);
    if (remote && !(attribute === "src" && value === OFFICE_JS_URL))
      problems.push(`${attribute}=${value}`);
  }
  // A page's own policy, where it has one, lets no other site's script run either.
  const policy = /Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (policy !== undefined) {
    const directive = (name: string) =>
      new RegExp(String.raw`(?:^|;)\s*${name}\s+([^;]*)`)
        .exec(policy)?.[1]
        .trim()
        .replace(/\s+/g, " ");
    const scripts = directive("script-src") ?? directive("default-src") ?? "anything";
    if (!["'self'", "'self' https://appsforoffice.microsoft.com"].includes(scripts))
      problems.push(`scripts from ${scripts}`);
  }
  return problems;
}

/** What in a file of code would import or inject a script from another site. */
function codeProblems(file: string, code: string): string[] {
  const remote = String.raw`["'\x60](?:https?:)?//`;
  const patterns: Array<[string, RegExp]> = [
    ["import() of a URL", new RegExp(String.raw`\bimport\(\s*(?:/\*[\s\S]*?\*/\s*)?${remote}`)],
    ["import from a URL", new RegExp(String.raw`\b(?:from|import)\s+${remote}`)],
    ["require() of a URL", new RegExp(String.raw`\brequire\(\s*${remote}`)],
    ["importScripts()", /\bimportScripts\s*\(/],
    ["a worker from a URL", new RegExp(String.raw`\bnew\s+(?:Shared)?Worker\(\s*${remote}`)],
  ];
  if (file !== HOSTILE_SAMPLES) {
    patterns.push([
      "a script tag with a remote src",
      /<script\b[^>]*\bsrc\s*=\s*["'{`]*(?:https?:)?\/\//i,
    ]);
  }
  const problems = patterns.filter(([, pattern]) => pattern.test(code)).map(([what]) => what);
  // Only the loader in start-host.ts makes script elements, and it is given only Office.js.
  if (/createElement\(\s*["'`]script["'`]\s*\)/i.test(code) && file !== START_HOST)
    problems.push("a script element");
  for (const [, argument] of code.matchAll(/\bloadScript\(([^)]*)\)/g)) {
    if (!["OFFICE_JS_URL", "src: string"].includes(argument.trim()))
      problems.push(`loadScript(${argument})`);
  }
  // The address of a script anywhere in code: only Office.js's.
  for (const [url] of code.matchAll(/https?:\/\/[^\s"'`)]+?\.[mc]?js(?=[?#"'`\s)]|$)/g)) {
    if (url !== OFFICE_JS_URL) problems.push(url);
  }
  return problems;
}

describe("remote scripts", () => {
  it("Office.js comes from Microsoft's CDN, over https", () => {
    expect(OFFICE_JS_URL).toMatch(
      /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/
    );
  });

  it.each(HTML)(
    "%s loads no remote script but Office.js, and its policy (if any) allows no other",
    (file) => {
      expect(pageProblems(read(file))).toEqual([]);
    }
  );

  it("no code imports or injects a script from another site", () => {
    const found = CODE.map((file) => [file, codeProblems(file, read(file))] as const).filter(
      ([, problems]) => problems.length
    );
    expect(CODE).toContain(START_HOST);
    expect(Object.fromEntries(found)).toEqual({});
  });

  it("the checks find a remote script where there is one", () => {
    const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com" />`;
    expect(pageProblems(`${policy}<script src="${OFFICE_JS_URL}"></script>`)).toEqual([]);
    expect(pageProblems(`${policy}<script src="https://cdn.example.com/x.js"></script>`)).toEqual([
      "src=https://cdn.example.com/x.js",
    ]);
    expect(
      pageProblems(`${policy}<link rel="modulepreload" href="//cdn.example.com/x.mjs">`)
    ).toHaveLength(1);
    expect(
      pageProblems(policy.replace("script-src 'self'", "script-src 'self' https:"))
    ).toHaveLength(1);
    expect(pageProblems(policy.replace(/; script-src[^"]*/, ""))).toEqual([]);
    expect(
      pageProblems(`<meta http-equiv="Content-Security-Policy" content="img-src 'self'">`)
    ).toEqual(["scripts from anything"]);
    for (const code of [
      'await import("https://cdn.example.com/x.js");',
      "await import(/* webpackIgnore: true */ `https://cdn.example.com/${name}`);",
      'import widget from "https://cdn.example.com/widget.mjs";',
      'const s = document.createElement("script");',
      'loadScript("https://cdn.example.com/x.js");',
      'el.innerHTML = `<script src="https://cdn.example.com/x"></script>`;',
      'new Worker("//cdn.example.com/worker");',
      'const url = "http://cdn.example.com/lib.cjs?v=2";',
    ]) {
      expect([code, codeProblems("src/any.ts", code).length > 0]).toEqual([code, true]);
    }
  });

  /** What the pane started as with `search` (if it has within half a second), and the scripts the page then holds. */
  async function start(search: string) {
    document.head.innerHTML = "";
    const started = startHost({ search } as Location).then((host) => host.name);
    const host = await Promise.race([
      started,
      new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), 500)),
    ]);
    const scripts = Array.from(document.querySelectorAll("script"), (s) => s.getAttribute("src"));
    return { host, scripts };
  }

  it("the simulator loads no Office.js at all, from the CDN or a package", async () => {
    expect(await start("?host=simulator")).toEqual({ host: "simulator", scripts: [] });
    const manifest = JSON.parse(read("package.json")) as Record<string, Record<string, string>>;
    const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    // Types only, for the compiler: nothing of Office.js is installed or bundled.
    expect(packages.filter((name) => /office-js|^@microsoft\/office/.test(name))).toEqual([
      "@types/office-js",
    ]);
    // Nor does its code fetch it (its page is checked with the others above).
    const mentions = filesUnder("src/hosts/simulator", [".ts", ".tsx"]).filter((file) =>
      /appsforoffice|["'`]@microsoft\/office-js/i.test(read(file))
    );
    expect(mentions).toEqual([]);
  });

  it("in Outlook, the pane loads Office.js and nothing else", async () => {
    // Office.js never arrives here, so the pane is still waiting for Outlook.
    expect(await start("")).toEqual({ host: "waiting", scripts: [OFFICE_JS_URL] });
  });
});

describe("dependencies", () => {
  const manifest = JSON.parse(read("package.json")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };

  it.each(Object.entries(manifest.dependencies))(
    "%s is a version from the registry, not a URL, git or a file",
    (_, version) => {
      expect(version).toMatch(/^[\^~]?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    }
  );

  it("every package the lockfile installs comes from the npm registry, checked by its hash", () => {
    const lock = JSON.parse(read("package-lock.json")) as {
      packages: Record<string, { resolved?: string; integrity?: string; link?: boolean }>;
    };
    const unchecked = Object.entries(lock.packages)
      .filter(([where]) => where !== "")
      .filter(
        ([, entry]) =>
          entry.link ||
          !/^sha512-/.test(entry.integrity ?? "") ||
          (entry.resolved !== undefined &&
            !entry.resolved.startsWith("https://registry.npmjs.org/"))
      )
      .map(([where]) => where);
    expect(unchecked).toEqual([]);
  });
});
