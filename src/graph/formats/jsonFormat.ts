// JSON: the contract itself (graphology's `graph.export()`), with extra graph attributes beside
// `documents`. Reading accepts any graphology serialisation and fits it to the contract.
import type { SerializedDramatisGraph } from '../../domain/contract';
import { checkImportCounts } from './importLimits';
import { parseJsonLocated } from './jsonSyntax';
import type { RawEdge, RawGraph, RawNode } from './rawGraph';

export function writeJson(graph: SerializedDramatisGraph, extraGraphAttributes: Record<string, unknown> = {}): string {
  const { documents: _ignored, ...extra } = extraGraphAttributes;
  return JSON.stringify({ ...graph, attributes: { ...extra, documents: graph.attributes.documents } });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function keyOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export type RawReadResult = { ok: true; raw: RawGraph } | { ok: false; message: string };

/** A graphology serialisation as a raw graph; refuses what is not one, saying where. */
export function readJson(text: string): RawReadResult {
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (!isRecord(data)) return { ok: false, message: 'not a graph: a graphology graph is an object with "nodes" and "edges" lists.' };
  if (!Array.isArray(data.nodes)) return { ok: false, message: 'not a graph: it has no "nodes" list.' };
  const edgesValue = data.edges ?? [];
  if (!Array.isArray(edgesValue)) return { ok: false, message: 'not a graph: "edges" is not a list.' };
  // Refused before any node is read: reading and fitting are what cost time.
  const tooMany = checkImportCounts(data.nodes.length, edgesValue.length);
  if (tooMany) return { ok: false, message: tooMany };
  const options = isRecord(data.options) ? data.options : {};
  const attributes = isRecord(data.attributes) ? data.attributes : {};
  const nodes: RawNode[] = [];
  const seen = new Map<string, number>();
  for (const [i, n] of data.nodes.entries()) {
    const where = `nodes[${i}]`;
    if (!isRecord(n)) return { ok: false, message: `${where}: a node must be an object with a "key".` };
    const key = keyOf(n.key);
    if (key === null) return { ok: false, message: `${where}: the node has no "key".` };
    const first = seen.get(key);
    if (first !== undefined) return { ok: false, message: `${where}: the key "${key}" is already the key of nodes[${first}].` };
    seen.set(key, i);
    if (n.attributes !== undefined && !isRecord(n.attributes)) return { ok: false, message: `${where} ("${key}"): "attributes" must be an object.` };
    nodes.push({ key, attributes: isRecord(n.attributes) ? n.attributes : {}, where: `${where} ("${key}")` });
  }
  const edges: RawEdge[] = [];
  for (const [i, e] of edgesValue.entries()) {
    if (!isRecord(e)) return { ok: false, message: `edges[${i}]: an edge must be an object with "source" and "target".` };
    const key = keyOf(e.key);
    const where = key === null ? `edges[${i}]` : `edges[${i}] ("${key}")`;
    const source = keyOf(e.source);
    const target = keyOf(e.target);
    if (source === null) return { ok: false, message: `${where}: the edge has no "source".` };
    if (target === null) return { ok: false, message: `${where}: the edge has no "target".` };
    if (e.attributes !== undefined && !isRecord(e.attributes)) return { ok: false, message: `${where}: "attributes" must be an object.` };
    const undirected = typeof e.undirected === 'boolean' ? e.undirected : options.type === 'undirected';
    edges.push({ key, source, target, undirected, attributes: isRecord(e.attributes) ? e.attributes : {}, where });
  }
  return { ok: true, raw: { attributes, nodes, edges, warnings: [] } };
}
