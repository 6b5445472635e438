// Curation: each edit applied over the extracted graph, the base graph untouched, replay after
// re-extraction by signature, and edits whose target vanished reported (not dropped).
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { applyEdits } from '../../../src/graph/curation/applyEdits';
import { describeEdit } from '../../../src/graph/curation/describeEdit';
import type { CurationEdit, EdgeRef } from '../../../src/graph/curation/editTypes';
import { splitActorId, stampEdit, type EditDraft } from '../../../src/graph/curation/newEdit';
import { EdgeOrigins } from '../../../src/graph/curation/signatures';
import { BODY, contractIssues, extractedGraph, sentence } from './curationFixture';

function ref(base: DramatisGraph, key: string): EdgeRef {
  return EdgeOrigins.of(base).ref(key)!;
}

function edits(...drafts: EditDraft[]): CurationEdit[] {
  return drafts.map((d) => stampEdit(d));
}

function evidenceIntact(g: DramatisGraph): void {
  const body = g.getAttribute('documents')[0]!.body;
  g.forEachEdge((_e, a) => expect(body.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.text));
}

describe('edge edits', () => {
  it('rejects an edge: gone from the shown graph, still in the base graph', () => {
    const base = extractedGraph();
    const before = JSON.stringify(base.export());
    const { graph, outcomes } = applyEdits(base, edits({ kind: 'reject', edge: ref(base, 'e1') }));
    expect(graph.hasEdge('e1')).toBe(false);
    expect(graph.size).toBe(2);
    expect(base.hasEdge('e1')).toBe(true);
    expect(JSON.stringify(base.export())).toBe(before);
    expect(outcomes).toEqual([{ status: 'applied' }]);
  });

  it('changes relation (with its codes), direction, date and modality, marking what changed', () => {
    const base = extractedGraph();
    const before = JSON.stringify(base.export());
    const r = ref(base, 'e1');
    const { graph, outcomes } = applyEdits(
      base,
      edits(
        { kind: 'relation', edge: r, relation: 'accusation' },
        { kind: 'direction', edge: r },
        { kind: 'date', edge: r, date: '2025-06', datePrecision: 'month' },
        { kind: 'modality', edge: r, modality: 'reported' },
      ),
    );
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
    const a = graph.getEdgeAttributes('e1');
    expect(a.relation).toBe('accusation');
    expect(a.cameo).toMatch(/^11/);
    expect(a.plover).toBe('ACCUSE');
    expect([graph.source('e1'), graph.target('e1')]).toEqual(['israel', 'iran']);
    expect([a.date, a.datePrecision, a.modality]).toEqual(['2025-06', 'month', 'reported']);
    expect(a.curated).toEqual(['relation', 'direction', 'date', 'modality']);
    expect(a.evidence).toEqual(sentence(0));
    expect(graph.getEdgeAttribute('e2', 'curated')).toBeUndefined();
    expect(JSON.stringify(base.export())).toBe(before);
    expect(contractIssues(graph)).toEqual([]);
  });

  it('refuses a date that does not fit its precision and says why', () => {
    const base = extractedGraph();
    const { graph, outcomes } = applyEdits(base, edits({ kind: 'date', edge: ref(base, 'e1'), date: '2025-02-30', datePrecision: 'day' }));
    expect(outcomes[0]).toMatchObject({ status: 'stale' });
    expect(graph.getEdgeAttribute('e1', 'date')).toBe('2025-06-13');
  });

  it('adds a relation whose evidence is the exact slice of the document', () => {
    const base = extractedGraph();
    const ev = sentence(1);
    const { graph, outcomes } = applyEdits(
      base,
      edits({ kind: 'add', key: 'curated-x', source: 'qatar', target: 'israel', relation: 'mediation', modality: 'asserted', date: '2025-06-14', datePrecision: 'document', doc: 'doc1', evidence: ev }),
    );
    expect(outcomes[0]).toEqual({ status: 'applied' });
    const a = graph.getEdgeAttributes('curated-x');
    expect(a.evidence.text).toBe(BODY.slice(ev.start, ev.end));
    expect(a.curated).toEqual(['added']);
    expect(contractIssues(graph)).toEqual([]);
  });

  it('refuses an added relation whose text is not its document slice (never invented evidence)', () => {
    const base = extractedGraph();
    const { graph, outcomes } = applyEdits(
      base,
      edits({ kind: 'add', key: 'k', source: 'qatar', target: 'israel', relation: 'mediation', modality: 'asserted', date: '2025-06-14', datePrecision: 'day', doc: 'doc1', evidence: { text: 'Qatar mediated.', start: 0, end: 15 } }),
    );
    expect(outcomes[0]).toMatchObject({ status: 'stale' });
    expect(graph.hasEdge('k')).toBe(false);
  });
});

describe('actor edits', () => {
  it('merges Tehran into Iran: edges move, names pooled, evidence intact, base untouched', () => {
    const base = extractedGraph();
    const before = JSON.stringify(base.export());
    const { graph, outcomes } = applyEdits(base, edits({ kind: 'merge', keep: 'iran', absorb: 'tehran' }));
    expect(outcomes[0]).toEqual({ status: 'applied' });
    expect(graph.hasNode('tehran')).toBe(false);
    expect(graph.source('e2')).toBe('iran');
    expect(graph.getEdgeAttribute('e2', 'curated')).toEqual(['merged']);
    const iran = graph.getNodeAttributes('iran');
    expect(iran.label).toBe('Iran');
    expect(iran.aliases).toEqual(['Islamic Republic', 'Tehran', 'Tehran government', 'Tehran city']);
    expect(iran.curated).toEqual(['merged']);
    evidenceIntact(graph);
    expect(contractIssues(graph)).toEqual([]);
    expect(JSON.stringify(base.export())).toBe(before);
  });

  it('merging two actors related to each other sets their mutual relations aside and says so', () => {
    const base = extractedGraph();
    const { graph, outcomes } = applyEdits(base, edits({ kind: 'merge', keep: 'iran', absorb: 'israel' }));
    expect(graph.hasEdge('e1')).toBe(false);
    expect(graph.hasEdge('e3')).toBe(false);
    expect(outcomes[0]).toMatchObject({ status: 'applied', note: expect.stringContaining('2 relations') });
  });

  it('splits chosen edges and aliases off to a new actor', () => {
    const base = extractedGraph();
    const { graph, outcomes } = applyEdits(
      base,
      edits({ kind: 'split', actor: 'tehran', newActor: 'tehran-city-1', label: 'Tehran (city)', actorKind: 'other', edges: [ref(base, 'e2')], aliases: ['Tehran city'] }),
    );
    expect(outcomes[0]).toEqual({ status: 'applied' });
    expect(graph.source('e2')).toBe('tehran-city-1');
    expect(graph.getNodeAttributes('tehran-city-1')).toMatchObject({ label: 'Tehran (city)', kind: 'other', aliases: ['Tehran city'], curated: ['split'] });
    expect(graph.getNodeAttributes('tehran').aliases).toEqual(['Tehran government']);
    expect(graph.getNodeAttribute('tehran', 'curated')).toEqual(['split']);
    evidenceIntact(graph);
    expect(contractIssues(graph)).toEqual([]);
  });

  it('renames (old label kept as alias) and changes the kind', () => {
    const base = extractedGraph();
    const { graph } = applyEdits(base, edits({ kind: 'rename', actor: 'tehran', label: 'Government of Iran' }, { kind: 'actorKind', actor: 'tehran', actorKind: 'state' }));
    const a = graph.getNodeAttributes('tehran');
    expect(a.label).toBe('Government of Iran');
    expect(a.aliases).toContain('Tehran');
    expect(a.kind).toBe('state');
    expect(a.curated).toEqual(['renamed', 'kind']);
    expect(base.getNodeAttribute('tehran', 'label')).toBe('Tehran');
    expect(contractIssues(graph)).toEqual([]);
  });
});

describe('replay after re-extraction', () => {
  it('lands edits on the same events under new keys; an event that vanished is reported, the others apply', () => {
    const base = extractedGraph();
    const log = edits(
      { kind: 'reject', edge: ref(base, 'e1') },
      { kind: 'relation', edge: ref(base, 'e3'), relation: 'threat' },
      { kind: 'direction', edge: ref(base, 'e2') },
    );
    // A new version extracts the corpus again: other keys, and the Tehran–Qatar event is no longer found.
    const again = extractedGraph((k) => `v2-${k}`, ['e2']);
    const { graph, outcomes } = applyEdits(again, log);
    expect(graph.hasEdge('v2-e1')).toBe(false);
    expect(graph.getEdgeAttribute('v2-e3', 'relation')).toBe('threat');
    expect(outcomes[0]).toEqual({ status: 'applied' });
    expect(outcomes[1]).toEqual({ status: 'applied' });
    expect(outcomes[2]).toMatchObject({ status: 'stale', reason: expect.stringContaining('no longer') });
  });

  it('does not take a reused key for the same event when its signature differs', () => {
    const base = extractedGraph();
    const log = edits({ kind: 'reject', edge: ref(base, 'e1') });
    // Re-extraction swapped keys: "e1" now names the strike, "e3" the threat.
    const swapped = extractedGraph((k) => (k === 'e1' ? 'e3' : k === 'e3' ? 'e1' : k));
    const { graph } = applyEdits(swapped, log);
    expect(graph.hasEdge('e1')).toBe(true);
    expect(graph.getEdgeAttribute('e1', 'relation')).toBe('force');
    expect(graph.hasEdge('e3')).toBe(false);
  });

  it('follows an edge through an earlier edit that moved it (merge, then reject)', () => {
    const base = extractedGraph();
    const { graph, outcomes } = applyEdits(base, edits({ kind: 'merge', keep: 'iran', absorb: 'tehran' }, { kind: 'reject', edge: ref(base, 'e2') }));
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(graph.hasEdge('e2')).toBe(false);
  });

  it('an actor edit whose actor is gone stays stale with its reason', () => {
    const base = extractedGraph();
    const log = edits({ kind: 'rename', actor: 'hamas', label: 'Hamas movement' });
    expect(applyEdits(base, log).outcomes[0]).toEqual({ status: 'stale', reason: 'The actor hamas is no longer in the graph.' });
  });
});

describe('describing edits', () => {
  it('names the machine’s event and quotes its sentence', () => {
    const base = extractedGraph();
    const [reject] = edits({ kind: 'reject', edge: ref(base, 'e1') });
    expect(describeEdit(base, reject!)).toEqual({ title: 'Rejected Iran threat → Israel', sentence: sentence(0).text });
  });
});

describe('ids of new actors', () => {
  it('a split actor gets a readable, unique id from its name', () => {
    const a = splitActorId('Tehran (city) — Ḥaram');
    expect(a).toMatch(/^tehran-city-haram-[0-9a-z]+$/);
    expect(splitActorId('Tehran (city) — Ḥaram')).not.toBe(a);
  });
});
