import fs from "fs";
import path from "path";
import { cueIndex, cuePatterns } from "../../../../src/core/reasons/cue-patterns";
import { compile, findAll, indexPatterns, matcherFrom } from "../../../../src/core/reasons/match";

const SHIPPED = path.join(__dirname, "../../../../src/core/reasons/cue-index.json");
/** The index key of a literal's first two letters, as match.ts files it. */
const key = (s: string) => String(s.charCodeAt(0) * 0x10000 + s.charCodeAt(1));

describe("the cue index", () => {
  it("ships the index of the cue tables as they are (run `npm run index:data` after editing them)", () => {
    const shipped = JSON.parse(fs.readFileSync(SHIPPED, "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(cueIndex())));
  });

  it("survives JSON: a matcher read from the stored index finds what a freshly compiled one finds", () => {
    const patterns = cuePatterns();
    const fresh = compile(patterns);
    const stored = matcherFrom(JSON.parse(JSON.stringify(indexPatterns(patterns))));
    for (const text of [
      "our customer in lagos has not paid us yet, so we cannot pay you",
      "el dólar subió mucho esta semana y esperamos a que baje",
      "我们的客户还没有付款给我们",
      "المدير في إجازة حتى الأسبوع القادم",
      "наш клиент ещё не оплатил",
    ]) {
      const hits = findAll(fresh, text);
      expect(hits.length).toBeGreaterThan(0);
      expect(findAll(stored, text)).toEqual(hits);
    }
  });

  it("files each first alternative under its first two folded letters, longest first", () => {
    const data = indexPatterns([
      { pattern: "our customer|our customers", tag: "a" },
      { pattern: "Ölpreis … gestiegen", tag: "b" },
      { pattern: "客户", tag: "c" },
    ]);
    expect(data.word[key("ou")]).toBe("0,wour customers\n0,wour customer");
    expect(data.word[key("ol")]).toBe("1,wolpreis");
    // Later parts are stored folded and encoded as first parts are, so no pane folds them.
    expect(data.patterns[1]).toEqual([1, "wgestiegen"]);
    expect(data.free[key("客户")]).toBe("2,n客户");
    const matcher = matcherFrom(data);
    expect(findAll(matcher, "der olpreis ist stark gestiegen").map((h) => h.tag)).toEqual(["b"]);
    expect(findAll(matcher, "der olpreis ist gleich").map((h) => h.tag)).toEqual([]);
  });

  it("finds what a stored bucket holds: longest literal first, a starred word with any ending, a folded later part", () => {
    const data = indexPatterns([
      { pattern: "pay*|paid", tag: "p" },
      { pattern: "payment … Überfällig|late", tag: "q" },
    ]);
    expect(data.word[key("pa")]).toBe("1,wpayment\n0,wpaid\n0,wpay*");
    expect(data.patterns[1]).toEqual([1, "wuberfallig|wlate"]);
    const matcher = matcherFrom(data);
    const found = (text: string) => findAll(matcher, text).map((h) => [h.tag, h.start, h.end]);
    expect(found("payments were paid")).toEqual([
      ["p", 0, 8],
      ["p", 14, 18],
    ]);
    expect(found("the payment is uberfallig")).toEqual([
      ["q", 4, 25],
      ["p", 4, 11],
    ]);
    expect(found("the payment is late")).toEqual([
      ["q", 4, 19],
      ["p", 4, 11],
    ]);
    expect(found("prepay")).toEqual([]);
  });
});
