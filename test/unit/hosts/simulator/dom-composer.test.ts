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
