// Text that XML 1.0 can carry. Characters it cannot (most C0 controls, U+FFFE/U+FFFF, unpaired
// surrogates) become U+FFFD; each is one UTF-16 unit for one, so evidence offsets stay right. CSV
// exports use the same rule: spreadsheets cannot show those characters either.
import type { SerializedDramatisGraph } from '../../domain/contract';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_NOT_XML = new RegExp(NOT_XML.source);

export function xmlSafe(s: string): string {
  return HAS_NOT_XML.test(s) ? s.replace(NOT_XML, '\uFFFD') : s;
}

/** Whether any string in the value (keys included) holds a character XML cannot carry. */
function holdsNotXml(value: unknown): boolean {
  if (typeof value === 'string') return HAS_NOT_XML.test(value);
  if (Array.isArray(value)) return value.some(holdsNotXml);
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (HAS_NOT_XML.test(k) || holdsNotXml(v)) return true;
  }
  return false;
}

function deepXmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(deepXmlSafe) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = xmlSafe(k);
      if (key === '__proto__') Object.defineProperty(out, key, { value: deepXmlSafe(v), enumerable: true, writable: true, configurable: true });
      else out[key] = deepXmlSafe(v);
    }
    return out as T;
  }
  return value;
}

/** Safe ids that stay distinct: a second id that becomes the same gets "~2", "~3"… */
function safeIds(ids: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    let safe = xmlSafe(id);
    if (safe !== id || taken.has(safe)) for (let n = 2; taken.has(safe); n++) safe = `${xmlSafe(id)}~${n}`;
    taken.add(safe);
    out.set(id, safe);
  }
  return out;
}

/** The graph with every string (keys, labels, bodies, evidence) made safe for XML, ids kept distinct. */
export function xmlSafeGraph(graph: SerializedDramatisGraph): SerializedDramatisGraph {
  if (!holdsNotXml(graph)) return graph;
  const safe = deepXmlSafe(graph);
  const nodeIds = safeIds(graph.nodes.map((n) => n.key));
  const edgeIds = safeIds(graph.edges.map((e) => e.key));
  const docIds = safeIds(graph.attributes.documents.map((d) => d.id));
  const node = (key: string) => nodeIds.get(key) ?? xmlSafe(key);
  safe.nodes.forEach((n, i) => {
    n.key = node(graph.nodes[i]!.key);
  });
  safe.edges.forEach((e, i) => {
    const original = graph.edges[i]!;
    e.key = edgeIds.get(original.key)!;
    e.source = node(original.source);
    e.target = node(original.target);
    e.attributes.doc = docIds.get(original.attributes.doc) ?? e.attributes.doc;
    if (original.attributes.attributedTo !== undefined) e.attributes.attributedTo = node(original.attributes.attributedTo);
  });
  safe.attributes.documents.forEach((d, i) => {
    d.id = docIds.get(graph.attributes.documents[i]!.id)!;
  });
  return safe;
}

/** Escapes text for an XML attribute value (line breaks and tabs as references, so they survive). */
export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** Escapes text for element content (a carriage return as a reference, which parsers keep). */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
