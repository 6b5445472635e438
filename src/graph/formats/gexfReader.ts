// GEXF (Gephi and Dramatis exports) as a raw graph: @xmldom/xmldom parses, checks here name the
// element at fault, graphology-gexf reads attributes and viz, and the edges' time (start/end,
// spells, timestamps) is read here, since graphology-gexf leaves it out.
import { Document, DOMParser, type Element } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import { decodeGraphMeta } from './flatAttributes';
import type { RawAttributes, RawEdge, RawGraph, RawNode } from './rawGraph';
import { checkNodesAndEdges } from './xmlGraphChecks';
import { childElements, describeElement, descendants, parseXml } from './xmlDocument';

const parseGexf = createGexfParser(DOMParser, Document);

export type RawReadResult = { ok: true; raw: RawGraph } | { ok: false; message: string };

function attr(el: Element, name: string): string | undefined {
  const v = el.getAttribute(name);
  return v === null || v === '' ? undefined : v;
}

/** An edge's time as GEXF writes it: start/end, a timestamp, or spells (first start, last end). */
function edgeTime(el: Element): { start?: string; end?: string } {
  const start = attr(el, 'start') ?? attr(el, 'timestamp');
  const end = attr(el, 'end');
  if (start !== undefined || end !== undefined) return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  const spells = descendants(el, 'spell');
  if (!spells.length) return {};
  const starts = spells.map((s) => attr(s, 'start') ?? attr(s, 'timestamp')).filter((s): s is string => s !== undefined).sort();
  const ends = spells.map((s) => attr(s, 'end') ?? attr(s, 'timestamp')).filter((s): s is string => s !== undefined).sort();
  return { ...(starts[0] !== undefined ? { start: starts[0] } : {}), ...(ends.length ? { end: ends[ends.length - 1]! } : {}) };
}

function declaredAttributes(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of descendants(root, 'attribute')) {
    const id = el.getAttribute('id');
    if (id !== null) ids.add(id);
  }
  return ids;
}

export function readGexf(text: string): RawReadResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const root = parsed.doc.documentElement;
  if (!root || root.localName !== 'gexf') return { ok: false, message: `not a GEXF file: its root element is <${root?.localName ?? '?'}>, not <gexf>.` };
  const graphEl = childElements(root, 'graph')[0];
  if (!graphEl) return { ok: false, message: `${describeElement(root)}: the file has no <graph> element.` };
  if (descendants(root, 'graph').length > 1) return { ok: false, message: `${describeElement(root)}: the file has more than one <graph> element; Dramatis reads files with one.` };
  // Exactly the elements graphology-gexf reads (by tag name, anywhere), so checks and its graph agree.
  const nodeEls = Array.from(parsed.doc.getElementsByTagName('node'));
  const edgeEls = Array.from(parsed.doc.getElementsByTagName('edge'));
  const checked = checkNodesAndEdges(nodeEls, edgeEls);
  if (!checked.ok) return checked;
  const warnings: string[] = [...checked.warnings];
  const declared = declaredAttributes(root);
  const undeclared = new Set<string>();
  for (const el of descendants(graphEl, 'attvalue')) {
    const id = el.getAttribute('for') ?? el.getAttribute('id');
    if (id === null) return { ok: false, message: `${describeElement(el)}: the value does not say which attribute it is for.` };
    if (!declared.has(id)) undeclared.add(id);
  }
  if (undeclared.size) warnings.push(`Attributes used without being declared were read as text: ${[...undeclared].slice(0, 5).join(', ')}.`);
  if (graphEl.getAttribute('timeformat') === 'double' || graphEl.getAttribute('timeformat') === 'integer')
    warnings.push('The file counts time in numbers, not dates: its edges are read as undated.');
  let graph;
  try {
    graph = parseGexf(MultiGraph, parsed.doc, { allowUndeclaredAttributes: true });
  } catch (err) {
    return { ok: false, message: `could not be read: ${(err as Error).message.replace(/^graphology-gexf\/parser: /, '')}` };
  }
  const exported = graph.export();
  const nodes: RawNode[] = (exported.nodes ?? []).map((n) => ({
    key: n.key,
    attributes: n.attributes ?? {},
    where: describeElement(checked.nodes.get(n.key)!),
  }));
  const numericTime = ['double', 'integer'].includes(graphEl.getAttribute('timeformat') ?? '');
  const edges: RawEdge[] = (exported.edges ?? []).map((e, i) => {
    const el = edgeEls[i]!;
    const attributes: RawAttributes = { ...(e.attributes ?? {}) };
    if (!numericTime) {
      const time = edgeTime(el);
      if (time.start !== undefined && !('start' in attributes)) attributes.start = time.start;
      if (time.end !== undefined && !('end' in attributes)) attributes.end = time.end;
    }
    return { key: attr(el, 'id') ?? null, source: e.source, target: e.target, undirected: e.undirected === true, attributes, where: describeElement(el) };
  });
  const meta = graph.getAttributes();
  const description = typeof meta.description === 'string' ? decodeGraphMeta(meta.description) : null;
  const attributes: RawAttributes = description ? { ...description.attributes, documents: description.documents } : { ...meta };
  return { ok: true, raw: { attributes, nodes, edges, warnings, renamedNodes: checked.renamed } };
}
