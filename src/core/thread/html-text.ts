/**
 * HTML mail bodies to plain text the splitter can read: one pass over the
 * markup (no DOM, so it runs in the core, the Gmail bundle and the CLI alike),
 * blocks become lines, `<blockquote>` becomes "> " quote markers, `<hr>` a rule
 * line, and entities are decoded. Scripts, styles and comments are dropped.
 * Linear in the input, whatever the input: unclosed tags and comments end at
 * the end of the text.
 */

const BLOCK = new Set([
  "div",
  "tr",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tbody",
  "thead",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "center",
  "address",
  "dd",
  "dt",
  "dl",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "main",
  "nav",
  "aside",
  "caption",
]);
/** Elements whose content shows no words: the text leaves them out whole. */
export const SKIP = new Set([
  "head",
  "style",
  "script",
  "title",
  "xml",
  "template",
  "noscript",
  "object",
  "svg",
]);

const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  times: "×",
  divide: "÷",
  sect: "§",
  para: "¶",
  shy: "",
  zwnj: "",
  zwj: "",
  lrm: "",
  rlm: "",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  iexcl: "¡",
  iquest: "¿",
  ordf: "ª",
  ordm: "º",
  sup2: "²",
  sup3: "³",
  frac12: "½",
  agrave: "à",
  aacute: "á",
  acirc: "â",
  atilde: "ã",
  auml: "ä",
  aring: "å",
  aelig: "æ",
  ccedil: "ç",
  egrave: "è",
  eacute: "é",
  ecirc: "ê",
  euml: "ë",
  igrave: "ì",
  iacute: "í",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  ograve: "ò",
  oacute: "ó",
  ocirc: "ô",
  otilde: "õ",
  ouml: "ö",
  oslash: "ø",
  ugrave: "ù",
  uacute: "ú",
  ucirc: "û",
  uuml: "ü",
  yacute: "ý",
  yuml: "ÿ",
  szlig: "ß",
  Agrave: "À",
  Aacute: "Á",
  Acirc: "Â",
  Atilde: "Ã",
  Auml: "Ä",
  Aring: "Å",
  AElig: "Æ",
  Ccedil: "Ç",
  Egrave: "È",
  Eacute: "É",
  Ecirc: "Ê",
  Euml: "Ë",
  Igrave: "Ì",
  Iacute: "Í",
  Icirc: "Î",
  Iuml: "Ï",
  Ntilde: "Ñ",
  Ograve: "Ò",
  Oacute: "Ó",
  Ocirc: "Ô",
  Otilde: "Õ",
  Ouml: "Ö",
  Oslash: "Ø",
  Ugrave: "Ù",
  Uacute: "Ú",
  Ucirc: "Û",
  Uuml: "Ü",
  Yacute: "Ý",
};

/** Decodes character references: named (the common ones), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,8});/g,
    (whole, ref: string) => {
      if (ref[0] !== "#") return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
      const code =
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : "\uFFFD";
    }
  );
}

/**
 * Text with white space that `\s+` → " " would change: a white space character other than a
 * space, or a space followed by more white space. Most text has none, and is not copied.
 */
const SPACES_TO_JOIN = /[^\S ]| \s/;

/** Builds lines with the current blockquote depth as "> " markers. */
class LineWriter {
  private lines: string[] = [];
  private current = "";
  depth = 0;
  private lineDepth = 0;

  text(chunk: string): void {
    if (!chunk) return;
    if (this.current === "") this.lineDepth = this.depth;
    this.current += chunk;
  }

  /** Ends the line (a block boundary); `hard` also ends an empty line (<br>). */
  newline(hard: boolean): void {
    const current = this.current;
    // Most lines have no tab nor double space: no pass that would only copy them.
    const line = (
      current.indexOf("\t") >= 0 || current.indexOf("  ") >= 0
        ? current.replace(/[ \t]+/g, " ")
        : current
    ).trim();
    if (line || hard)
      this.lines.push(
        (line ? this.lineDepth : this.depth) > 0
          ? "> ".repeat(line ? this.lineDepth : this.depth) + line
          : line
      );
    this.current = "";
  }

  result(): string {
    this.newline(false);
    return this.lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }
}

/** Whether the character at `k` is white space as `\s` reads it (no expression run for ASCII). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[k]));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The tag opening at `lt` and read no further than `end`, as `/^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/`
 * reads it: whether it closes, and its name in lower case. Read in place, with no slice of the
 * markup nor expression run for each of the hundred thousand tags of a 5 MB body.
 */
function tagAt(html: string, lt: number, end: number): { closing: boolean; name: string } | null {
  const SLASH = 47;
  const HYPHEN = 45;
  let k = lt + 1;
  while (k < end && isSpaceAt(html, k)) k++;
  const closing = k < end && html.charCodeAt(k) === SLASH;
  if (closing) k++;
  while (k < end && isSpaceAt(html, k)) k++;
  if (k >= end || !isLetter(html.charCodeAt(k))) return null;
  const start = k;
  for (k++; k < end; k++) {
    const c = html.charCodeAt(k);
    // Letters, digits, ":" (48–58) and "-".
    if (!(isLetter(c) || (c >= 48 && c <= 58) || c === HYPHEN)) break;
  }
  return { closing, name: html.slice(start, k).toLowerCase() };
}

/** The text of an HTML body, with quoted parts marked by ">" as a plain-text mail client would. */
export function htmlToText(html: string): string {
  const out = new LineWriter();
  let i = 0;
  let pre = 0;
  let wordParagraph = false;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = html.slice(i, textEnd);
      if (pre > 0) {
        const parts = decodeEntities(raw).split("\n");
        parts.forEach((p, k) => {
          if (k > 0) out.newline(true);
          out.text(p);
        });
      } else out.text(decodeEntities(SPACES_TO_JOIN.test(raw) ? raw.replace(/\s+/g, " ") : raw));
    }
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (html.startsWith("<![CDATA[", lt)) {
      const close = html.indexOf("]]>", lt);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      out.text(html.slice(lt).replace(/\s+/g, " "));
      break;
    }
    const tag = tagAt(html, lt, Math.min(gt + 1, lt + 64));
    i = gt + 1;
    if (!tag) {
      // "<" that opens no tag ("a < b", "<<sent by galaxy>>") is text.
      if (!/^<[!?/]/.test(html.slice(lt, lt + 2))) out.text(decodeEntities(html.slice(lt, gt + 1)));
      continue;
    }
    const { closing } = tag;
    const name = tag.name.indexOf(":") < 0 ? tag.name : tag.name.replace(/^[a-z]+:/, "");
    if (!closing && SKIP.has(name)) {
      // Searched in place: lower-casing the whole body for each skipped element made a body
      // full of them quadratic (a 5 MB hostile mail took half a minute).
      const closer = new RegExp(`</${name}`, "gi");
      closer.lastIndex = gt;
      const close = closer.exec(html)?.index ?? -1;
      const after = close < 0 ? -1 : html.indexOf(">", close);
      i = after < 0 ? n : after + 1;
      continue;
    }
    if (name === "br") out.newline(true);
    else if (name === "hr") {
      out.newline(false);
      out.text("________________________________");
      out.newline(false);
    } else if (name === "blockquote") {
      out.newline(false);
      out.depth = Math.max(0, out.depth + (closing ? -1 : 1));
    } else if (name === "pre") {
      out.newline(false);
      pre = Math.max(0, pre + (closing ? -1 : 1));
    } else if (name === "p") {
      // A paragraph ends with a blank line, except Word's one-line "MsoNormal" paragraphs.
      out.newline(false);
      if (closing && !wordParagraph) out.newline(true);
      if (!closing) wordParagraph = /msonormal/i.test(html.slice(lt, gt));
    } else if (BLOCK.has(name)) out.newline(false);
    else if (name === "td" || name === "th") out.text(" ");
  }
  return out.result();
}
