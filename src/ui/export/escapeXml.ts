// Text for SVG/XML documents. Names and titles come from other people's articles, so every string
// written into markup goes through here: markup characters become entities, and characters XML 1.0
// forbids (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Allowed: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Safe in element content and in quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
