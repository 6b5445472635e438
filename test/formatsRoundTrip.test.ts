// Export then import gives the same graph, attributes and dates included, for every format: on the
// seed corpus and on a generated graph, for everything and for a visible part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../data/relations.json';
import { generateSyntheticGraph } from '../src/cli/synthetic/generateGraph';
import { defaultResources } from '../src/extract/defaultResources';
import { extractCorpus } from '../src/extract/extractCorpus';
import { buildGraph, type DramatisGraph } from '../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../src/graph/contract';
import { exportGraph, guessCsvMapping, importGraphText, readCsvHeader, type CsvMapping, type GraphFormat } from '../src/graph/formats';
import { KNOWN_RELATION_IDS } from '../src/graph/relationStyles';
import { validateGraph } from '../src/graph/validateGraph';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = join(ROOT, 'data', 'articles');

let seed: DramatisGraph;
let synthetic: DramatisGraph;

function toGraph(data: SerializedDramatisGraph): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph();
  g.import(data);
  return g;
}

function sorted(data: SerializedDramatisGraph) {
  const byKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    documents: [...data.attributes.documents].sort((a, b) => (a.id < b.id ? -1 : 1)),
    nodes: byKey(data.nodes),
    edges: byKey(data.edges).map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })),
  };
}

function roundTrip(graph: DramatisGraph, format: Exclude<GraphFormat, 'csv'>, extra: Record<string, unknown> = {}) {
  const [file] = exportGraph(graph, format, { extraGraphAttributes: extra, baseName: 'round-trip' });
  expect(file!.name).toBe(`round-trip.${format}`);
  const outcome = importGraphText(file!.name, file!.text, { importDay: '2026-11-29' });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

beforeAll(() => {
  const files = readdirSync(ARTICLES)
    .filter((n) => /\.(md|markdown|txt)$/i.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(ARTICLES, name), 'utf8') }));
  seed = buildGraph(extractCorpus(files, defaultResources()));
  synthetic = toGraph(generateSyntheticGraph({ actors: 300, events: 2000, years: 2, seed: 7, relations: relationsFile.relations }));
});

describe.each(['gexf', 'graphml', 'json'] as const)('%s round trip', (format) => {
  it('gives back the seed graph exactly: actors, relations, dates, evidence and documents', () => {
    const original = seed.export() as unknown as SerializedDramatisGraph;
    const stories = { stories: [{ id: 's1', title: 'June strikes', steps: [{ from: '2025-06-01', to: '2025-06-30' }] }] };
    const outcome = roundTrip(seed, format, stories);
    expect(outcome.format).toBe(format);
    expect(outcome.warnings).toEqual([]);
    expect(sorted(outcome.graph)).toEqual(sorted(original));
    expect(outcome.extraGraphAttributes).toEqual(stories);
    expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS)).toEqual([]);
  });

  it('gives back a generated graph exactly', () => {
    const original = synthetic.export() as unknown as SerializedDramatisGraph;
    const outcome = roundTrip(synthetic, format);
    expect(outcome.warnings).toEqual([]);
    expect(sorted(outcome.graph)).toEqual(sorted(original));
  });
});
