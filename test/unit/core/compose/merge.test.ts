import { coverage, mergeLibraries } from "../../../../src/core/compose/merge";
import { compose } from "../../../../src/core/compose/render";
import { ALL_SLOTS } from "../../../../src/core/compose/slots";
import type { LibraryFile, Paragraph } from "../../../../src/core/compose/types";
import { fullLibrary, request, without } from "./build";

const team = (...paragraphs: Paragraph[]): LibraryFile => ({ lang: "en", paragraphs });
const textOf = (library: LibraryFile, id: string) =>
  library.paragraphs.find((p) => p.id === id)?.text;

describe("mergeLibraries", () => {
  it("replaces a paragraph with the same id, in its place", () => {
    const base = fullLibrary();
    const merged = mergeLibraries(base, team({ id: "help", kind: "help", text: "Our help" }));
    expect(merged.paragraphs.map(({ id }) => id)).toEqual(base.paragraphs.map(({ id }) => id));
    expect(textOf(merged, "help")).toBe("Our help");
  });

  it("adds a paragraph with a new id", () => {
    const base = without(fullLibrary(), "help");
    const merged = mergeLibraries(base, team({ id: "acme.help", kind: "help", text: "Our help" }));
    expect(merged.paragraphs).toHaveLength(base.paragraphs.length + 1);
    expect(merged.paragraphs.at(-1)?.id).toBe("acme.help");
  });

  it("lets a new id for a filled slot replace the paragraph there", () => {
    const closing: Paragraph = { id: "acme.closing", kind: "closing", text: "Cheers, {repName}" };
    const merged = mergeLibraries(fullLibrary(), team(closing));
    expect(merged.paragraphs.filter(({ kind }) => kind === "closing")).toEqual([closing]);
    expect(compose(request(), merged).paragraphs.at(-1)?.text).toBe("Cheers, Lin Wei");
  });

  it("applies team files in order, the last one winning", () => {
    const merged = mergeLibraries(
      fullLibrary(),
      team({ id: "help", kind: "help", text: "One" }),
      team({ id: "help", kind: "help", text: "Two" })
    );
    expect(textOf(merged, "help")).toBe("Two");
  });

  it("skips team files for another language", () => {
    const base = fullLibrary();
    const merged = mergeLibraries(base, {
      lang: "fr",
      paragraphs: [{ id: "help", kind: "help", text: "Aide" }],
    });
    expect(merged).toEqual(base);
  });

  it("leaves its inputs as they were", () => {
    const base = fullLibrary();
    const before = JSON.stringify(base);
    mergeLibraries(base, team({ id: "help", kind: "help", text: "Ours" }));
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe("coverage", () => {
  it("finds nothing missing in a complete library", () => {
    expect(coverage(fullLibrary())).toEqual([]);
  });

  it("lists every slot of an empty library, in reminder order", () => {
    expect(coverage({ lang: "en", paragraphs: [] }).map(({ key }) => key)).toEqual([
      "opening.first",
      "opening.later",
      "order_reference",
      "understanding.middleman",
      "understanding.cash_flow",
      "understanding.exchange_rate",
      "understanding.competitor",
      "understanding.away",
      "understanding.unknown",
      "lever.production.gentle",
      "lever.production.firm",
      "lever.price_validity.gentle",
      "lever.price_validity.firm",
      "lever.effort.gentle",
      "lever.effort.firm",
      "ask.date",
      "ask.slip",
      "help",
      "closing",
    ]);
    expect(ALL_SLOTS).toHaveLength(19);
  });

  it("names the conditions of a missing slot", () => {
    const missing = coverage(without(fullLibrary(), "lever.effort.firm", "understanding.unknown"));
    expect(missing).toEqual([
      { key: "understanding.unknown", kind: "understanding", reason: "unknown" },
      { key: "lever.effort.firm", kind: "lever", lever: "effort", strength: "firm" },
    ]);
  });

  it("goes by slot, not by id", () => {
    const renamed = fullLibrary();
    renamed.paragraphs = renamed.paragraphs.map((p) => ({ ...p, id: `acme.${p.id}` }));
    expect(coverage(renamed)).toEqual([]);
  });
});
