import { compose } from "../../../../src/core/compose/render";
import { fieldsOf, parseTemplate } from "../../../../src/core/compose/template";
import { validateLibrary } from "../../../../src/core/compose/validate";
import type { LibraryFile } from "../../../../src/core/compose/types";
import { request } from "./build";

const ORDER = "Our order[[ for {amount}]] ({orderRef})[[, confirmed on {confirmedOn}]].";
const library = (text: string): LibraryFile => ({
  lang: "en",
  paragraphs: [{ id: "order_reference", kind: "order_reference", text }],
});

describe("[[optional parts]] of a template", () => {
  it("are written when every field in them has a value", () => {
    // Intl puts a no-break space between the currency and the number.
    expect(compose(request(), library(ORDER)).text.replace(/\u00a0/g, " ")).toBe(
      "Our order for USD 12,500.00 (PI SR-2611-045), confirmed on 2 November 2026."
    );
  });

  it("are left out, and never asked for, when a field in them is missing", () => {
    const fields = { orderRef: "PI SR-2611-045" };
    const composed = compose(request({ fields }), library(ORDER));
    expect(composed.text).toBe("Our order (PI SR-2611-045).");
    expect(composed.missing).toEqual([]);
  });

  it("leave a field outside them required", () => {
    const composed = compose(request({ fields: {} }), library(ORDER));
    expect(composed.text).toBe("Our order (…).");
    expect(composed.missing).toEqual(["orderRef"]);
  });

  it("count among the fields a template uses", () => {
    expect(fieldsOf(ORDER)).toEqual(["orderRef", "amount", "confirmedOn"]);
  });

  it.each([
    ["Our order [[for {amount}.", 'unbalanced brackets: "[[" at character 11 is not closed'],
    ["Our order]] {orderRef}.", 'unbalanced brackets: "]]" at character 10 has no "[["'],
    ["[[a [[b {amount}]]", 'unbalanced brackets: "[[" at character 1 is not closed'],
    ["Dear [[friend]],", "optional part at character 6 has no field to depend on"],
    ["[[for {amount]]", 'unbalanced braces: "{" at character 7 is not closed'],
  ])("are checked: %j", (text, problem) => {
    expect(parseTemplate(text).problems).toContain(problem);
    expect(validateLibrary(library(text), "team.json").errors.join("\n")).toContain(problem);
  });
});
