import fs from "fs";
import path from "path";
import { buildLexicon, lexiconData, lexiconFrom } from "../../../../src/core/dates/lexicon";
import { tokenize } from "../../../../src/core/dates/tokens";

const SHIPPED = path.join(__dirname, "../../../../src/core/dates/lexicon.json");

describe("the date lexicon", () => {
  it("ships the lexicon of the date names and words as they are (run `npm run index:data` after editing them)", () => {
    const shipped = JSON.parse(fs.readFileSync(SHIPPED, "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(lexiconData())));
  });

  it("survives JSON: the lexicon read from its data is the one built from the tables", () => {
    const built = buildLexicon();
    const read = lexiconFrom(JSON.parse(JSON.stringify(lexiconData())));
    expect(read).toEqual(built);
    expect(read.words.size).toBeGreaterThan(900);
  });

  it("gives the tokenizer folded, multi-word, Chinese and abbreviated forms from the shipped data", () => {
    const read = (text: string) => tokenize(text).map((t) => [t.text, t.roles]);
    expect(read("Perşembe")).toEqual([["persembe", { weekday: 4 }]]);
    expect(read("quinta-feira")).toEqual([["quinta feira", { weekday: 4 }]]);
    expect(read("تشرين الثاني")).toEqual([["تشرين الثاني", { month: 11 }]]);
    expect(read("十一月")[1]).toEqual(["月", expect.objectContaining({ monthMark: 0 })]);
    expect(tokenize("Nov. 3")[0]).toMatchObject({ text: "nov", dot: true, roles: { month: 11 } });
  });
});
