// Curated graphs in files: every format's export keeps the curated marks; a JSON, GEXF or GraphML
// import of a Dramatis export keeps them; the JSON export carries the edit log beside the graph.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/graph/curation/applyEdits';
import { stampEdit } from '../../../src/graph/curation/newEdit';
import { EdgeOrigins } from '../../../src/graph/curation/signatures';
import { exportGraph, importGraphText } from '../../../src/graph/formats';
import type { GraphFormat } from '../../../src/graph/formats/types';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';
import { extractedGraph } from './curationFixture';

function curatedGraph() {
  const base = extractedGraph();
  const origins = EdgeOrigins.of(base);
  const log = [
    stampEdit({ kind: 'relation', edge: origins.ref('e1')!, relation: 'accusation' }),
    stampEdit({ kind: 'rename', actor: 'tehran', label: 'Government of Iran' }),
    stampEdit({ kind: 'reject', edge: origins.ref('e3')! }),
  ];
  return { graph: applyEdits(base, log).graph, log };
}

describe('curated graphs in files', () => {
  for (const format of ['json', 'gexf', 'graphml'] as GraphFormat[]) {
    it(`${format}: export then import keeps the curated marks of edges and actors`, () => {
      const { graph, log } = curatedGraph();
      const [file] = exportGraph(graph, format, { extraGraphAttributes: { curationLog: { edits: log, cursor: log.length } } });
      const outcome = importGraphText(file!.name, file!.text);
      if (!outcome.ok) throw new Error(outcome.message);
      const edge = outcome.graph.edges.find((e) => e.attributes.evidence.text.startsWith('Iran threatened'))!;
      expect(edge.attributes.relation).toBe('accusation');
      expect(edge.attributes.curated).toEqual(['relation']);
      expect(outcome.graph.nodes.find((n) => n.attributes.label === 'Government of Iran')?.attributes.curated).toEqual(['renamed']);
      expect(outcome.graph.edges.some((e) => e.attributes.evidence.text.startsWith('Israel struck'))).toBe(false);
      expect(outcome.graph.nodes.find((n) => n.attributes.label === 'Qatar')?.attributes.curated).toBeUndefined();
      expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS)).toEqual([]);
      expect(outcome.extraGraphAttributes.curationLog).toEqual({ edits: log, cursor: log.length });
    });
  }

  it('csv: both files carry a curated column', () => {
    const { graph } = curatedGraph();
    const [nodes, edges] = exportGraph(graph, 'csv');
    expect(nodes!.text.split('\r\n')[0]).toMatch(/,curated$/);
    expect(nodes!.text).toMatch(/Government of Iran.*,renamed\r?$/m);
    expect(edges!.text.split('\r\n')[0]).toMatch(/,curated$/);
    expect(edges!.text).toMatch(/accusation.*,relation\r?$/m);
  });

  it('an imported file cannot smuggle unknown marks in', () => {
    const { graph } = curatedGraph();
    const [file] = exportGraph(graph, 'json');
    expect(file!.text).toContain('"curated":["relation"]');
    const outcome = importGraphText(file!.name, file!.text.replace('"curated":["relation"]', '"curated":["relation","trusted"]'));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.graph.edges.find((e) => e.attributes.relation === 'accusation')?.attributes.curated).toEqual(['relation']);
  });
});
