import type { Address } from "./model";

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/**
 * Reads "Name <address>" as mail clients write it in headers and quotes:
 * `"Doe, John" <j@x.com>`, `John [mailto:j@x.com]`, `«John» <j@x.com>`,
 * `John <j@x.com<mailto:j@x.com>>`, a bare address, or a bare name.
 */
export function parseAddress(value: string): Address | null {
  const text = value.length > 1000 ? value.slice(0, 1000) : value;
  const email = EMAIL.exec(text);
  const address = email ? email[0].toLowerCase() : "";
  let name = email
    ? text.slice(0, email.index) + " " + text.slice(email.index + email[0].length)
    : text;
  name = name
    .replace(/mailto:/gi, " ")
    .replace(/[<>[\]()]/g, " ")
    .replace(/["“”«»'‘’]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:]+|[\s,;:]+$/g, "");
  if (!address && !name) return null;
  return { name, address };
}

/**
 * Reads a list of addresses separated by ";" or ",". A comma inside quotes, or
 * before the part's address ("Doe, John <j@x.com>"), belongs to the name.
 */
export function parseAddressList(value: string): Address[] {
  const out: Address[] = [];
  let part = "";
  let quoted = false;
  const flush = () => {
    const a = parseAddress(part);
    if (a) out.push(a);
    part = "";
  };
  for (const ch of value.length > 4000 ? value.slice(0, 4000) : value) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === ";" || (ch === "," && part.includes("@")))) flush();
    else part += ch;
  }
  flush();
  return out;
}
