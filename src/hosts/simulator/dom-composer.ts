import type { InsertContent } from "../mailhost";
import type { Composer } from "./mailbox";
import type { RenderedBody } from "./quote-format";

/*
 * Thread HTML made inert before the editor shows it, as a mail client does with a message it
 * quotes: parsed in a document of its own (where nothing runs or loads), then only what cannot
 * run, load, restyle the page or clobber its names is kept. The page's Content-Security-Policy
 * would block script that slipped through; this keeps it from getting that far.
 */

/** Elements dropped with all they hold: they run, load, embed, restyle or submit. */
const DROPPED = new Set([
  "script",
  "style",
  "link",
  "meta",
  "base",
  "title",
  "head",
  "template",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "portal",
  "fencedframe",
  "video",
  "audio",
  "source",
  "track",
  "canvas",
  "input",
  "button",
  "select",
  "textarea",
  "dialog",
]);

/**
 * The attributes kept: layout and text only. No handlers; no ids, names or classes (which could
 * clobber the page's globals or borrow its styles); no data-* (the editor's own markers).
 */
const KEPT = new Set([
  "dir",
  "lang",
  "title",
  "align",
  "valign",
  "width",
  "height",
  "colspan",
  "rowspan",
  "border",
  "cellpadding",
  "cellspacing",
  "color",
  "face",
  "size",
  "bgcolor",
  "style",
  "start",
  "type",
  "alt",
  "tabindex",
]);

const HTML_NS = "http://www.w3.org/1999/xhtml";
const LINK = new Set(["http:", "https:", "mailto:", "tel:"]);
const INLINE_IMAGE = /^data:image\/(png|gif|jpe?g|webp);/i;
/**
 * CSS that loads something, once ran script somewhere, or lifts the text over the page; and any
 * escape, which could spell those so that this does not see them.
 */
const ACTIVE_CSS =
  /url\s*\(|image-set|expression\s*\(|@import|javascript:|behavior\s*:|-moz-binding|position\s*:|\\/i;

function linkProtocol(value: string, base: string): string | null {
  try {
    return new URL(value, base).protocol;
  } catch {
    return null;
  }
}

/** The HTML as nodes of `doc` that can neither run script nor load anything. */
export function inertHtml(html: string, doc: Document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const stack: Element[] = [parsed.body];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3) continue; // text stays text
      if (node.nodeType !== 1) {
        node.remove(); // comments, processing instructions
        continue;
      }
      const element = node as Element;
      const name = element.localName;
      if (element.namespaceURI !== HTML_NS || DROPPED.has(name)) {
        element.remove();
        continue;
      }
      for (const { name: attribute, value } of Array.from(element.attributes)) {
        const keep =
          (KEPT.has(attribute) && !(attribute === "style" && ACTIVE_CSS.test(value))) ||
          (attribute === "href" &&
            (name === "a" || name === "area") &&
            LINK.has(linkProtocol(value, "https://x.invalid/") ?? "")) ||
          (attribute === "src" && name === "img" && INLINE_IMAGE.test(value.trim()));
        if (!keep) element.removeAttribute(attribute);
      }
      stack.push(element);
    }
  }
  // Node by node (a body may have more top-level nodes than a call takes arguments), and never
  // the parsed <body> itself: its handlers would belong to the page's window.
  const fragment = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes))
    fragment.appendChild(doc.importNode(node, true));
  return fragment;
}

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
    const doc = element.ownerDocument;
    const cursor = doc.createElement("p");
    cursor.setAttribute("data-kindly-cursor", "");
    cursor.append(doc.createElement("br"));
    const quoted = doc.createElement("div");
    quoted.className = "quoted";
    quoted.append(inertHtml(this.quoted.html, doc));
    element.replaceChildren(...this.pending.map((c) => inertHtml(c.html, doc)), cursor, quoted);
    this.pending = [];
    doc.addEventListener("selectionchange", this.onSelection);
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
    const fragment = inertHtml(content.html, doc);
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
