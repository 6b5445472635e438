// Graphs and a fresh in-memory IndexedDB for the persistence tests.
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MultiDirectedGraph } from 'graphology';
import type { DexieOptions } from 'dexie';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../../src/domain/contract';
import { importGraphText } from '../../../src/graph/formats';

/** Dexie options over a new, empty fake IndexedDB (one per test). */
export function freshIndexedDb(): DexieOptions & { indexedDB: IDBFactory } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A small contract graph standing in for the seed corpus. */
export function corpusGraph(): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const body = 'Ankara met Baku officials on Monday.';
  g.replaceAttributes({
    documents: [{ id: 'doc-1', title: 'Talks', published: '2025-06-01', publishedPrecision: 'day', publishedInferred: false, source: null, body }],
  } as never);
  g.addNode('turkey', { label: 'Turkey', kind: 'state', aliases: ['Ankara'] });
  g.addNode('azerbaijan', { label: 'Azerbaijan', kind: 'state', aliases: ['Baku'] });
  g.addDirectedEdgeWithKey('e1', 'turkey', 'azerbaijan', {
    relation: 'communication',
    cameo: '040',
    plover: null,
    date: '2025-06-01',
    datePrecision: 'day',
    doc: 'doc-1',
    evidence: { text: body, start: 0, end: body.length },
    modality: 'asserted',
    confidence: 0.8,
  } as never);
  return g;
}

/** The Gephi fixture read through the real importer, as an import would hold it. */
export function importedGephiGraph(): { graph: DramatisGraph; warnings: string[] } {
  const text = readFileSync(new URL('../../fixtures/formats/gephi-crisis.gexf', import.meta.url), 'utf8');
  const outcome = importGraphText('gephi-crisis.gexf', text, { importDay: '2026-11-29' });
  if (!outcome.ok) throw new Error(outcome.message);
  const graph: DramatisGraph = new MultiDirectedGraph();
  graph.import(outcome.graph as SerializedDramatisGraph);
  return { graph, warnings: outcome.warnings };
}

/** A data: URL serving `graph` as the JSON file the app fetches. */
export function graphUrl(graph: DramatisGraph): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(graph.export()))}`;
}

/** A Storage over a Map, for the localStorage move. */
export function mapStorage(initial: Record<string, string> = {}): Storage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k: string) => map.get(k) ?? null,
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    setItem: (k: string, v: string) => void map.set(k, String(v)),
  };
}
