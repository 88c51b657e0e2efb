/**
 * @jest-environment jsdom
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const { manifestFor } = require("../../../scripts/manifest-urls.cjs");

const ROOT = path.resolve(__dirname, "../../..");
const VALIDATE = path.resolve(ROOT, "../shared/schemas/office-addin-manifest/validate.sh");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

function all(name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", name));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** The VersionOverrides layers, outermost (V1_0) first. */
function layers(): Element[] {
  return all("VersionOverrides");
}

/** Elements named `name` that belong to this layer itself, not to a VersionOverrides nested in it. */
function own(layer: Element, name: string): Element[] {
  return Array.from(layer.getElementsByTagNameNS("*", name)).filter(
    (e) => closestLayer(e) === layer
  );
}

function closestLayer(e: Element): Element | null {
  for (let p = e.parentElement; p; p = p.parentElement)
    if (p.localName === "VersionOverrides") return p;
  return null;
}

/** The URL a resource id stands for within a layer. */
function urlOf(layer: Element, resid: string | null): string | null {
  const url = own(layer, "Url").find((u) => u.getAttribute("id") === resid);
  return url?.getAttribute("DefaultValue") ?? null;
}

function mailboxVersion(layer: Element): string | null {
  const sets = own(layer, "Sets")[0];
  const set = own(layer, "Set").find((s) => s.getAttribute("Name") === "Mailbox");
  return set?.getAttribute("MinVersion") ?? sets?.getAttribute("DefaultMinVersion") ?? null;
}

export function validate(file: string): void {
  execFileSync("bash", [VALIDATE, file], { stdio: "pipe" });
}

describe("manifest.xml", () => {
  it("validates offline against Microsoft's schemas", () => {
    expect(() => validate(path.join(ROOT, "manifest.xml"))).not.toThrow();
  });

  it("asks for ReadWriteItem and nothing wider", () => {
    expect(all("Permissions").map((e) => e.textContent)).toEqual(["ReadWriteItem"]);
  });

  it("has one pane button on the read surface and one on the compose surface, in both layers", () => {
    expect(layers().map((l) => l.getAttribute("xsi:type"))).toEqual([
      "VersionOverridesV1_0",
      "VersionOverridesV1_1",
    ]);
    for (const layer of layers()) {
      for (const surface of ["MessageReadCommandSurface", "MessageComposeCommandSurface"]) {
        const points = own(layer, "ExtensionPoint").filter(
          (e) => e.getAttribute("xsi:type") === surface
        );
        expect(points).toHaveLength(1);
        const actions = Array.from(points[0].getElementsByTagNameNS("*", "Action"));
        expect(actions.map((a) => a.getAttribute("xsi:type"))).toEqual(["ShowTaskpane"]);
      }
    }
  });

  it("keeps the buttons for clients below Mailbox 1.12, and asks 1.12 only of the layer with Smart Alerts", () => {
    const [v10, v11] = layers();
    expect(mailboxVersion(v10)).toBe("1.3");
    expect(mailboxVersion(v11)).toBe("1.12");
    expect(own(v10, "Runtimes")).toEqual([]);
    expect(own(v10, "LaunchEvent")).toEqual([]);
  });

  it("defines every resource a layer refers to in that layer (a nested layer inherits nothing)", () => {
    for (const layer of layers()) {
      const defined = new Set(own(layer, "*").map((e) => e.getAttribute("id")));
      const used = own(layer, "*")
        .map((e) => e.getAttribute("resid"))
        .filter((r): r is string => Boolean(r));
      expect(used.length).toBeGreaterThan(5);
      expect(used.filter((r) => !defined.has(r))).toEqual([]);
    }
  });

  describe("the send-time check (Smart Alerts)", () => {
    const v11 = () => layers()[1];

    it("handles OnMessageSend with onMessageSendHandler, prompting the rep rather than blocking", () => {
      const events = all("LaunchEvent").filter((e) => e.hasAttribute("Type"));
      expect(events.map((e) => closestLayer(e))).toEqual([v11()]);
      expect(events.map((e) => [e.getAttribute("Type"), e.getAttribute("SendMode")])).toEqual([
        ["OnMessageSend", "PromptUser"],
      ]);
      // The name the bundle registers with Office.actions.associate.
      const name = events[0].getAttribute("FunctionName");
      const source = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
      expect(source).toContain(`Office.actions.associate("${name}"`);
    });

    it("runs in commands.html, and in classic Outlook on Windows in the bundle by its fixed name", () => {
      const runtimes = own(v11(), "Runtime");
      expect(runtimes).toHaveLength(1);
      const runtime = runtimes[0];
      expect(urlOf(v11(), runtime.getAttribute("resid"))).toBe(
        "https://localhost:3000/commands.html"
      );
      const overrides = Array.from(runtime.getElementsByTagNameNS("*", "Override"));
      expect(overrides.map((o) => o.getAttribute("type"))).toEqual(["javascript"]);
      expect(urlOf(v11(), overrides[0].getAttribute("resid"))).toBe(
        "https://localhost:3000/commands.js"
      );
      const point = own(v11(), "ExtensionPoint").find(
        (e) => e.getAttribute("xsi:type") === "LaunchEvent"
      )!;
      const source = Array.from(point.getElementsByTagNameNS("*", "SourceLocation"));
      expect(source.map((s) => s.getAttribute("resid"))).toEqual([runtime.getAttribute("resid")]);
    });
  });

  it("translates every user-facing string into Simplified and Traditional Chinese", () => {
    const strings = [...all("DisplayName"), ...all("Description"), ...all("String")].filter((s) =>
      s.hasAttribute("DefaultValue")
    );
    // Name and description, and four strings in each of the two layers.
    expect(strings.length).toBe(10);
    for (const s of strings) {
      const locales = Array.from(s.getElementsByTagNameNS("*", "Override")).map((o) =>
        o.getAttribute("Locale")
      );
      expect([s.getAttribute("id") ?? s.localName, locales.sort()]).toEqual([
        s.getAttribute("id") ?? s.localName,
        ["zh-CN", "zh-TW"],
      ]);
    }
  });

  it("has drawn icons of 16, 32, 64, 80 and 128 px, and names the ones it shows", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
    }
    const icons = xml.match(/assets\/icon-\d+\.png/g) ?? [];
    for (const icon of icons) expect(fs.existsSync(path.join(ROOT, icon))).toBe(true);
  });

  it("points at the dev server, and the production rewrite moves every address", () => {
    const urls = xml.match(/https:\/\/[^"<\s]+/g) ?? [];
    expect(urls.every((u) => u.startsWith("https://localhost:3000"))).toBe(true);
    const prod = manifestFor(xml, "https://addins.contoso.com/kindly/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://addins.contoso.com/kindly/taskpane.html"/>'
    );
    expect(prod).toContain("<AppDomain>https://addins.contoso.com</AppDomain>");
    expect(prod).toContain('DefaultValue="https://addins.contoso.com/kindly/commands.js"');
    const out = path.join(
      fs.mkdtempSync(path.join(require("node:os").tmpdir(), "kindly-")),
      "manifest.xml"
    );
    fs.writeFileSync(out, prod);
    expect(() => validate(out)).not.toThrow();
  });

  it("refuses a production address that is not https or does not end in a slash", () => {
    expect(() => manifestFor(xml, "http://addins.contoso.com/")).toThrow("KINDLY_URL");
    expect(() => manifestFor(xml, "https://addins.contoso.com/kindly")).toThrow("KINDLY_URL");
  });
});
