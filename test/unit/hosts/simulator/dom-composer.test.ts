/**
 * @jest-environment jsdom
 */
import { DomComposer } from "../../../../src/hosts/simulator/dom-composer";

const QUOTED = {
  html: "<p>From: Omar</p><p>My customer has not paid.</p>",
  text: "From: Omar\nMy customer has not paid.",
};
const REMINDER = { html: "<p>Gentle reminder.</p>", text: "Gentle reminder." };

function editor(): HTMLElement {
  const element = document.createElement("div");
  element.contentEditable = "true";
  document.body.appendChild(element);
  return element;
}

function select(node: Node, start: number, end = start) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event("selectionchange"));
}

describe("DomComposer", () => {
  it("starts the draft with an empty line above the quoted history", () => {
    const composer = new DomComposer(QUOTED);
    const element = editor();
    composer.attach(element);
    expect(element.innerHTML).toContain('<p data-kindly-cursor=""><br></p>');
    expect(element.innerHTML).toContain(QUOTED.html);
  });

  it("inserts at the top when the rep has not placed the cursor", () => {
    const composer = new DomComposer(QUOTED);
    const element = editor();
    composer.attach(element);
    composer.insertAtCursor(REMINDER);
    expect(element.innerHTML.indexOf(REMINDER.html)).toBe(0);
    expect(element.innerHTML).toContain(QUOTED.html);
  });

  it("inserts where the cursor is, keeping the rep's words on both sides", () => {
    const composer = new DomComposer(QUOTED);
    const element = editor();
    composer.attach(element);
    const line = element.querySelector("[data-kindly-cursor]")!;
    line.textContent = "Hi Omar, thanks.";
    select(line.firstChild!, "Hi Omar,".length);
    composer.insertAtCursor(REMINDER);
    expect(element.textContent).toContain("Hi Omar,Gentle reminder. thanks.");
  });

  it("puts the content after a selection instead of replacing it", () => {
    const composer = new DomComposer(QUOTED);
    const element = editor();
    composer.attach(element);
    const line = element.querySelector("[data-kindly-cursor]")!;
    line.textContent = "please pay now";
    select(line.firstChild!, 0, "please pay now".length);
    composer.insertAtCursor(REMINDER);
    expect(element.textContent).toContain("please pay nowGentle reminder.");
  });

  it("keeps inserts made before the editor appears", () => {
    const composer = new DomComposer(QUOTED);
    composer.insertAtCursor(REMINDER);
    expect(composer.body().text).toBe(`${REMINDER.text}\n\n${QUOTED.text}`);
    const element = editor();
    composer.attach(element);
    expect(element.innerHTML.startsWith(REMINDER.html)).toBe(true);
  });
});

describe("the editor's inert copy of thread HTML", () => {
  const PWN = "window.__pwned=1";
  const HOSTILE = [
    `<p>Dear Amy,</p>`,
    `<script>${PWN}</script>`,
    `<img src=x onerror="${PWN}">`,
    `<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">`,
    `<img src="https://tracker.invalid/pixel.gif">`,
    `<svg onload="${PWN}"></svg>`,
    `<iframe srcdoc="<script>${PWN}</script>"></iframe>`,
    `<a href="javascript:${PWN}">pay</a>`,
    `<a href="java&#x09;script:${PWN}">tabbed</a>`,
    `<a href="https://bank.example/pay">bank</a>`,
    `<style>body{display:none}</style>`,
    `<div style="position:fixed;inset:0">veil</div>`,
    `<div style="color:red">red</div>`,
    `<p id="compose-body" name="kindlySimulator" class="quoted" data-kindly-cursor>names</p>`,
    `<form action="javascript:${PWN}"><button formaction="javascript:${PWN}">Pay</button></form>`,
    `<!-- a comment -->`,
    `<blockquote dir="rtl">quoted <b>bold</b></blockquote>`,
  ].join("");

  function shown(html: string): HTMLElement {
    const element = editor();
    new DomComposer({ html, text: "" }).attach(element);
    return element;
  }

  it("keeps the words and the layout, and drops what could run, load, restyle or clobber", () => {
    const element = shown(HOSTILE);
    const html = element.innerHTML;
    expect(element.querySelector(".quoted")!.textContent).toContain("Dear Amy,");
    expect(html).toContain('<blockquote dir="rtl">quoted <b>bold</b></blockquote>');
    expect(html).toContain('<div style="color:red">red</div>');
    expect(html).toContain('<a href="https://bank.example/pay">bank</a>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">');
    for (const gone of [
      "<script",
      "onerror",
      "onload",
      "<svg",
      "<iframe",
      "srcdoc",
      "javascript:",
      "tracker.invalid",
      "<style",
      "position:fixed",
      'id="compose-body"',
      "kindlySimulator",
      'class="quoted" data',
      "<form action",
      "formaction",
      "<button",
      "<!--",
    ])
      expect(html).not.toContain(gone);
    // One cursor, one quoted history: the thread's copies of the editor's markers are gone.
    expect(element.querySelectorAll("[data-kindly-cursor]")).toHaveLength(1);
    expect(element.querySelectorAll(".quoted")).toHaveLength(1);
    expect(element.textContent).toContain("veil");
  });

  it("inserts content as inert nodes too, whoever sends it", () => {
    const element = editor();
    const composer = new DomComposer({ html: "<p>history</p>", text: "history" });
    composer.attach(element);
    composer.insertAtCursor({ html: `<p>Hi <img src=x onerror="${PWN}"></p>`, text: "Hi" });
    expect(element.innerHTML).toContain("<p>Hi <img></p>");
    expect(element.innerHTML).not.toContain("onerror");
  });

  it("drops styles that spell what it refuses with escapes", () => {
    const html = shown(
      `<div style="background:u\\72l(https://tracker.invalid/x.gif)">a</div><div style="p\\6fsition:fixed">b</div>`
    ).innerHTML;
    expect(html).toContain("<div>a</div><div>b</div>");
  });

  it("copes with markup no parser likes", () => {
    const element = shown(
      "<div>".repeat(600) + "deep" + `<p <p title="open>` + "<!-- unclosed " + "</blockquote>"
    );
    expect(element.textContent).toContain("deep");
    expect(element.querySelector(".quoted")).not.toBeNull();
  });
});
