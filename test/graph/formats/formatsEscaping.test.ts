// Any text survives export and import: quotes, ampersands, angle brackets, separators, line breaks
// of every kind, formula-looking cells, astral characters. XML cannot carry most control characters
// and unpaired surrogates: GEXF and GraphML write U+FFFD for them (one for one, so offsets hold).
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relationsFile from '../../../data/relations.json';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { DATE_PRECISIONS, MODALITIES, type EdgeAttributes, type NodeAttributes, type SerializedDramatisGraph } from '../../../src/domain/contract';
import { exportGraph, guessCsvMapping, importGraphText, readCsvHeader, type CsvMapping } from '../../../src/graph/formats';
import { xmlSafeGraph } from '../../../src/graph/formats/xmlText';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';

const SPECIAL = ['"', "'", '<', '>', '&', '&amp;', ']]>', '\n', '\r', '\r\n', '\t', ',', ';', '|', '[', ']', '\\', '\\n', '=', "'=", '+1', '@', '-', '\u2028', '\u0085', '\u00a0', '\u0000', '\u0007', '\uFFFE', '\uD800', '\uDFFF', '😀', 'é', ' ', '__proto__', '{"a":1}'];
const unit = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
const text = (minLength = 0) => fc.string({ unit, minLength, maxLength: 12 });
const nonBlank = text(1).filter((s) => s.trim() !== '');
/** Ids as a spreadsheet keeps them: no outer spaces; and none graphology cannot hold as a node key. */
const nodeKey = nonBlank.filter((s) => s === s.trim() && !(s in Object.prototype));
const edgeKey = fc.oneof(nonBlank.filter((s) => s === s.trim()), fc.constantFrom('__proto__', 'constructor', 'toString'));
const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const relations = relationsFile.relations;

const graphArbitrary = fc
  .record({
    keys: fc.uniqueArray(nodeKey, { minLength: 2, maxLength: 5 }),
    nodes: fc.array(
      fc.record(
        { label: nonBlank, kind: fc.constantFrom('person', 'state', 'organization', 'group', 'media', 'other'), aliases: fc.array(text(), { maxLength: 3 }), description: text(1), notes: fc.array(text(), { maxLength: 2 }) },
        { requiredKeys: ['label', 'kind', 'aliases'] },
      ),
      { minLength: 5, maxLength: 5 },
    ),
    docId: fc.oneof(nonBlank.filter((s) => s === s.trim()), fc.constantFrom('__proto__', 'constructor')),
    title: nonBlank,
    edgeKeys: fc.uniqueArray(edgeKey, { minLength: 1, maxLength: 6 }),
    edges: fc.array(
      fc.record(
        {
          ends: fc.tuple(fc.nat(), fc.nat()),
          relation: fc.integer({ min: 0, max: relations.length - 1 }),
          date: day,
          precision: fc.constantFrom(...DATE_PRECISIONS),
          // A span may not cut a surrogate pair in two (XML cannot carry half a pair): no evidence
          // starting with a low surrogate or ending with a high one, which indexOf could find inside a pair.
          evidence: nonBlank.filter((t) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(t)),
          modality: fc.constantFrom(...MODALITIES),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          cue: text(1),
        },
        { requiredKeys: ['ends', 'relation', 'date', 'precision', 'evidence', 'modality', 'confidence'] },
      ),
      { minLength: 6, maxLength: 6 },
    ),
  })
  .map(({ keys, nodes, docId, title, edgeKeys, edges }): DramatisGraph => {
    const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    keys.forEach((key, i) => graph.addNode(key, nodes[i] as NodeAttributes));
    const texts = [...new Set(edgeKeys.map((_k, i) => edges[i]!.evidence))];
    const body = `Preamble.\n\n${texts.join(' ')}`;
    const offsets = new Map(texts.map((t) => [t, body.indexOf(t, 'Preamble.\n\n'.length)]));
    graph.replaceAttributes({ documents: [{ id: docId, title, published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body }] });
    edgeKeys.forEach((key, i) => {
      const e = edges[i]!;
      const source = keys[e.ends[0] % keys.length]!;
      let target = keys[e.ends[1] % keys.length]!;
      if (target === source) target = keys[(e.ends[0] + 1) % keys.length]!;
      const relation = relations[e.relation]!;
      const start = offsets.get(e.evidence)!;
      const date = e.precision === 'month' ? e.date.slice(0, 7) : e.precision === 'year' ? e.date.slice(0, 4) : e.date;
      const attributes: EdgeAttributes = {
        relation: relation.id,
        cameo: relation.cameo[0]!,
        plover: relation.plover,
        date,
        datePrecision: e.precision,
        doc: docId,
        evidence: { text: e.evidence, start, end: start + e.evidence.length },
        modality: e.modality,
        confidence: e.confidence,
        ...(e.cue !== undefined ? { cue: e.cue } : {}),
      };
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
    });
    return graph;
  });

function sorted(data: SerializedDramatisGraph) {
  const byKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => (a.key < b.key ? -1 : 1));
  return { documents: data.attributes.documents, nodes: byKey(data.nodes), edges: byKey(data.edges).map(({ key, source, target, attributes }) => ({ key, source, target, attributes })) };
}

function imported(name: string, fileText: string, options: Parameters<typeof importGraphText>[2] = {}): SerializedDramatisGraph {
  const outcome = importGraphText(name, fileText, { importDay: '2026-11-29', ...options });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS)).toEqual([]);
  return outcome.graph;
}

describe('any text survives a round trip', () => {
  it('through JSON, exactly', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const original = graph.export() as unknown as SerializedDramatisGraph;
        expect(sorted(imported('g.json', exportGraph(graph, 'json')[0]!.text))).toEqual(sorted(original));
      }),
      { numRuns: 150 },
    );
  });

  it.each(['gexf', 'graphml'] as const)('through %s, exactly up to the characters XML cannot carry', (format) => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const original = xmlSafeGraph(graph.export() as unknown as SerializedDramatisGraph);
        expect(sorted(imported(`g.${format}`, exportGraph(graph, format)[0]!.text))).toEqual(sorted(original));
      }),
      { numRuns: 150 },
    );
  });

  it('through CSV: labels, kinds, relations, dates, evidence sentences and documents', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const [nodesFile, edgesFile] = exportGraph(graph, 'csv');
        const header = readCsvHeader(edgesFile!.text);
        if (!header.ok) throw new Error(header.message);
        const back = imported('g-edges.csv', edgesFile!.text, { csvMapping: guessCsvMapping(header.columns) as CsvMapping, csvNodesText: nodesFile!.text });
        const original = xmlSafeGraph(graph.export() as unknown as SerializedDramatisGraph);
        expect(back.nodes.map((n) => [n.key, n.attributes.label, n.attributes.kind]).sort()).toEqual(original.nodes.map((n) => [n.key, n.attributes.label, n.attributes.kind]).sort());
        const essentials = (d: SerializedDramatisGraph) =>
          sorted(d).edges.map((e) => [e.key, e.source, e.target, e.attributes.relation, e.attributes.date, e.attributes.datePrecision, e.attributes.evidence.text, e.attributes.doc, e.attributes.cue]);
        expect(essentials(back)).toEqual(essentials(original));
        // CSV cells other than evidence and labels are read without their outer spaces.
        expect(back.attributes.documents.map((d) => [d.id, d.title])).toEqual(original.attributes.documents.map((d) => [d.id, d.title.trim()]));
      }),
      { numRuns: 150 },
    );
  });
});
