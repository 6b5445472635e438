// XML parsing with @xmldom/xmldom in Node and the browser alike, so messages say where a file
// breaks ("line 12, column 4: …") the same way everywhere.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export type XmlParseResult = { ok: true; doc: Document } | { ok: false; message: string };

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

function where(locator: Locator | undefined): string {
  if (!locator?.lineNumber) return '';
  return locator.columnNumber ? `line ${locator.lineNumber}, column ${locator.columnNumber}: ` : `line ${locator.lineNumber}: `;
}

/**
 * xmldom places a tag mismatch where the text before the wrong end tag starts; the message points
 * at the end tag itself (past the white space).
 */
function atEndTag(text: string, locator: Locator): Locator {
  const { lineNumber, columnNumber } = locator;
  if (!lineNumber || !columnNumber) return locator;
  const lines = text.split('\n');
  let line = lineNumber - 1;
  let column = columnNumber - 1;
  while (line < lines.length) {
    const rest = lines[line]!.slice(column);
    const skipped = rest.length - rest.trimStart().length;
    if (skipped < rest.length) return { lineNumber: line + 1, columnNumber: column + skipped + 1 };
    line++;
    column = 0;
  }
  return locator;
}

/** Makes xmldom's wording plainer where it is terse. */
function plain(message: string): string {
  const unclosed = /^unclosed xml tag\(s\): (.*)$/.exec(message);
  if (unclosed) return `the file ends before the element${unclosed[1]!.includes(',') ? 's' : ''} <${unclosed[1]!.split(', ').join('>, <')}> ${unclosed[1]!.includes(',') ? 'are' : 'is'} closed (is it cut short?)`;
  if (message === 'missing root element') return 'there is no XML element in the file';
  if (message === 'unexpected end of input') return 'the file ends in the middle of a tag (is it cut short?)';
  if (/attribute value no end/.test(message)) return 'an attribute value has no closing quote (is the file cut short?)';
  const rest = message.replace(/^\[xmldom [a-zA-Z]+\]\s*/, '').replace(/^element parse error: (Error: )?/, '');
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** XML 1.0 line ends only: \r\n and \r become \n; U+2028 and U+0085 in text are kept. */
const xml10LineEnds = (s: string) => s.replace(/\r\n?/g, '\n');

export function parseXml(text: string): XmlParseResult {
  let first: string | null = null;
  const parser = new DOMParser({
    normalizeLineEndings: xml10LineEnds,
    onError: (_level, message, context: { locator?: Locator } | undefined) => {
      // U+FFFD is a character like any other (Dramatis writes it for what XML cannot hold).
      if (/unicode replacement character/i.test(message)) return;
      const locator = context?.locator && /tag mismatch/.test(message) ? atEndTag(xml10LineEnds(text), context.locator) : context?.locator;
      first ??= `${where(locator)}${plain(message)}`;
      throw new Error(first);
    },
  });
  try {
    const doc = parser.parseFromString(text, 'application/xml');
    if (first) return { ok: false, message: `${first}.` };
    return { ok: true, doc };
  } catch (err) {
    const located = err as Error & { locator?: Locator };
    return { ok: false, message: `${first ?? `${where(located.locator)}${plain(located.message)}`}.` };
  }
}

/** Child elements of `el` with this local name (namespace prefixes ignored). */
export function childElements(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === localName) out.push(c as Element);
  return out;
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: Element | Document, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS('*', localName));
}

/** How messages name an element: `<edge id="e7"> (line 40)`. */
export function describeElement(el: Element): string {
  const id = el.getAttribute('id');
  const line = el.lineNumber ? ` (line ${el.lineNumber})` : '';
  return `<${el.localName}${id !== null ? ` id="${id}"` : ''}>${line}`;
}
