import fs from "fs";
import path from "path";
import { cueIndex, cuePatterns } from "../../../../src/core/reasons/cue-patterns";
import { expandGroups } from "../../../../src/core/reasons/groups";
import {
  compile,
  findAll,
  foldWithMap,
  indexPatterns,
  matcherFrom,
} from "../../../../src/core/reasons/match";

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

  it("keeps a group once, however many phrases lead into it, and finds each phrase it stands for", () => {
    const data = indexPatterns([
      { pattern: "{found|chose} {a |}{new supplier|other vendor*}", tag: "c" },
      { pattern: "waiting … {for|on} {our|my} customer", tag: "w" },
    ]);
    expect(data.word[key("fo")]).toBe("0,wfound{1}");
    expect(data.word[key("ch")]).toBe("0,wchose{1}");
    // The space before a group goes with its alternatives, so the empty article leaves none.
    expect(data.groups.slice(0, 2)).toEqual([
      " new supplier| other vendor*",
      " a{0}| new supplier| other vendor*",
    ]);
    expect(data.patterns[1]).toEqual([1, "wfor{2}|won{2}"]);
    const matcher = matcherFrom(data);
    const found = (text: string) => findAll(matcher, text).map((h) => [h.tag, h.start, h.end]);
    expect(found("we found a new supplier.")).toEqual([["c", 3, 23]]);
    expect(found("we chose other vendors")).toEqual([["c", 3, 22]]);
    expect(found("we chose another vendor")).toEqual([]);
    expect(found("we found new suppliers")).toEqual([]);
    expect(found("still waiting, for our customer")).toEqual([["w", 6, 31]]);
    expect(found("still waiting for a customer")).toEqual([]);
  });

  it("files a group's phrases apart where they would not share a boundary (words, and a '%')", () => {
    const data = indexPatterns([{ pattern: "{down|less} {than|%}", tag: "d" }]);
    expect(data.word[key("do")]).toBe("0,wdown than");
    expect(data.free[key("do")]).toBe("0,ndown %");
    const found = (text: string) => findAll(matcherFrom(data), text).map((h) => [h.start, h.end]);
    expect(found("countdown than")).toEqual([]);
    expect(found("price down %5")).toEqual([[6, 12]]);
  });

  it("refuses a group left open, or one that holds a later part", () => {
    expect(() => indexPatterns([{ pattern: "{found|chose other supplier", tag: 0 }])).toThrow(
      /not closed/
    );
    expect(() => indexPatterns([{ pattern: "{found … supplier}", tag: 0 }])).toThrow(/cannot hold/);
  });

  it("finds with the shipped groups what the phrases they stand for, written out, find", () => {
    const patterns = cuePatterns();
    const grouped = matcherFrom(cueIndex().index);
    const written = compile(patterns.map((p) => ({ ...p, pattern: expandGroups(p.pattern) })));
    const texts: string[] = [];
    for (const set of ["reasons", "reasons-dev", "reasons-dev2"]) {
      const dir = path.join(__dirname, "../../../fixtures", set);
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
        for (const reply of JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))) {
          texts.push(reply.text);
        }
      }
    }
    // And every seventh phrase of every grouped pattern, in a sentence and run on.
    patterns
      .filter((p) => p.pattern.includes("{"))
      .forEach((p, n) => {
        const [first, ...rest] = expandGroups(p.pattern)
          .replace(/\*/g, "")
          .split(" … ")
          .map((part) => part.split("|"));
        first.forEach((phrase, i) => {
          if ((i + n) % 7) return;
          const later = rest.map((part) => part[i % part.length]).join(" , ");
          texts.push(`So ${phrase} ${later}. ${phrase}s ${later}!`);
        });
      });
    expect(texts.length).toBeGreaterThan(3000);
    const hits = (matcher: typeof grouped, text: string) =>
      findAll(matcher, foldWithMap(text).text)
        .map((h) => JSON.stringify(h))
        .sort();
    const differ = texts.filter((t) => hits(grouped, t).join() !== hits(written, t).join());
    expect(differ).toEqual([]);
  });
});
