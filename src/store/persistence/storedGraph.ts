// A source's graph as the workspace stores it: its JSON in a Blob. IndexedDB keeps a Blob by
// reference, so the page's write costs nothing however big the graph; a string of the same JSON was
// serialised into the write on the page's thread (about 200 ms for 20,000 actors and 40,000
// relations here). The import and article workers hand over a Blob they made off the page's thread;
// any other graph is written out here.
import type { DramatisGraph } from '../../graph/buildGraph';
import { graphJsonBlob } from '../../graph/formats/graphJsonBlob';

const known = new WeakMap<DramatisGraph, Blob>();

/** Keeps `json` (a Blob of exactly `graph.export()`'s content as JSON) as the graph's stored form. */
export function rememberStoredGraph(graph: DramatisGraph, json: Blob): void {
  known.set(graph, json);
}

/** Drops the kept Blob once it is stored (a later write makes it again). */
export function forgetStoredGraph(graph: DramatisGraph): void {
  known.delete(graph);
}

/** The graph's stored form: the Blob handed over, or the graph written out now. */
export function storedGraphOf(graph: DramatisGraph): Blob {
  return known.get(graph) ?? graphJsonBlob(graph.export());
}
