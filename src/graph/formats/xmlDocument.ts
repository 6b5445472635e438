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

/** Makes xmldom's wording plainer where it is terse. */
function plain(message: string): string {
  const unclosed = /^unclosed xml tag\(s\): (.*)$/.exec(message);
  if (unclosed) return `the file ends before the element${unclosed[1]!.includes(',') ? 's' : ''} <${unclosed[1]!.split(', ').join('>, <')}> ${unclosed[1]!.includes(',') ? 'are' : 'is'} closed (is it cut short?)`;
  if (message === 'missing root element') return 'there is no XML element in the file';
  return message.replace(/^\[xmldom [a-zA-Z]+\]\s*/, '');
}

/** XML 1.0 line ends only: \r\n and \r become \n; U+2028 and U+0085 in text are kept. */
const xml10LineEnds = (s: string) => s.replace(/\r\n?/g, '\n');

export function parseXml(text: string): XmlParseResult {
  let first: string | null = null;
  const parser = new DOMParser({
    normalizeLineEndings: xml10LineEnds,
    onError: (_level, message, context: { locator?: Locator } | undefined) => {
      first ??= `${where(context?.locator)}${plain(message)}`;
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
