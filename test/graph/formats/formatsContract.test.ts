// The contract's additions for imports: the "unclassified" relation (with the file's own label) and
// documents standing for imported files, the only place evidence may be empty. And an imported
// graph goes out again through every format unchanged.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../../src/domain/contract';
import { exportGraph, importGraphText } from '../../../src/graph/formats';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function small(): SerializedDramatisGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {
      documents: [
        { id: 'a1', title: 'Article', published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Iran warned Israel.' },
        { id: 'import:x.csv', title: 'x.csv', published: '2026-11-29', publishedPrecision: 'day', publishedInferred: false, source: null, body: '', importedFrom: 'x.csv' },
      ],
    },
    nodes: [
      { key: 'iran', attributes: { label: 'Iran', kind: 'state', aliases: ['Iran'] } },
      { key: 'israel', attributes: { label: 'Israel', kind: 'state', aliases: ['Israel'] } },
    ],
    edges: [
      {
        key: 'e1',
        source: 'iran',
        target: 'israel',
        attributes: { relation: 'threat', cameo: '130', plover: 'THREATEN', date: '2026-01-12', datePrecision: 'day', doc: 'a1', evidence: { text: 'Iran warned Israel.', start: 0, end: 19 }, modality: 'asserted', confidence: 0.9 },
      },
      {
        key: 'e2',
        source: 'israel',
        target: 'iran',
        attributes: { relation: 'unclassified', originalRelation: 'alliance', cameo: '', plover: null, date: '2026-01', datePrecision: 'month', doc: 'import:x.csv', evidence: { text: '', start: 0, end: 0 }, modality: 'asserted', confidence: 1 },
      },
    ],
  };
}

describe('contract additions', () => {
  it('accepts an unclassified relation and empty evidence in a document standing for an imported file', () => {
    expect(validateGraph(small(), KNOWN_RELATION_IDS)).toEqual([]);
  });

  it('still refuses empty evidence in an article, and an empty CAMEO code on a known relation', () => {
    const g = small();
    g.edges[1]!.attributes.doc = 'a1';
    expect(validateGraph(g, KNOWN_RELATION_IDS)).toEqual([{ where: 'edge e2', problem: 'evidence is empty (allowed only for an imported file without a sentence for this edge)' }]);
    const h = small();
    h.edges[0]!.attributes.cameo = '';
    expect(validateGraph(h, KNOWN_RELATION_IDS)).toEqual([{ where: 'edge e1', problem: 'cameo must be a CAMEO code' }]);
    const k = small();
    k.edges[1]!.attributes.evidence = { text: '', start: 0, end: 3 };
    expect(validateGraph(k, KNOWN_RELATION_IDS).map((i) => i.where)).toEqual(['edge e2']);
    const m = small();
    m.edges[0]!.attributes.relation = 'alliance';
    expect(validateGraph(m, KNOWN_RELATION_IDS)).toEqual([{ where: 'edge e1', problem: 'unknown relation alliance' }]);
  });

  it('sends an imported graph (empty evidence, unclassified relations) through every format unchanged', async () => {
    const first = importGraphText('networkx.graphml', readFileSync(`${FIXTURES}formats/networkx-multidigraph.graphml`, 'utf8'), { importDay: '2026-11-29' });
    if (!first.ok) throw new Error(first.message);
    const graph: DramatisGraph = new MultiDirectedGraph();
    graph.import(first.graph);
    for (const format of ['gexf', 'graphml', 'json'] as const) {
      const [file] = exportGraph(graph, format);
      const again = importGraphText(file!.name, file!.text, { importDay: '2030-01-01' });
      if (!again.ok) throw new Error(again.message);
      expect(again.warnings, format).toEqual([]);
      expect(again.graph.edges, format).toEqual(first.graph.edges);
      expect(again.graph.nodes, format).toEqual(first.graph.nodes);
      expect(again.graph.attributes.documents, format).toEqual(first.graph.attributes.documents);
    }
    const unclassified = { ...small() };
    const g2: DramatisGraph = new MultiDirectedGraph();
    g2.import(unclassified);
    const gexf = exportGraph(g2, 'gexf')[0]!.text;
    const result = await validateXML({
      xml: [{ fileName: 'imported.gexf', contents: gexf }],
      schema: [{ fileName: 'gexf.xsd', contents: readFileSync(`${FIXTURES}gexf-1.3/gexf.xsd`, 'utf8') }],
      preload: [{ fileName: 'viz.xsd', contents: readFileSync(`${FIXTURES}gexf-1.3/viz.xsd`, 'utf8') }],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
