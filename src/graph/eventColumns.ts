import type { DramatisGraph } from './buildGraph';
import { ACTOR_KINDS, MODALITIES } from '../domain/contract';
import { eventSpan } from './eventTime';
import { ITEMS_PER_STEP, runToEnd } from './stepwise';

/** Interns strings as small integers, in order of first sight. */
class Interner {
  readonly ids: string[] = [];
  private readonly codes = new Map<string, number>();
  constructor(known: readonly string[] = []) {
    for (const id of known) this.code(id);
  }
  code(id: string): number {
    let c = this.codes.get(id);
    if (c === undefined) {
      c = this.ids.length;
      this.ids.push(id);
      this.codes.set(id, c);
    }
    return c;
  }
  lookup(id: string): number | undefined {
    return this.codes.get(id);
  }
}

/**
 * The graph's events and actors as typed columns, indexed 0..n-1: what the filters read, laid out
 * so that a pass over 1M events touches a few flat arrays instead of attribute objects.
 */
export interface EventColumns {
  edgeKeys: string[];
  edgeIndex: Map<string, number>;
  source: Uint32Array;
  target: Uint32Array;
  relation: Uint16Array;
  relationIds: string[];
  doc: Uint32Array;
  docIds: string[];
  modality: Uint8Array;
  modalityIds: string[];
  confidence: Float64Array;
  /** First and last day (days since 1970-01-01) the event covers. */
  first: Int32Array;
  last: Int32Array;
  /** 1 when the date is only a month, 2 when only a year (a window may hold only part of it); 0 otherwise. */
  imprecise: Uint8Array;
  /** 1 when the event is dated by its document only. */
  documentDated: Uint8Array;
  nodeKeys: string[];
  nodeIndex: Map<string, number>;
  kind: Uint8Array;
  kindIds: string[];
  /** Adjacency (both directions) as offsets into `incidentEdges`, for ego networks. */
  incidentStart: Uint32Array;
  incidentEdges: Uint32Array;
}

export function buildEventColumns(graph: DramatisGraph): EventColumns {
  return runToEnd(eventColumnSteps(graph));
}

/** buildEventColumns in steps: it pauses (yields) every ITEMS_PER_STEP events. */
export function* eventColumnSteps(graph: DramatisGraph): Generator<void, EventColumns> {
  const nodeKeys: string[] = [];
  const nodeIndex = new Map<string, number>();
  const kinds = new Interner(ACTOR_KINDS);
  const kind = new Uint8Array(graph.order);
  graph.forEachNode((node, a) => {
    kind[nodeKeys.length] = kinds.code(a.kind);
    nodeIndex.set(node, nodeKeys.length);
    nodeKeys.push(node);
  });

  const m = graph.size;
  const edgeKeys: string[] = [];
  const edgeIndex = new Map<string, number>();
  const source = new Uint32Array(m);
  const target = new Uint32Array(m);
  const relation = new Uint16Array(m);
  const doc = new Uint32Array(m);
  const modality = new Uint8Array(m);
  const confidence = new Float64Array(m);
  const first = new Int32Array(m);
  const last = new Int32Array(m);
  const imprecise = new Uint8Array(m);
  const documentDated = new Uint8Array(m);
  const relations = new Interner();
  const docs = new Interner(graph.getAttribute('documents').map((d) => d.id));
  const modalities = new Interner(MODALITIES);
  const degree = new Uint32Array(graph.order + 1);

  for (const { edge, attributes: a, source: s, target: t } of graph.edgeEntries()) {
    const i = edgeKeys.length;
    if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
    edgeKeys.push(edge);
    edgeIndex.set(edge, i);
    source[i] = nodeIndex.get(s)!;
    target[i] = nodeIndex.get(t)!;
    relation[i] = relations.code(a.relation);
    doc[i] = docs.code(a.doc);
    modality[i] = modalities.code(a.modality);
    confidence[i] = a.confidence;
    const [f, l] = eventSpan(a);
    first[i] = f;
    last[i] = l;
    imprecise[i] = a.datePrecision === 'month' ? 1 : a.datePrecision === 'year' ? 2 : 0;
    documentDated[i] = a.datePrecision === 'document' ? 1 : 0;
    degree[source[i]! + 1]!++;
    if (target[i] !== source[i]) degree[target[i]! + 1]!++;
  }
  yield;

  // Compressed adjacency: node n's incident edges are incidentEdges[incidentStart[n] .. incidentStart[n+1]).
  const incidentStart = new Uint32Array(graph.order + 1);
  for (let n = 0; n < graph.order; n++) incidentStart[n + 1] = incidentStart[n]! + degree[n + 1]!;
  const fill = incidentStart.slice(0, graph.order);
  const incidentEdges = new Uint32Array(incidentStart[graph.order]!);
  for (let i = 0; i < m; i++) {
    incidentEdges[fill[source[i]!]!++] = i;
    if (target[i] !== source[i]) incidentEdges[fill[target[i]!]!++] = i;
  }

  return {
    edgeKeys,
    edgeIndex,
    source,
    target,
    relation,
    relationIds: relations.ids,
    doc,
    docIds: docs.ids,
    modality,
    modalityIds: modalities.ids,
    confidence,
    first,
    last,
    imprecise,
    documentDated,
    nodeKeys,
    nodeIndex,
    kind,
    kindIds: kinds.ids,
    incidentStart,
    incidentEdges,
  };
}

/** Items grouped by a small integer code: `items[start[c] .. start[c+1])` holds the items with code c. */
export interface Buckets {
  start: Uint32Array;
  items: Uint32Array;
}

/** Groups item indices by code; an item may fall in two codes (e.g. an event between two kinds of actor). */
export function bucketBy(count: number, codes: number, codesOf: (item: number, add: (code: number) => void) => void): Buckets {
  const sizes = new Uint32Array(codes + 1);
  for (let i = 0; i < count; i++) codesOf(i, (c) => sizes[c + 1]!++);
  const start = new Uint32Array(codes + 1);
  for (let c = 0; c < codes; c++) start[c + 1] = start[c]! + sizes[c + 1]!;
  const fill = start.slice(0, codes);
  const items = new Uint32Array(start[codes]!);
  for (let i = 0; i < count; i++) codesOf(i, (c) => (items[fill[c]!++] = i));
  return { start, items };
}
