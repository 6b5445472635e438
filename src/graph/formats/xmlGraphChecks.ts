// Checks shared by the GEXF and GraphML readers before the graphology parsers see a document:
// every node has a unique id, every edge a source and a target that are nodes. Messages name the
// element and its line.
import type { Element } from '@xmldom/xmldom';
import { renameUnsafeNodeKeys } from './safeNodeKeys';
import { describeElement } from './xmlDocument';

export type CheckResult =
  | { ok: true; nodes: Map<string, Element>; warnings: string[]; renamed: Map<string, string> }
  | { ok: false; message: string };


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
  const repeated: string[] = [];
  for (const el of edgeElements) {
    for (const end of ['source', 'target'] as const) {
      const value = el.getAttribute(end);
      if (value === null || value === '') return { ok: false, message: `${describeElement(el)}: the edge has no ${end}.` };
      if (!nodes.has(value)) return { ok: false, message: `${describeElement(el)}: its ${end} "${value}" is not a node of the file.` };
    }
    const id = el.getAttribute('id');
    if (id !== null && id !== '') {
      // NetworkX numbers the edges of each pair from 0: a repeated id is dropped, the edge gets a new one.
      if (edgeIds.has(id)) {
        repeated.push(describeElement(el));
        el.removeAttribute('id');
      } else edgeIds.set(id, el);
    }
  }
  const warnings = repeated.length
    ? [`Edges repeating the id of an earlier edge got new ids (${repeated.length}: ${repeated.slice(0, 5).join('; ')}${repeated.length > 5 ? ', …' : ''}).`]
    : [];
  // Unsafe ids are changed in the document itself, before a graphology parser builds a graph of it.
  const renamed = renameUnsafeNodeKeys(nodes.keys());
  if (renamed.size) {
    for (const el of nodeElements) {
      const to = renamed.get(el.getAttribute('id')!);
      if (to !== undefined) {
        el.setAttribute('id', to);
        nodes.set(to, el);
      }
    }
    for (const el of edgeElements)
      for (const end of ['source', 'target'])
        if (renamed.has(el.getAttribute(end)!)) el.setAttribute(end, renamed.get(el.getAttribute(end)!)!);
  }
  return { ok: true, nodes, warnings, renamed };
}
