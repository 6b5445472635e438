// Front matter of one key and one value a line ("title: ...", "published: 2026-01-12T18:19") read
// without the YAML parser, which costs as much per article as tagging a paragraph. Anything else —
// nesting, comments, escapes, several lines to a value, values YAML would read as numbers, booleans
// or null — is left to the YAML parser: readSimpleFrontMatter then answers undefined.

/** `key: value` at the start of a line; the key as YAML reads it plain, the value after spaces. */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const DOUBLE_QUOTED = /^"([^"\\]*)" *$/;
const SINGLE_QUOTED = /^'([^']*)' *$/;
/** A plain value: no indicator first, no comment, no ": " and no ":" at its end, no tab. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#\t]*$/;
/** Characters YAML refuses or reads as line breaks, and surrogates: left to the parser. */
const UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]/;
/**
 * Plain values the YAML 1.2 core schema reads as something other than a string (yaml's null, bool,
 * int, float tests): null, true/false, integers (also octal 0o and hex 0x), floats, infinity, NaN.
 */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/** The string YAML reads from one value, or undefined when it could read anything else. */
function simpleValue(raw: string): string | undefined {
  const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw);
  if (quoted) return quoted[1];
  const value = raw.replace(/ +$/, '');
  if (!PLAIN.test(value) || value.includes(': ') || value.endsWith(':')) return undefined;
  return NOT_A_STRING.some((re) => re.test(value)) ? undefined : value;
}

/** The front matter's keys and string values as YAML reads them, or undefined when it is not that simple. */
export function readSimpleFrontMatter(text: string): Record<string, string> | undefined {
  // (A "\r" closing the text breaks no line for YAML: it stays in the last value.)
  if (UNUSUAL.test(text) || text.endsWith('\r')) return undefined;
  const meta: Record<string, string> = {};
  for (const line of text.split('\n')) {
    // A CRLF file's lines end in "\r"; a "\r" elsewhere breaks a line for YAML too.
    const plain = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (plain === '') continue;
    const entry = ENTRY.exec(plain);
    if (!entry || plain.includes('\r')) return undefined;
    const key = entry[1]!;
    // Duplicate keys are YAML errors; "__proto__" and keys YAML reads as null or booleans stay with the parser.
    if (Object.hasOwn(meta, key) || key === '__proto__' || NOT_A_STRING[0]!.test(key) || NOT_A_STRING[1]!.test(key)) return undefined;
    const value = entry[2] === undefined ? undefined : simpleValue(entry[2]);
    if (value === undefined) return undefined;
    meta[key] = value;
  }
  return meta;
}
