// Export then import gives the same graph, attributes and dates included, for every format: on the
// seed corpus and on a generated graph, for everything and for a visible part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../../data/relations.json';
import { generateSyntheticGraph } from '../../../src/cli/synthetic/generateGraph';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { buildGraph, type DramatisGraph } from '../../../src/graph/buildGraph';
import type { EdgeAttributes, SerializedDramatisGraph } from '../../../src/domain/contract';
import { exportGraph, guessCsvMapping, importGraphText, readCsvHeader, type CsvMapping, type GraphFormat } from '../../../src/graph/formats';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
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
    // `happening` is derived (recomputed whenever the app assembles a graph); files leave it out.
    edges: byKey(data.edges).map((e) => {
      const { happening: _derived, ...attributes } = e.attributes;
      return { key: e.key, source: e.source, target: e.target, attributes };
    }),
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

function csvImport(graph: DramatisGraph, options: Parameters<typeof exportGraph>[2] = {}) {
  const files = exportGraph(graph, 'csv', { baseName: 'seed', ...options });
  expect(files.map((f) => f.name)).toEqual(['seed-nodes.csv', 'seed-edges.csv']);
  const [nodesFile, edgesFile] = files;
  const header = readCsvHeader(edgesFile!.text);
  if (!header.ok) throw new Error(header.message);
  const mapping = guessCsvMapping(header.columns) as CsvMapping;
  const outcome = importGraphText(edgesFile!.name, edgesFile!.text, { csvMapping: mapping, csvNodesText: nodesFile!.text, importDay: '2026-11-29' });
  if (!outcome.ok) throw new Error(outcome.message);
  return { outcome, mapping };
}

describe('csv round trip', () => {
  it('guesses every column of its own edges.csv', () => {
    const { mapping } = csvImport(seed);
    expect(mapping).toEqual({
      id: 'id',
      source: 'source',
      target: 'target',
      sourceLabel: 'source_label',
      targetLabel: 'target_label',
      relation: 'relation',
      originalRelation: 'original_relation',
      cameo: 'cameo',
      date: 'date',
      dateEnd: 'date_end',
      datePrecision: 'date_precision',
      dateNote: 'date_note',
      modality: 'modality',
      confidence: 'confidence',
      attributedTo: 'attributed_to',
      cue: 'cue',
      documentId: 'document_id',
      document: 'document',
      evidence: 'evidence',
    });
  });

  it.each([
    ['seed', () => seed],
    ['generated', () => synthetic],
  ])('keeps the %s graph: actors, relations, dates, evidence sentences and documents (ids and titles)', (_name, graph) => {
    const original = sorted(graph().export() as unknown as SerializedDramatisGraph);
    const { outcome } = csvImport(graph());
    const back = sorted(outcome.graph);
    expect(outcome.warnings).toEqual([]);
    expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS)).toEqual([]);
    expect(back.nodes).toEqual(original.nodes);
    // Offsets index the rebuilt document bodies, so evidence compares by text and by slice.
    const withoutOffsets = (edges: typeof back.edges) =>
      edges.map((e) => ({ ...e, attributes: { ...e.attributes, evidence: e.attributes.evidence.text } }));
    expect(withoutOffsets(back.edges)).toEqual(withoutOffsets(original.edges));
    const bodies = new Map(outcome.graph.attributes.documents.map((d) => [d.id, d.body]));
    for (const e of outcome.graph.edges) expect(bodies.get(e.attributes.doc)!.slice(e.attributes.evidence.start, e.attributes.evidence.end)).toBe(e.attributes.evidence.text);
    const cited = new Set(original.edges.map((e) => e.attributes.doc));
    expect(back.documents.map((d) => [d.id, d.title])).toEqual(original.documents.filter((d) => cited.has(d.id)).map((d) => [d.id, d.title]));
    expect(back.documents.every((d) => d.importedFrom === 'seed-edges.csv')).toBe(true);
  });
});

describe('visible-only export', () => {
  it.each([
    ['seed', () => seed, (a: EdgeAttributes) => a.relation === 'threat' || a.relation === 'accusation'],
    ['generated', () => synthetic, (a: EdgeAttributes) => a.relation === 'sanction' && a.date < '2023-07'],
  ])('of the %s graph holds the chosen edges, the actors they touch, the actors asked for and the documents cited', (name, graph, pick) => {
    const g = graph();
    const wanted = g.filterEdges((_e, a) => pick(a));
    expect(wanted.length).toBeGreaterThan(2);
    const wantedSet = new Set(wanted);
    const lonely = g.filterNodes((n) => g.degree(n) > 0 && g.edges(n).every((e) => !wantedSet.has(e)))[0]!;
    for (const format of ['gexf', 'graphml', 'json'] as const) {
      const [file] = exportGraph(g, format, { edges: (e) => wantedSet.has(e), nodes: (n) => n === lonely });
      const outcome = importGraphText(file!.name, file!.text, { importDay: '2026-11-29' });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.graph.edges.map((e) => e.key).sort(), format).toEqual([...wanted].sort());
      const touched = new Set([lonely]);
      for (const e of wanted) {
        touched.add(g.source(e)).add(g.target(e));
        const speaker = g.getEdgeAttribute(e, 'attributedTo');
        if (speaker) touched.add(speaker);
      }
      expect(outcome.graph.nodes.map((n) => n.key).sort(), format).toEqual([...touched].sort());
      const cited = new Set(wanted.map((e) => g.getEdgeAttribute(e, 'doc')));
      expect(outcome.graph.attributes.documents.map((d) => d.id).sort(), format).toEqual([...cited].sort());
      expect(outcome.graph.edges.every((e) => e.attributes.evidence.text.trim() !== ''), format).toBe(true);
      // The seed has two documents and both are cited; the generated graph has many.
      if (name === 'generated') expect(cited.size).toBeLessThan(g.getAttribute('documents').length / 2);
    }
  });

  it('keeps only relations between the chosen actors when only actors are given', () => {
    const iran = seed.hasNode('iran') ? 'iran' : seed.nodes()[0]!;
    const chosen = new Set([iran, ...seed.neighbors(iran).slice(0, 3)]);
    const [file] = exportGraph(seed, 'json', { nodes: (n) => chosen.has(n) });
    const data = JSON.parse(file!.text) as SerializedDramatisGraph;
    expect(data.edges.length).toBeGreaterThan(0);
    for (const e of data.edges) expect(chosen.has(e.source) && chosen.has(e.target)).toBe(true);
    expect(data.edges.length).toBe(seed.filterEdges((_e, _a, s, t) => chosen.has(s) && chosen.has(t)).length);
  });
});

describe('what an export leaves out', () => {
  it('writes only the contract: display attributes a graph may carry stay out', () => {
    const g = seed.copy();
    const first = g.nodes()[0]!;
    g.mergeNodeAttributes(first, { x: 1, y: 2, color: '#f00', hidden: true } as never);
    g.mergeEdgeAttributes(g.edges()[0]!, { size: 3, type: 'curved' } as never);
    const data = JSON.parse(exportGraph(g, 'json')[0]!.text) as SerializedDramatisGraph;
    expect(Object.keys(data.nodes.find((n) => n.key === first)!.attributes).sort()).toEqual(Object.keys(seed.getNodeAttributes(first)).sort());
    expect(validateGraph(data, KNOWN_RELATION_IDS)).toEqual([]);
    expect(sorted(data)).toEqual(sorted(seed.export() as unknown as SerializedDramatisGraph));
  });
});
