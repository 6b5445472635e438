// Files Dramatis did not write: a Gephi GEXF, a NetworkX GraphML, a yEd diagram, a spreadsheet CSV.
// What is there is mapped; what the contract needs and the file lacks is filled honestly and said.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph, SerializedEdge } from '../../../src/domain/contract';
import { guessCsvMapping, importGraphText, readCsvHeader, readCsvPreview, type CsvMapping, type ImportOutcome } from '../../../src/graph/formats';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';

const DIR = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));
const fixture = (name: string) => readFileSync(DIR + name, 'utf8');
const DAY = '2026-11-29';

function imported(name: string, options: Parameters<typeof importGraphText>[2] = {}): Extract<ImportOutcome, { ok: true }> {
  const outcome = importGraphText(name, fixture(name), { importDay: DAY, ...options });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS)).toEqual([]);
  return outcome;
}

const edge = (g: SerializedDramatisGraph, key: string): SerializedEdge => {
  const e = g.edges.find((x) => x.key === key);
  if (!e) throw new Error(`no edge ${key}`);
  return e;
};
const node = (g: SerializedDramatisGraph, key: string) => g.nodes.find((n) => n.key === key)?.attributes;
const bodyOf = (g: SerializedDramatisGraph, id: string) => g.attributes.documents.find((d) => d.id === id)!;

describe('a GEXF saved by Gephi', () => {
  let graph: SerializedDramatisGraph;
  let warnings: string[];
  let extraGraphAttributes: Record<string, unknown>;
  beforeAll(() => ({ graph, warnings, extraGraphAttributes } = imported('gephi-crisis.gexf')));

  it('maps actor kinds from its own words and says which it could not', () => {
    expect(node(graph, 'n0')).toEqual({ label: 'Iran', kind: 'state', aliases: ['Iran'] });
    expect(node(graph, 'n1')?.kind).toBe('state');
    expect(node(graph, 'n2')?.kind).toBe('organization');
    expect(node(graph, 'n3')?.kind).toBe('group');
    expect(node(graph, 'n4')?.kind).toBe('person');
    expect(node(graph, 'n5')).toEqual({ label: 'n5', kind: 'other', aliases: ['n5'] });
    expect(warnings).toContain('1 actor has no label; its id stands in.');
    expect(warnings).toContain('1 actor of a kind Dramatis does not know ("blog") is of kind "other".');
    expect(warnings.some((w) => w.startsWith('Actor attributes not kept: modularity_class'))).toBe(true);
  });

  it('maps edge labels that clearly name a relation, and keeps the label of one that does not', () => {
    expect(edge(graph, '0').attributes).toMatchObject({ relation: 'threat', cameo: '130', plover: 'THREATEN', originalRelation: 'Threatens' });
    expect(edge(graph, '1').attributes).toMatchObject({ relation: 'sanction', originalRelation: 'Sanctions' });
    expect(edge(graph, '2').attributes).toMatchObject({ relation: 'communication', cameo: '044', originalRelation: 'Meeting' });
    expect(edge(graph, '3').attributes).toMatchObject({ relation: 'unclassified', cameo: '', plover: null, originalRelation: 'rivalry' });
    expect(warnings.find((w) => w.startsWith('Relations whose type is not one Dramatis knows'))).toContain('<edge id="3"> (line 67): "rivalry"');
  });

  it("reads each edge's time: start and end, spells, none", () => {
    expect(edge(graph, '0').attributes).toMatchObject({ date: '2026-01-10', dateEnd: '2026-01-12', datePrecision: 'day' });
    expect(edge(graph, '1').attributes).toMatchObject({ date: '2025-11-01', datePrecision: 'day' });
    expect(edge(graph, '1').attributes.dateEnd).toBeUndefined();
    expect(edge(graph, '2').attributes).toMatchObject({ date: '2025-12-01', dateEnd: '2026-01-05', datePrecision: 'day' });
    expect(edge(graph, '3').attributes).toMatchObject({ date: DAY, datePrecision: 'document' });
    expect(edge(graph, '6').attributes).toMatchObject({ date: DAY, datePrecision: 'document' });
    expect(warnings.find((w) => w.startsWith('Dates that could not be read'))).toContain('<edge id="6"> (line 70): "2026-02-30"');
  });

  it('invents no evidence: edges without a sentence have empty evidence in a document standing for the file', () => {
    const doc = bodyOf(graph, 'import:gephi-crisis.gexf');
    expect(doc).toMatchObject({ title: 'gephi-crisis.gexf', importedFrom: 'gephi-crisis.gexf', published: DAY, publishedPrecision: 'day', body: '' });
    for (const e of graph.edges) expect(e.attributes).toMatchObject({ doc: doc.id, evidence: { text: '', start: 0, end: 0 } });
    expect(warnings.find((w) => w.startsWith('Relations without an evidence sentence'))).toMatch(/\(6: /);
  });

  it('turns undirected edges into directed ones, leaves self-loops out, and keeps the meta as graph attributes', () => {
    expect(edge(graph, '4')).toMatchObject({ source: 'n2', target: 'n0' });
    expect(edge(graph, '4').attributes.relation).toBe('force');
    expect(graph.edges.some((e) => e.key === '5')).toBe(false);
    expect(warnings.some((w) => w.startsWith('Undirected relations were imported as directed') && w.includes('<edge id="4">'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('Relations of an actor with itself were left out') && w.includes('<edge id="5">'))).toBe(true);
    expect(extraGraphAttributes).toMatchObject({ creator: 'Gephi 0.10.1', description: 'Gulf crisis, hand-coded events' });
  });
});

describe('a GraphML written by NetworkX', () => {
  let graph: SerializedDramatisGraph;
  let warnings: string[];
  let extraGraphAttributes: Record<string, unknown>;
  beforeAll(() => ({ graph, warnings, extraGraphAttributes } = imported('networkx-multidigraph.graphml')));

  it('reads its keyed data, dates written day-first, and gives repeated edge ids new ones', () => {
    expect(graph.edges).toHaveLength(4);
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(4);
    const accusation = graph.edges.find((e) => e.attributes.relation === 'accusation')!;
    expect(accusation).toMatchObject({ key: '0', source: 'Iran', target: 'United States' });
    expect(accusation.attributes).toMatchObject({ date: '2026-01-12', datePrecision: 'day', modality: 'asserted', confidence: 1 });
    expect(graph.edges.find((e) => e.attributes.relation === 'appeal')!.attributes.date).toBe('2026-01-25');
    expect(graph.edges.find((e) => e.source === 'European Union')!.attributes).toMatchObject({ relation: 'sanction', date: '2025-09', datePrecision: 'month' });
    expect(warnings.some((w) => w.startsWith('Edges repeating the id of an earlier edge got new ids (2:'))).toBe(true);
    expect(extraGraphAttributes).toEqual({ name: 'sanctions network' });
  });

  it('places the evidence sentences it has in the file document, exactly, and leaves the rest empty', () => {
    const accusation = graph.edges.find((e) => e.attributes.relation === 'accusation')!.attributes;
    const doc = bodyOf(graph, accusation.doc);
    expect(doc.importedFrom).toBe('networkx-multidigraph.graphml');
    expect(accusation.evidence.text).toBe('Iran accused the United States of "economic terrorism", officials said.');
    expect(doc.body.slice(accusation.evidence.start, accusation.evidence.end)).toBe(accusation.evidence.text);
    expect(graph.edges.find((e) => e.attributes.relation === 'appeal')!.attributes.evidence).toEqual({ text: '', start: 0, end: 0 });
  });

  it('gives the actor "__proto__" a key graphology can hold, and says so', () => {
    expect(node(graph, 'id:__proto__')).toEqual({ label: 'Prototype Holdings', kind: 'organization', aliases: ['Prototype Holdings'] });
    expect(graph.edges.find((e) => e.target === 'id:__proto__')!.attributes).toMatchObject({ relation: 'sanction', date: '2026', datePrecision: 'year' });
    expect(warnings).toContain('Actor ids that are reserved words in JavaScript got new ids ("__proto__" is now "id:__proto__").');
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(node(graph, 'European Union')?.label).toBe('European Union');
    expect(warnings.some((w) => w.startsWith('Actor attributes not kept: population'))).toBe(true);
  });
});

describe('a yEd diagram', () => {
  it('takes labels from the graphics and drops the graphics themselves', () => {
    const { graph, warnings } = imported('yed-diagram.graphml');
    expect(node(graph, 'n0')).toEqual({ label: 'Esmaeil Baghaei', kind: 'other', aliases: ['Esmaeil Baghaei'], description: 'Ministry of Foreign Affairs spokesman' });
    expect(node(graph, 'n1')?.label).toBe('Israel');
    expect(edge(graph, 'e0').attributes).toMatchObject({ relation: 'accusation', cameo: '111', originalRelation: 'condemned' });
    expect(warnings.join(' ')).not.toMatch(/null/);
  });
});

describe('a spreadsheet CSV (semicolons, BOM, quoted sentences with quotes and line breaks)', () => {
  it('reads the header and guesses the columns', () => {
    const header = readCsvHeader(fixture('spreadsheet-events.csv'));
    expect(header).toEqual({ ok: true, columns: ['Actor 1', 'Actor 2', 'Event type', 'Date', 'Quote', 'Article'] });
    expect(guessCsvMapping(header.ok ? header.columns : [])).toEqual({ source: 'Actor 1', target: 'Actor 2', relation: 'Event type', date: 'Date', evidence: 'Quote', document: 'Article' });
  });

  it('imports the rows with the mapping the user chose', () => {
    const mapping: CsvMapping = { source: 'Actor 1', target: 'Actor 2', relation: 'Event type', date: 'Date', evidence: 'Quote', document: 'Article' };
    const { graph, warnings } = imported('spreadsheet-events.csv', { csvMapping: mapping });
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(['Iran', 'Israel', 'Qatar', 'United States']);
    expect(graph.edges).toHaveLength(6);
    const [threat, sanction, mediation, rivalry, strike, protest] = graph.edges;
    expect(threat!.attributes).toMatchObject({ relation: 'threat', date: '2026-01-12', datePrecision: 'day' });
    expect(threat!.attributes.evidence.text).toBe('Iran warned the U.S. that any strike would be "a grave mistake", its foreign minister said.');
    expect(sanction!.attributes).toMatchObject({ relation: 'sanction', date: '2026-01', datePrecision: 'month' });
    expect(sanction!.attributes.evidence.text).toBe("Washington imposed new sanctions on Iran's oil sector,\r\ntargeting shipping firms.");
    expect(threat!.attributes.doc).toBe(sanction!.attributes.doc);
    expect(bodyOf(graph, threat!.attributes.doc)).toMatchObject({ title: 'Iran keeps channel open', importedFrom: 'spreadsheet-events.csv' });
    expect(mediation!.attributes).toMatchObject({ relation: 'mediation', date: '2026', datePrecision: 'year', evidence: { text: '' } });
    expect(mediation!.attributes.doc).not.toBe(threat!.attributes.doc);
    expect(rivalry!.attributes).toMatchObject({ relation: 'unclassified', originalRelation: 'Rivalry', doc: 'import:spreadsheet-events.csv' });
    expect(strike!.attributes).toMatchObject({ relation: 'force', date: DAY, datePrecision: 'document', evidence: { text: '=HYPERLINK("http://example.org")' } });
    expect(protest!.attributes).toMatchObject({ relation: 'protest', date: '2025-01-21', datePrecision: 'day' });
    for (const e of graph.edges) {
      const doc = bodyOf(graph, e.attributes.doc);
      expect(doc.body.slice(e.attributes.evidence.start, e.attributes.evidence.end)).toBe(e.attributes.evidence.text);
    }
    expect(warnings).toContain('Rows without a source or a target were left out (1: row 5).');
    expect(warnings.find((w) => w.startsWith('Dates that could not be read'))).toContain('row 7: "not yet"');
  });
});

describe('an older GEXF (1.2draft, numeric attribute ids, time counted in numbers)', () => {
  it('reads attributes by their titles and leaves numeric times undated, saying so', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="double">
    <attributes class="node">
      <attribute id="0" title="kind" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="relation" type="string"/>
    </attributes>
    <nodes>
      <node id="1" label="Hamas"><attvalues><attvalue for="0" value="group"/></attvalues></node>
      <node id="2" label="Egypt"><attvalues><attvalue for="0" value="state"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="2" target="1" start="3.0" end="5.0"><attvalues><attvalue for="0" value="mediation"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const outcome = importGraphText('old.gexf', text, { importDay: DAY });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.graph.nodes.map((n) => [n.key, n.attributes.label, n.attributes.kind])).toEqual([
      ['1', 'Hamas', 'group'],
      ['2', 'Egypt', 'state'],
    ]);
    expect(outcome.graph.edges[0]).toMatchObject({ key: '0', source: '2', target: '1', attributes: { relation: 'mediation', date: DAY, datePrecision: 'document' } });
    expect(outcome.warnings).toContain('The file counts time in numbers, not dates: its edges are read as undated.');
  });
});

describe("a CSV saved by Excel with its separator line", () => {
  it('reads the separator from "sep=;" and counts rows as Excel shows them', () => {
    const text = 'sep=;\r\nfrom;to;when\r\nIran;Israel;2026-01-12\r\nIsrael;;2026-01-13\r\n';
    expect(readCsvHeader(text)).toEqual({ ok: true, columns: ['from', 'to', 'when'] });
    expect(readCsvPreview(text, 5)).toEqual([
      ['Iran', 'Israel', '2026-01-12'],
      ['Israel', '', '2026-01-13'],
    ]);
    const outcome = importGraphText('excel.csv', text, { csvMapping: { source: 'from', target: 'to', date: 'when' }, importDay: DAY });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.graph.edges.map((e) => [e.source, e.target, e.attributes.date])).toEqual([['Iran', 'Israel', '2026-01-12']]);
    expect(outcome.warnings).toContain('Rows without a source or a target were left out (1: row 3).');
  });
});
