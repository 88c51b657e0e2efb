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

  it("has one pane button on the read surface and one on the compose surface", () => {
    const points = all("ExtensionPoint").map((e) => e.getAttribute("xsi:type"));
    expect(points).toEqual(
      expect.arrayContaining(["MessageReadCommandSurface", "MessageComposeCommandSurface"])
    );
    for (const surface of ["MessageReadCommandSurface", "MessageComposeCommandSurface"]) {
      const point = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === surface)!;
      const actions = Array.from(point.getElementsByTagNameNS("*", "Action"));
      expect(actions.map((a) => a.getAttribute("xsi:type"))).toEqual(["ShowTaskpane"]);
    }
  });

  it("defines every resource it refers to", () => {
    const defined = new Set(
      all("*")
        .map((e) => e.getAttribute("id"))
        .filter(Boolean)
    );
    const used = all("*")
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => Boolean(r));
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
  });

  it("translates every user-facing string into Simplified and Traditional Chinese", () => {
    const strings = [...all("DisplayName"), ...all("Description"), ...all("String")].filter((s) =>
      s.hasAttribute("DefaultValue")
    );
    expect(strings.length).toBe(6);
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
