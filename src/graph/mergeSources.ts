import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from './buildGraph';
import type { DocumentMeta, EdgeAttributes, NodeAttributes } from '../domain/contract';

/** One graph of the session (the corpus or an imported file) as it takes part in the merge. */
export interface GraphSource {
  id: string;
  /**
   * Put before this source's edge keys and document ids so they never collide with another
   * source's. Empty for the seed corpus, whose keys (and the URLs that name them) stay as they are.
   */
  keyPrefix: string;
  /** The source's own graph; never mutated. */
  graph: DramatisGraph;
}

/** The merge and, per source id, how many of its relations an earlier source had already brought. */
export interface MergedSources {
  graph: DramatisGraph;
  alreadyLoaded: Map<string, number>;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The same actor seen by one more source: the first source's label and kind win, names are pooled. */
function combineActor(first: NodeAttributes, other: NodeAttributes): NodeAttributes {
  const combined: NodeAttributes = {
    ...first,
    aliases: unique([...first.aliases, ...(other.label !== first.label ? [other.label] : []), ...other.aliases]),
  };
  if (combined.affiliation === undefined && other.affiliation !== undefined) combined.affiliation = other.affiliation;
  if (combined.description === undefined && other.description !== undefined) combined.description = other.description;
  if (first.notes || other.notes) combined.notes = unique([...(first.notes ?? []), ...(other.notes ?? [])]);
  return combined;
}

const SEP = '\u0000';

/** Two documents with these equal are one document, whichever source brought them. */
function documentIdentity(d: DocumentMeta): string {
  return [d.title, d.published ?? '', d.source ?? '', d.url ?? '', d.importedFrom ?? '', d.body].join(SEP);
}

function happening(source: string, target: string, a: EdgeAttributes): string {
  return [source, target, a.relation, a.date, a.dateEnd ?? ''].join(SEP);
}

/** The same event told by the same document in the same words (document id already merged). */
function eventIdentity(doc: string, source: string, target: string, a: EdgeAttributes): string {
  return [doc, happening(source, target, a), a.evidence.start, a.evidence.text].join(SEP);
}

/** The same event under the same key, between the same actors, with the same relation and date. */
function keyIdentity(key: string, source: string, target: string, a: EdgeAttributes): string {
  return [key, happening(source, target, a)].join(SEP);
}

/** How many actors, documents or relations a merge step handles before it yields (see mergeSteps). */
export const MERGE_STEP_SIZE = 100;

/** Adds every source's documents; a document equal to one already merged becomes that one. Returns old id → merged id per source. */
function* mergeDocuments(sources: readonly GraphSource[]): Generator<void, { documents: DocumentMeta[]; docIds: Map<string, string>[] }> {
  const documents: DocumentMeta[] = [];
  const byIdentity = new Map<string, string>();
  const docIds: Map<string, string>[] = [];
  let count = 0;
  for (const { graph, keyPrefix } of sources) {
    const ids = new Map<string, string>();
    docIds.push(ids);
    for (const d of graph.getAttribute('documents')) {
      if (++count % MERGE_STEP_SIZE === 0) yield;
      const identity = documentIdentity(d);
      const known = byIdentity.get(identity);
      if (known !== undefined && !ids.has(d.id)) {
        ids.set(d.id, known);
        continue;
      }
      const id = keyPrefix + d.id;
      ids.set(d.id, id);
      byIdentity.set(identity, id);
      documents.push({ ...d, id });
    }
  }
  return { documents, docIds };
}

function* mergeActors(sources: readonly GraphSource[], merged: DramatisGraph): Generator<void, void> {
  let count = 0;
  for (const { graph } of sources) {
    for (const { node, attributes: attrs } of graph.nodeEntries()) {
      if (++count % MERGE_STEP_SIZE === 0) yield;
      if (merged.hasNode(node)) merged.replaceNodeAttributes(node, combineActor(merged.getNodeAttributes(node), attrs));
      else merged.addNode(node, { ...attrs, aliases: [...attrs.aliases], ...(attrs.notes ? { notes: [...attrs.notes] } : {}) });
    }
  }
}

/**
 * The merge of mergeSourcesCounted as steps: the generator yields after every MERGE_STEP_SIZE
 * actors, documents or relations, so a caller can run it in slices between which the page answers
 * input (mergeSourcesCounted runs it through at once).
 */
export function* mergeSteps(sources: readonly GraphSource[]): Generator<void, MergedSources> {
  const alreadyLoaded = new Map(sources.map((s) => [s.id, 0]));
  if (sources.length === 1 && sources[0]!.keyPrefix === '') return { graph: sources[0]!.graph, alreadyLoaded };
  const merged: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: sources.some((s) => s.graph.allowSelfLoops) });
  yield* mergeActors(sources, merged);
  const { documents, docIds } = yield* mergeDocuments(sources);
  const seen = new Set<string>();
  let count = 0;
  for (const [i, { id, graph, keyPrefix }] of sources.entries()) {
    const ids = docIds[i]!;
    let repeated = 0;
    // Only earlier sources count: a source's own edges are never merged with each other.
    const mine: string[] = [];
    for (const { edge, attributes: attrs, source, target } of graph.edgeEntries()) {
      if (++count % MERGE_STEP_SIZE === 0) yield;
      const doc = ids.get(attrs.doc) ?? keyPrefix + attrs.doc;
      const byKey = keyIdentity(edge, source, target, attrs);
      const byEvent = eventIdentity(doc, source, target, attrs);
      if (seen.has(byKey) || seen.has(byEvent)) {
        repeated += 1;
        continue;
      }
      mine.push(byKey, byEvent);
      merged.addDirectedEdgeWithKey(keyPrefix + edge, source, target, { ...attrs, doc, evidence: { ...attrs.evidence } });
    }
    for (const identity of mine) seen.add(identity);
    alreadyLoaded.set(id, repeated);
  }
  merged.replaceAttributes({ documents });
  return { graph: merged, alreadyLoaded };
}

/**
 * The data graph of a session: every source's actors, relations and documents in one graph.
 * An actor id present in several sources is one actor (aliases pooled); edge keys and document ids
 * carry their source's prefix. A document a later source brings again (same title, date, outlet,
 * address and text) is the earlier one, and a relation already loaded is not added twice: same
 * key, actors, relation and date, or same document, actors, relation, date and evidence.
 * A single unprefixed source is returned as it is (no copy).
 * Removing a source is merging the others: its edges, documents and the actors only it had go.
 */
export function mergeSourcesCounted(sources: readonly GraphSource[]): MergedSources {
  const steps = mergeSteps(sources);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The merged graph of mergeSourcesCounted. */
export function mergeSources(sources: readonly GraphSource[]): DramatisGraph {
  return mergeSourcesCounted(sources).graph;
}
