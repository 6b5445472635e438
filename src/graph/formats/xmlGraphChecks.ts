// Checks shared by the GEXF and GraphML readers before the graphology parsers see a document:
// every node has a unique id, every edge a source and a target that are nodes. Messages name the
// element and its line.
import type { Element } from '@xmldom/xmldom';
import { describeElement } from './xmlDocument';

export type CheckResult = { ok: true; nodes: Map<string, Element> } | { ok: false; message: string };

export function checkNodesAndEdges(nodeElements: Element[], edgeElements: Element[]): CheckResult {
  const nodes = new Map<string, Element>();
  for (const el of nodeElements) {
    const id = el.getAttribute('id');
    if (id === null || id === '') return { ok: false, message: `${describeElement(el)}: the node has no id.` };
    const first = nodes.get(id);
    if (first) return { ok: false, message: `${describeElement(el)}: another node has the same id${first.lineNumber ? ` (line ${first.lineNumber})` : ''}.` };
    nodes.set(id, el);
  }
  const edgeIds = new Map<string, Element>();
  for (const el of edgeElements) {
    for (const end of ['source', 'target'] as const) {
      const value = el.getAttribute(end);
      if (value === null || value === '') return { ok: false, message: `${describeElement(el)}: the edge has no ${end}.` };
      if (!nodes.has(value)) return { ok: false, message: `${describeElement(el)}: its ${end} "${value}" is not a node of the file.` };
    }
    const id = el.getAttribute('id');
    if (id !== null && id !== '') {
      const first = edgeIds.get(id);
      if (first) return { ok: false, message: `${describeElement(el)}: another edge has the same id${first.lineNumber ? ` (line ${first.lineNumber})` : ''}.` };
      edgeIds.set(id, el);
    }
  }
  return { ok: true, nodes };
}
