/** Tags that only an HTML body has (a plain-text "<b>" or "a < b" is not enough on its own). */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|div|p|br|span|font|table|tr|td|blockquote|a\s+href|img|b|i|u|strong|em|ul|ol|li|h[1-6]|hr|center|style)\b[^>]*>/i;

/** "html" when the body has HTML tags, else "text". */
export function bodyFormat(body: string): "text" | "html" {
  return HTML_TAG.test(body) ? "html" : "text";
}
