import { decodeEntities } from "../../core/thread/html-text";

/*
 * The little HTML a Gmail card's text may hold (Google's "card text formatting": <b>, <i>, <u>,
 * <s>, <font color>, <a href>, <br>), read into a tree the simulator draws with React. Text
 * stays text: any other markup is shown as the characters it is, a colour must be a colour and
 * a link must be http(s) or mailto, so nothing in a card can run or restyle the page.
 */

export type CardTagName = "b" | "i" | "u" | "s" | "font" | "a" | "br";

export interface CardTag {
  tag: CardTagName;
  color?: string;
  href?: string;
  children: CardText[];
}

export type CardText = string | CardTag;

const TAGS = new Set<string>(["b", "i", "u", "s", "font", "a", "br"]);
const MARKUP = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z-]+\s*=\s*"[^"<>]*")*)\s*\/?>/g;
const COLOUR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20})$/;
const LINK = /^(https?:|mailto:)/i;

function attribute(attributes: string, name: string): string | undefined {
  const found = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, "i").exec(attributes);
  return found ? decodeEntities(found[1]).trim() : undefined;
}

/** A card text's tree: strings (already decoded) and the allowed tags around them. */
export function parseCardHtml(html: string): CardText[] {
  const root: CardTag = { tag: "b", children: [] };
  const open: CardTag[] = [root];
  const top = () => open[open.length - 1];
  const addText = (text: string) => {
    if (!text) return;
    const children = top().children;
    const last = children[children.length - 1];
    if (typeof last === "string") children[children.length - 1] = last + text;
    else children.push(text);
  };
  let at = 0;
  for (const match of html.matchAll(MARKUP)) {
    const [whole, closing, rawName, attributes] = match;
    addText(decodeEntities(html.slice(at, match.index)));
    at = match.index! + whole.length;
    const name = rawName.toLowerCase();
    if (!TAGS.has(name)) {
      addText(whole); // not card markup: shown as written
    } else if (name === "br") {
      if (!closing) top().children.push({ tag: "br", children: [] });
    } else if (closing) {
      const depth = open.map((t) => t.tag).lastIndexOf(name as CardTagName);
      if (depth > 0) open.length = depth; // closes it and anything left open inside it
    } else {
      const tag: CardTag = { tag: name as CardTagName, children: [] };
      const color = name === "font" ? attribute(attributes, "color") : undefined;
      if (color && COLOUR.test(color)) tag.color = color;
      const href = name === "a" ? attribute(attributes, "href") : undefined;
      if (href && LINK.test(href)) tag.href = href;
      top().children.push(tag);
      open.push(tag);
    }
  }
  addText(decodeEntities(html.slice(at)));
  return root.children;
}

/** The text a reader hears: the tree without its markup (a <br> is a line break). */
export function cardPlainText(nodes: readonly CardText[]): string {
  return nodes
    .map((n) => (typeof n === "string" ? n : n.tag === "br" ? "\n" : cardPlainText(n.children)))
    .join("");
}
