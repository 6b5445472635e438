// GraphML (NetworkX, yEd, Dramatis exports) as a raw graph: @xmldom/xmldom parses, checks here
// name the element at fault, graphology-graphml reads the keyed data. yEd keeps labels inside its
// graphics data (keys without attr.name); those are read for labels here and then set aside.
import { Document, DOMParser, type Element } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { RawAttributes, RawEdge, RawGraph, RawNode } from './rawGraph';
import { checkNodesAndEdges } from './xmlGraphChecks';
import { childElements, describeElement, descendants, parseXml } from './xmlDocument';

const parseGraphml = createGraphmlParser(DOMParser, Document);

export type RawReadResult = { ok: true; raw: RawGraph } | { ok: false; message: string };

/** Text of a yEd label (y:NodeLabel / y:EdgeLabel) inside the element's graphics data. */
function yedLabel(el: Element, labelName: string): string | undefined {
  const label = descendants(el, labelName)[0];
  const text = label?.textContent?.trim();
  return text ? text : undefined;
}

/** Graph-level values: Dramatis writes them as JSON; anything else stays text. */
function graphValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function readGraphml(text: string): RawReadResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const root = parsed.doc.documentElement;
  if (!root || root.localName !== 'graphml') return { ok: false, message: `not a GraphML file: its root element is <${root?.localName ?? '?'}>, not <graphml>.` };
  const graphEl = childElements(root, 'graph')[0];
  if (!graphEl) return { ok: false, message: `${describeElement(root)}: the file has no <graph> element.` };
  const warnings: string[] = [];
  const keys = descendants(root, 'key');
  const named = new Set<string>();
  const declared = new Set<string>();
  const unsupported = new Set<string>();
  for (const k of keys) {
    const id = k.getAttribute('id');
    if (id === null || id === '') return { ok: false, message: `${describeElement(k)}: the key has no id.` };
    declared.add(id);
    const domain = k.getAttribute('for') ?? 'all';
    if (domain === 'all') {
      // graphology-graphml knows graph, node and edge keys only: a key for all is one of each.
      k.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = k.cloneNode(true) as Element;
        copy.setAttribute('for', other);
        k.parentNode?.insertBefore(copy, k);
      }
    } else if (!['graph', 'node', 'edge'].includes(domain)) {
      unsupported.add(id);
      k.parentNode?.removeChild(k);
      continue;
    }
    if (k.getAttribute('attr.name')) named.add(id);
  }
  // Exactly the elements graphology-graphml reads (by tag name, anywhere), so checks and its graph agree.
  const nodeEls = Array.from(parsed.doc.getElementsByTagName('node'));
  const edgeEls = Array.from(parsed.doc.getElementsByTagName('edge'));
  const checked = checkNodesAndEdges(nodeEls, edgeEls);
  if (!checked.ok) return checked;
  warnings.push(...checked.warnings);
  if (descendants(graphEl, 'hyperedge').length) warnings.push('Hyperedges were left out: Dramatis draws relations between two actors.');
  const labels = new Map<Element, string>();
  for (const [els, labelName] of [
    [nodeEls, 'NodeLabel'],
    [edgeEls, 'EdgeLabel'],
  ] as const)
    for (const el of els) {
      const label = yedLabel(el, labelName);
      if (label !== undefined) labels.set(el, label);
    }
  // Data under keys without attr.name (yEd graphics) would become attributes named "null"; data of
  // ports and hyperedges is no actor's or relation's.
  for (const data of descendants(graphEl, 'data')) {
    const k = data.getAttribute('key');
    if (k !== null && ((declared.has(k) && !named.has(k)) || unsupported.has(k))) data.parentNode?.removeChild(data);
  }
  let graph;
  try {
    graph = parseGraphml(MultiGraph, parsed.doc);
  } catch (err) {
    return { ok: false, message: `could not be read: ${(err as Error).message.replace(/^graphology-graphml\/parser: /, '')}` };
  }
  const exported = graph.export();
  const nodes: RawNode[] = (exported.nodes ?? []).map((n, i) => {
    const el = nodeEls[i]!;
    const attributes: RawAttributes = { ...(n.attributes ?? {}) };
    const label = labels.get(el);
    if (label !== undefined && attributes.label === undefined) attributes.label = label;
    return { key: n.key, attributes, where: describeElement(checked.nodes.get(n.key)!) };
  });
  const edges: RawEdge[] = (exported.edges ?? []).map((e, i) => {
    const el = edgeEls[i]!;
    const attributes: RawAttributes = { ...(e.attributes ?? {}) };
    const label = labels.get(el);
    if (label !== undefined && attributes.label === undefined) attributes.label = label;
    const id = el.getAttribute('id');
    return { key: id === null || id === '' ? null : id, source: e.source, target: e.target, undirected: e.undirected === true, attributes, where: describeElement(el) };
  });
  const attributes: RawAttributes = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) if (name !== 'id') attributes[name] = graphValue(value);
  return { ok: true, raw: { attributes, nodes, edges, warnings, renamedNodes: checked.renamed } };
}
