import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from '../graph/buildGraph';
import type { SerializedDramatisGraph } from '../domain/contract';
import { KNOWN_RELATION_IDS } from '../graph/relationStyles';
import { validateGraph } from '../graph/validateGraph';
import { useAppStore } from './appStore';
import { useSourcesStore } from './sourcesStore';

export const DEFAULT_GRAPH_URL = `${import.meta.env.BASE_URL}graph/default-graph.json`;

const MAX_LISTED_ISSUES = 3;

/** Fetches, validates and imports a serialised graph; returns the graph or a message for humans. */
export async function fetchGraph(url: string): Promise<DramatisGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`Could not reach ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new Error(`Could not load the graph (${url} answered HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`The graph file ${url} is not valid JSON.`);
  }
  return graphFromJson(json, url);
}

/** Validates and imports a parsed serialised graph; `name` says where it came from in messages. */
export function graphFromJson(json: unknown, name: string): DramatisGraph {
  const url = name;
  const issues = validateGraph(json, KNOWN_RELATION_IDS);
  if (issues.length > 0) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${i.where}: ${i.problem}`);
    const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
    throw new Error(`The graph file ${url} does not follow the Dramatis contract: ${listed.join('; ')}${more}.`);
  }
  const serialized = json as SerializedDramatisGraph;
  // import() takes nodes and edges, not options: the graph must be made with the file's own.
  const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: serialized.options.allowSelfLoops });
  graph.import(serialized);
  return graph;
}

/** How the sources list names the graph built from data/articles. */
export const CORPUS_LABEL = 'Seed corpus';

/** Loads the graph into the store as the session's first source; failures become an on-screen message, never a crash. */
export async function loadGraphIntoStore(url: string = DEFAULT_GRAPH_URL): Promise<void> {
  const { graphFailed } = useAppStore.getState();
  try {
    useSourcesStore.getState().corpusLoaded(CORPUS_LABEL, await fetchGraph(url));
  } catch (err) {
    graphFailed(err instanceof Error ? err.message : String(err));
  }
}
