import { checkTone } from "../../../../src/core/tone";
import { foldText } from "../../../../src/core/tone/fold";

describe("foldText", () => {
  it("folds a run of blanks to one, a line break when the run holds one, mapped back to the run", () => {
    const original = "Pay \u00a0 NOW.  \n\t Thanks";
    const folded = foldText(original);
    expect(folded.text).toBe("pay now.\nthanks");
    const run = folded.text.indexOf("\n");
    expect([folded.from[run], folded.to[run]]).toEqual([10, 15]);
    expect(original.slice(folded.from[3], folded.to[3])).toBe(" \u00a0 ");
  });

  it("keeps findings on the phrase as written across a long run of blanks", () => {
    const draft = "Dear Tom," + " ".repeat(20_000) + "we will   take\n\n  legal action.";
    const [finding] = checkTone(draft, "en");
    expect(finding.category).toBe("threat");
    expect(draft.slice(finding.start, finding.end)).toBe(finding.phrase);
    expect(finding.phrase).toBe("we will   take\n\n  legal action");
  });
});
