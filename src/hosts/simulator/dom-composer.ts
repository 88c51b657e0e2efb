import type { InsertContent } from "../mailhost";
import type { Composer } from "./mailbox";
import type { RenderedBody } from "./quote-format";

/**
 * The simulator page's editor behind a draft: a contenteditable element that
 * remembers where the rep's cursor was, so an insert from the pane lands there
 * (after any selection, never replacing it), as Outlook's does.
 */
export class DomComposer implements Composer {
  private element: HTMLElement | null = null;
  private cursor: Range | null = null;
  private pending: InsertContent[] = [];
  private readonly onSelection = () => this.rememberCursor();

  constructor(private readonly quoted: RenderedBody) {}

  /** Binds the draft to its editor element, filling it on first attach. */
  attach(element: HTMLElement): void {
    if (this.element === element) return;
    this.detach();
    this.element = element;
    element.innerHTML =
      this.pending.map((c) => c.html).join("") +
      `<p data-kindly-cursor><br></p><div class="quoted">${this.quoted.html}</div>`;
    this.pending = [];
    element.ownerDocument.addEventListener("selectionchange", this.onSelection);
  }

  detach(): void {
    this.element?.ownerDocument.removeEventListener("selectionchange", this.onSelection);
    this.element = null;
    this.cursor = null;
  }

  body(): RenderedBody {
    if (!this.element) {
      return {
        html: this.pending.map((c) => c.html).join("") + this.quoted.html,
        text: [...this.pending.map((c) => c.text), this.quoted.text].join("\n\n"),
      };
    }
    return { html: this.element.innerHTML, text: this.element.innerText };
  }

  insertAtCursor(content: InsertContent): void {
    const element = this.element;
    if (!element) {
      this.pending.push(content);
      return;
    }
    const doc = element.ownerDocument;
    let range =
      this.cursor && element.contains(this.cursor.startContainer) ? this.cursor.cloneRange() : null;
    if (!range) {
      // No cursor yet: the top of the draft, where a reply's cursor starts.
      range = doc.createRange();
      const first = element.querySelector("[data-kindly-cursor]") ?? element.firstChild;
      if (first) range.setStartBefore(first);
      else range.setStart(element, 0);
    }
    range.collapse(false); // after the selection: the rep's selected words stay
    const fragment = range.createContextualFragment(content.html);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      const after = doc.createRange();
      after.setStartAfter(last);
      after.collapse(true);
      this.cursor = after;
    }
  }

  private rememberCursor(): void {
    const selection = this.element?.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !this.element) return;
    const range = selection.getRangeAt(0);
    if (this.element.contains(range.startContainer) && this.element.contains(range.endContainer))
      this.cursor = range.cloneRange();
  }
}
