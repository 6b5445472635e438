// Importing what is already loaded: a file that repeats the seed corpus (a colleague's export of it)
// merges into the relations on screen instead of doubling them, and the count says how many were
// repeated; relations that only look alike stay apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { buildGraph, type DramatisGraph } from '../../../src/graph/buildGraph';
import type { EdgeAttributes, SerializedDramatisGraph } from '../../../src/domain/contract';
import { exportGraph, importGraphText, type GraphFormat } from '../../../src/graph/formats';
import { mergeSourcesCounted, type GraphSource } from '../../../src/graph/mergeSources';
import { alreadyLoadedText } from '../../../src/app/import/importFlow';

const ARTICLES = join(fileURLToPath(new URL('../../..', import.meta.url)), 'data', 'articles');
let seed: DramatisGraph;

beforeAll(() => {
  const files = readdirSync(ARTICLES)
    .filter((n) => n.endsWith('.md'))
    .map((name) => ({ name, text: readFileSync(join(ARTICLES, name), 'utf8') }));
  seed = buildGraph(extractCorpus(files, defaultResources()));
});

function reimported(graph: DramatisGraph, format: Exclude<GraphFormat, 'csv'>): DramatisGraph {
  const [file] = exportGraph(graph, format, { baseName: 'colleague' });
  const outcome = importGraphText(file!.name, file!.text, { importDay: '2026-12-01' });
  if (!outcome.ok) throw new Error(outcome.message);
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: outcome.graph.options.allowSelfLoops });
  g.import(outcome.graph as SerializedDramatisGraph);
  return g;
}

const corpus = (): GraphSource => ({ id: 'corpus', keyPrefix: '', graph: seed });
const source = (n: number, graph: DramatisGraph): GraphSource => ({ id: `import-${n}`, keyPrefix: `import-${n}:`, graph });

function edgeAttributes(doc: string, evidence: string, over: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return { relation: 'threat', cameo: '138', plover: null, date: '2025-06-10', datePrecision: 'day', doc, evidence: { text: evidence, start: 0, end: evidence.length }, modality: 'asserted', confidence: 0.9, ...over };
}

/** A small file graph: one document and the given edges between Atlantis and Lemuria. */
function smallGraph(edges: [key: string, source: string, target: string, attrs: EdgeAttributes][], body = 'Atlantis threatened Lemuria.'): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph();
  g.replaceAttributes({ documents: [{ id: 'd1', title: 'Atlantis report', published: '2025-06-10', publishedPrecision: 'day', publishedInferred: false, source: null, body }] });
  g.addNode('atlantis', { label: 'Atlantis', kind: 'state', aliases: [] });
  g.addNode('lemuria', { label: 'Lemuria', kind: 'state', aliases: [] });
  for (const [key, s, t, a] of edges) g.addDirectedEdgeWithKey(key, s, t, a);
  return g;
}

describe('a file that repeats what is loaded', () => {
  it.each(['json', 'gexf', 'graphml'] as const)('an export of the seed corpus in %s, imported again, doubles no relation and no document', (format) => {
    const again = reimported(seed, format);
    expect(again.size).toBe(seed.size);
    const { graph, alreadyLoaded } = mergeSourcesCounted([corpus(), source(1, again)]);
    expect(graph.size).toBe(seed.size);
    expect(graph.order).toBe(seed.order);
    expect(alreadyLoaded.get('import-1')).toBe(seed.size);
    expect(alreadyLoaded.get('corpus')).toBe(0);
    // The seed's own keys and documents are what stays.
    expect(graph.edges().every((e) => seed.hasEdge(e))).toBe(true);
    if (format === 'json') expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(seed.getAttribute('documents').map((d) => d.id));
  });

  it('counts only the repeated relations of a file that also brings new ones, and keeps the new ones on the known document', () => {
    const first = smallGraph([['a', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.')]]);
    const second = smallGraph([
      // Same document, actors, relation, date and evidence under another key: the same event.
      ['other-key', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.')],
      // Same sentence, another relation: a different event.
      ['b', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.', { relation: 'accuse', cameo: '112' })],
    ]);
    const { graph, alreadyLoaded } = mergeSourcesCounted([source(1, first), source(2, second)]);
    expect(alreadyLoaded.get('import-2')).toBe(1);
    expect(graph.edges()).toEqual(['import-1:a', 'import-2:b']);
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['import-1:d1']);
    expect(graph.getEdgeAttribute('import-2:b', 'doc')).toBe('import-1:d1');
    expect(alreadyLoadedText(1, 2)).toBe('1 of 2 relations were already loaded (merged, not added twice).');
  });

  it('keeps apart relations that share a key but not their actors or date, and a file’s own identical relations', () => {
    const first = smallGraph([['e1', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.')]]);
    const second = smallGraph(
      [
        ['e1', 'lemuria', 'atlantis', edgeAttributes('d1', 'Lemuria threatened Atlantis.')],
        ['e2', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.', { date: '2025-06-11' })],
      ],
      'Lemuria threatened Atlantis.',
    );
    const twins = smallGraph([
      ['t1', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.', { date: '2025-07-01' })],
      ['t2', 'atlantis', 'lemuria', edgeAttributes('d1', 'Atlantis threatened Lemuria.', { date: '2025-07-01' })],
    ]);
    const { graph, alreadyLoaded } = mergeSourcesCounted([source(1, first), source(2, second), source(3, twins)]);
    expect(alreadyLoaded.get('import-2')).toBe(0);
    expect(alreadyLoaded.get('import-3')).toBe(0);
    expect(graph.size).toBe(5);
  });

  it('brings the repeated relations back from the later file when the first one is removed', () => {
    const again = reimported(seed, 'json');
    const { graph } = mergeSourcesCounted([source(1, again)]);
    expect(graph.size).toBe(seed.size);
    expect(graph.edges().every((e) => e.startsWith('import-1:'))).toBe(true);
  });
});
