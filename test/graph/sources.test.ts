// Sources of a session: the merge of the corpus and imported graphs, and what removing one leaves.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { carryFiltersOver, facetUniverse } from '../../src/graph/carryFilters';
import type { ActorKind } from '../../src/domain/contract';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { mergeSources, type GraphSource } from '../../src/graph/mergeSources';
import { carryViewOver } from '../../src/store/carryView';

interface Spec {
  docs: string[];
  actors: [id: string, label: string, kind: ActorKind, aliases: string[]][];
  edges: [key: string, source: string, target: string, relation: string, doc: string][];
}

function graphOf(spec: Spec, titlePrefix = 'Title'): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({
    documents: spec.docs.map((id) => ({ id, title: `${titlePrefix} ${id}`, published: '2025-06-01', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'A met B.' })),
  });
  for (const [id, label, kind, aliases] of spec.actors) g.addNode(id, { label, kind, aliases });
  for (const [key, s, t, relation, doc] of spec.edges) {
    g.addDirectedEdgeWithKey(key, s, t, {
      relation,
      cameo: '040',
      plover: null,
      date: '2025-06-01',
      datePrecision: 'day',
      doc,
      evidence: { text: 'A met B.', start: 0, end: 8 },
      modality: 'asserted',
      confidence: 0.8,
    });
  }
  return g;
}

const corpus: GraphSource = {
  id: 'corpus',
  keyPrefix: '',
  graph: graphOf({
    docs: ['d1', 'd2'],
    actors: [
      ['iran', 'Iran', 'state', ['Iran', 'Islamic Republic']],
      ['united-states', 'United States', 'state', ['US']],
      ['oman', 'Oman', 'state', []],
    ],
    edges: [
      ['e1', 'iran', 'united-states', 'communication', 'd1'],
      ['e2', 'oman', 'iran', 'mediation', 'd2'],
    ],
  }),
};

// An imported file that reuses two of the corpus's actors and its edge and document keys.
const imported: GraphSource = {
  id: 'import-1',
  keyPrefix: 'import-1:',
  graph: graphOf({
    docs: ['d1'],
    actors: [
      ['iran', 'Islamic Republic of Iran', 'organization', ['Tehran']],
      ['united-states', 'United States', 'state', ['USA', 'US']],
      ['qatar', 'Qatar', 'state', ['Doha']],
    ],
    edges: [
      ['e1', 'qatar', 'iran', 'mediation', 'd1'],
      ['e2', 'united-states', 'iran', 'threat', 'd1'],
    ],
  }, 'Imported title'),
};

function snapshot(g: DramatisGraph) {
  return {
    nodes: g.mapNodes((n, a) => [n, a]),
    edges: g.mapEdges((e, a, s, t) => [e, s, t, a]),
    documents: g.getAttribute('documents'),
  };
}

describe('mergeSources', () => {
  it('returns the corpus graph itself when it is the only source', () => {
    expect(mergeSources([corpus])).toBe(corpus.graph);
  });

  it('makes one actor of an id two sources share, with their names pooled and the first source’s label and kind', () => {
    const merged = mergeSources([corpus, imported]);
    expect(merged.order).toBe(4);
    expect(merged.getNodeAttributes('iran')).toMatchObject({ label: 'Iran', kind: 'state' });
    expect(merged.getNodeAttribute('iran', 'aliases')).toEqual(['Iran', 'Islamic Republic', 'Islamic Republic of Iran', 'Tehran']);
    expect(merged.getNodeAttribute('united-states', 'aliases')).toEqual(['US', 'USA']);
    // The edge connects the shared actor in both sources.
    expect(merged.degree('iran')).toBe(4);
  });

  it('keeps the corpus keys and prefixes the imported edges and documents, so equal keys never collide', () => {
    const merged = mergeSources([corpus, imported]);
    expect(merged.edges().sort()).toEqual(['e1', 'e2', 'import-1:e1', 'import-1:e2']);
    expect(merged.extremities('e1')).toEqual(['iran', 'united-states']);
    expect(merged.extremities('import-1:e1')).toEqual(['qatar', 'iran']);
    expect(merged.getAttribute('documents').map((d) => d.id)).toEqual(['d1', 'd2', 'import-1:d1']);
    expect(merged.getEdgeAttribute('import-1:e2', 'doc')).toBe('import-1:d1');
    expect(merged.getEdgeAttribute('e1', 'doc')).toBe('d1');
  });

  it('does not change the sources it merges', () => {
    const before = [snapshot(corpus.graph), snapshot(imported.graph)];
    mergeSources([corpus, imported]);
    expect([snapshot(corpus.graph), snapshot(imported.graph)]).toEqual(before);
  });

  it('removing the import gives back exactly the corpus graph: its edges, documents and only-imported actors go', () => {
    const merged = mergeSources([corpus, imported]);
    const without = mergeSources([corpus]);
    expect(snapshot(without)).toEqual(snapshot(corpus.graph));
    expect(without.hasNode('qatar')).toBe(false);
    expect(merged.hasNode('qatar')).toBe(true);
  });

  it('removing the corpus keeps the actors the import also has, with only the import’s names', () => {
    const onlyImport = mergeSources([imported]);
    expect(onlyImport.nodes().sort()).toEqual(['iran', 'qatar', 'united-states']);
    expect(onlyImport.hasNode('oman')).toBe(false);
    expect(onlyImport.getNodeAttributes('iran')).toMatchObject({ label: 'Islamic Republic of Iran', kind: 'organization', aliases: ['Tehran'] });
    expect(onlyImport.edges().sort()).toEqual(['import-1:e1', 'import-1:e2']);
  });

  it('keeps an actor that a remaining source supports even without edges there', () => {
    const loner: GraphSource = {
      id: 'import-2',
      keyPrefix: 'import-2:',
      graph: graphOf({ docs: [], actors: [['qatar', 'Qatar', 'state', []]], edges: [] }),
    };
    const merged = mergeSources([corpus, loner]);
    expect(merged.hasNode('qatar')).toBe(true);
    expect(merged.degree('qatar')).toBe(0);
  });
});

describe('filters and selection across a source change', () => {
  const withImport = mergeSources([corpus, imported]);
  const universeCorpus = facetUniverse(corpus.graph);
  const universeBoth = facetUniverse(withImport);
  const has = (g: DramatisGraph) => (id: string) => g.hasNode(id);

  it('drops documents, actors and paths that no longer exist and lifts a restriction that lost every value', () => {
    const f: FilterState = { ...DEFAULT_FILTERS, docs: ['import-1:d1'], focus: 'qatar', hops: 2, pinned: ['qatar', 'oman'], path: ['qatar', 'oman'] };
    const next = carryFiltersOver(f, universeBoth, universeCorpus, has(corpus.graph));
    expect(next.docs).toBeNull();
    expect(next.focus).toBeNull();
    expect(next.hops).toBe(1);
    expect(next.pinned).toEqual(['oman']);
    expect(next.path).toBeNull();
  });

  it('keeps what still exists and lets the new source’s documents and relations show', () => {
    // The user unticked d2 and threat-free graph had no 'threat' to untick: both imports show.
    const f: FilterState = { ...DEFAULT_FILTERS, docs: ['d1'], relations: ['communication'], from: '2025-05-01' };
    const next = carryFiltersOver(f, universeCorpus, universeBoth, has(withImport));
    expect(next.docs).toEqual(['d1', 'import-1:d1']);
    expect(next.relations).toEqual(['communication', 'threat']);
    expect(next.from).toBe('2025-05-01');
  });

  it('returns the same filters object when nothing changes', () => {
    const f: FilterState = { ...DEFAULT_FILTERS, relations: ['mediation'], pinned: ['iran'] };
    expect(carryFiltersOver(f, universeCorpus, universeCorpus, has(corpus.graph))).toBe(f);
  });

  it('clears a selection, hover or reader edge that went away and keeps the ones that remain', () => {
    const view = {
      filters: DEFAULT_FILTERS,
      selection: { kind: 'edge' as const, edge: 'import-1:e2' },
      hoveredNode: 'qatar',
      hoveredEdge: 'e1',
      reader: { doc: 'd1', edge: 'e1' },
    };
    const next = carryViewOver(view, withImport, corpus.graph);
    expect(next.selection).toBeNull();
    expect(next.hoveredNode).toBeNull();
    expect(next.hoveredEdge).toBe('e1');
    expect(next.reader).toBe(view.reader);
    const kept = carryViewOver({ ...view, selection: { kind: 'node', node: 'iran' }, reader: { doc: 'import-1:d1', edge: null } }, withImport, corpus.graph);
    expect(kept.selection).toEqual({ kind: 'node', node: 'iran' });
    expect(kept.reader).toBeNull();
  });
});
