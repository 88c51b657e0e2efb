import { cardPlainText, parseCardHtml } from "../../../../src/hosts/simulator/card-html";

describe("the card text the simulator draws", () => {
  it("reads Gmail's tags into a tree, with entities decoded", () => {
    expect(
      parseCardHtml('<font color="#B3261E"><b>Too soon &amp; calm</b></font><br><i>“x”</i>')
    ).toEqual([
      { tag: "font", color: "#B3261E", children: [{ tag: "b", children: ["Too soon & calm"] }] },
      { tag: "br", children: [] },
      { tag: "i", children: ["“x”"] },
    ]);
  });

  it("keeps other markup as the characters it is, so nothing from a card runs", () => {
    const nodes = parseCardHtml(
      '<script>alert(1)</script><img src="x" onerror="alert(2)">&lt;b&gt;'
    );
    expect(nodes).toEqual(['<script>alert(1)</script><img src="x" onerror="alert(2)"><b>']);
  });

  it("drops a colour that is not one and a link that could run script", () => {
    expect(
      parseCardHtml(
        '<font color="red;background:url(x)">a</font><a href="javascript:alert(1)">b</a><a href="https://example.com/?q=1&amp;r=2">c</a>'
      )
    ).toEqual([
      { tag: "font", children: ["a"] },
      { tag: "a", children: ["b"] },
      { tag: "a", href: "https://example.com/?q=1&r=2", children: ["c"] },
    ]);
  });

  it("closes what was left open and ignores a stray closing tag", () => {
    expect(parseCardHtml("<b>bold <i>both</b> plain</i>")).toEqual([
      { tag: "b", children: ["bold ", { tag: "i", children: ["both"] }] },
      " plain",
    ]);
  });

  it("gives the text a reader hears", () => {
    expect(cardPlainText(parseCardHtml("<b>Advice</b><br>• wait &lt;3 days&gt;"))).toBe(
      "Advice\n• wait <3 days>"
    );
  });
});
