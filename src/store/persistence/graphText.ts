// A source's graph as the JSON text the workspace stores. Writing text instead of the graph's object
// tree keeps the IndexedDB write cheap for the page: cloning a string is a copy, cloning 20,000 actors'
// objects is seconds of work in one task. The import worker hands over the text it already made off
// the page's thread; any other graph (an article's, which is small) is written out here.
import type { DramatisGraph } from '../../graph/buildGraph';

const known = new WeakMap<DramatisGraph, string>();

/** Keeps `text` (JSON of exactly `graph.export()`'s content) as the graph's stored form. */
export function rememberGraphText(graph: DramatisGraph, text: string): void {
  known.set(graph, text);
}

/** Drops the kept text once it is stored (a later write makes it again). */
export function forgetGraphText(graph: DramatisGraph): void {
  known.delete(graph);
}

/** The graph as stored text: the text handed over, or the graph written out now. */
export function graphTextOf(graph: DramatisGraph): string {
  return known.get(graph) ?? JSON.stringify(graph.export());
}
