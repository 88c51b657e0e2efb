/*
 * A strict reader of the HTML the composer writes, for its properties. Browsers and jsdom
 * repair whatever they are given; this does not. Every tag is <name attr="value"…>, </name>
 * or a void element; end tags close the element open last; nothing is left open; a <p> holds
 * no block; text and attribute values hold no raw "<" or ">" and no "&" that starts no
 * character reference.
 */

/** Elements that have no end tag. */
const VOID = new Set(["br", "hr", "img", "wbr"]);
/** Elements a paragraph cannot hold (the parser would close the paragraph before them). */
const BLOCKS = new Set(["p", "div", "ul", "ol", "li", "table", "blockquote", "h1", "h2", "h3"]);

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*="[^"<]*")*)\s*>/y;
const REFERENCE = /&(?:[a-z]+|#[0-9]+|#x[0-9a-f]+);/iy;

/** What the reader found: the first problem (null when there is none), the elements opened, and the text outside tags. */
export interface HtmlReading {
  problem: string | null;
  elements: string[];
  /** The character data as written (references not decoded), attribute values included. */
  text: string;
}

/** Whether every "&" in raw character data starts a character reference. */
function referencesOnly(raw: string): boolean {
  for (let i = raw.indexOf("&"); i >= 0; i = raw.indexOf("&", i + 1)) {
    REFERENCE.lastIndex = i;
    if (!REFERENCE.test(raw)) return false;
  }
  return true;
}

export function readHtml(html: string): HtmlReading {
  const open: string[] = [];
  const elements: string[] = [];
  let text = "";
  const fail = (problem: string): HtmlReading => ({ problem, elements, text });
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    const chunk = html.slice(at, lt < 0 ? html.length : lt);
    if (chunk.includes(">")) return fail(`a raw ">" in text at ${at}`);
    if (!referencesOnly(chunk)) return fail(`an "&" that starts no reference in text at ${at}`);
    text += chunk;
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) return fail(`a "<" that starts no tag at ${lt}`);
    const [whole, slash, name, attributes] = tag;
    const values = [...attributes.matchAll(/="([^"]*)"/g)].map((m) => m[1]);
    if (values.some((v) => v.includes(">") || !referencesOnly(v))) {
      return fail(`an attribute of <${name}> that is not escaped`);
    }
    text += values.join("");
    if (slash) {
      if (attributes) return fail(`attributes on </${name}>`);
      if (VOID.has(name)) return fail(`an end tag for the void element ${name}`);
      const top = open.pop();
      if (top !== name) return fail(`</${name}> closes <${top ?? "nothing"}>`);
    } else {
      if (BLOCKS.has(name) && open.includes("p")) return fail(`<${name}> inside <p>`);
      elements.push(name);
      if (!VOID.has(name)) open.push(name);
    }
    at = lt + whole.length;
  }
  if (open.length > 0) return fail(`<${open.join("><")}> left open`);
  return { problem: null, elements, text };
}
