// The relations table's row model and sorting.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { EdgeAttributes } from '../../src/domain/contract';
import {
  buildRelationRows,
  DEFAULT_RELATION_SORT,
  moveActive,
  relationCountLabel,
  sortRelationRows,
  toggleSort,
  visibleRelationRows,
  type RelationColumn,
  type RelationRow,
} from '../../src/store/relationRows';

function fixture(): DramatisGraph {
  const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const body = 'Alpha met Beta. Beta threatened Alpha. Gamma helped Beta.';
  graph.replaceAttributes({
    documents: [
      { id: 'd2', title: 'Zeta report', published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body },
      { id: 'd1', title: 'Alpha report', published: null, publishedPrecision: 'unknown', publishedInferred: true, source: null, body },
    ],
  });
  graph.addNode('a', { label: 'Alpha', kind: 'state', aliases: [] });
  graph.addNode('b', { label: 'beta', kind: 'person', aliases: [] });
  graph.addNode('g', { label: 'Gamma', kind: 'group', aliases: [] });
  const edge = (key: string, s: string, t: string, a: Partial<EdgeAttributes>) =>
    graph.addDirectedEdgeWithKey(key, s, t, {
      relation: 'communication',
      cameo: '040',
      plover: 'CONSULT',
      date: '2026-01-12',
      datePrecision: 'day',
      doc: 'd2',
      evidence: { text: 'Alpha met Beta.', start: 0, end: 15 },
      modality: 'asserted',
      confidence: 0.8,
      ...a,
    });
  edge('e1', 'a', 'b', { date: '2026-01-12', modality: 'reported', evidence: { text: 'Alpha met Beta.', start: 0, end: 15 } });
  edge('e2', 'b', 'a', { relation: 'threat', date: '2026-01', datePrecision: 'month', doc: 'd1', evidence: { text: 'Beta threatened Alpha.', start: 16, end: 38 }, cue: 'threatened' });
  edge('e3', 'g', 'b', { relation: 'support', date: '2025-06-01', dateEnd: '2025-06-03', modality: 'negated', evidence: { text: 'Gamma helped Beta.', start: 39, end: 57 } });
  edge('e4', 'a', 'g', { date: '2026-01-12', dateEnd: '2026-01-14', modality: 'planned', evidence: { text: 'Beta threatened Alpha.', start: 16, end: 38 } });
  return graph;
}

const keys = (rows: readonly RelationRow[]) => rows.map((r) => r.edge);
const sorted = (column: RelationColumn, direction: 'ascending' | 'descending' = 'ascending') => keys(sortRelationRows(buildRelationRows(fixture(), null), { column, direction }));

describe('buildRelationRows', () => {
  it('makes one row per visible edge with display fields', () => {
    const graph = fixture();
    const rows = buildRelationRows(graph, null);
    expect(keys(rows)).toEqual(['e1', 'e2', 'e3', 'e4']);
    const e2 = rows[1]!;
    expect(e2.source).toEqual({ id: 'b', label: 'beta' });
    expect(e2.target).toEqual({ id: 'a', label: 'Alpha' });
    expect(e2.relation.id).toBe('threat');
    expect(e2.relation.label).toBe('Threat');
    expect(e2.relation.color).toMatch(/^#/);
    expect(e2.documentTitle).toBe('Alpha report');
    expect(e2.evidence).toBe('Beta threatened Alpha.');
    expect(e2.evidenceStart).toBe(16);
    expect(e2.cue).toBe('threatened');
    expect(rows[0]!.cue).toBeNull();
    expect(rows[2]!.dateEnd).toBe('2025-06-03');
  });

  it('keeps only the edges that pass the filters', () => {
    expect(keys(buildRelationRows(fixture(), new Set(['e3', 'e1', 'missing'])))).toEqual(['e1', 'e3']);
    expect(buildRelationRows(fixture(), new Set())).toEqual([]);
  });
});

describe('sortRelationRows', () => {
  it('sorts by date by default: period start, then span end, then source', () => {
    expect(DEFAULT_RELATION_SORT).toEqual({ column: 'date', direction: 'ascending' });
    expect(sorted('date')).toEqual(['e3', 'e2', 'e1', 'e4']);
    expect(sorted('date', 'descending')).toEqual(['e4', 'e1', 'e2', 'e3']);
  });

  it('sorts names without regard to case', () => {
    expect(sorted('source')).toEqual(['e1', 'e4', 'e2', 'e3']);
    expect(sorted('target')).toEqual(['e2', 'e3', 'e1', 'e4']);
  });

  it('sorts relations by label and modality in the ontology order', () => {
    const rows = buildRelationRows(fixture(), null);
    const labels = sortRelationRows(rows, { column: 'relation', direction: 'ascending' }).map((r) => r.relation.label);
    expect(labels).toEqual([...labels].sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base' })));
    expect(sorted('modality')).toEqual(['e2', 'e1', 'e4', 'e3']);
    expect(sorted('modality', 'descending')).toEqual(['e3', 'e4', 'e1', 'e2']);
  });

  it('sorts documents by title and evidence in reading order', () => {
    expect(sorted('document')).toEqual(['e2', 'e3', 'e1', 'e4']);
    expect(sorted('evidence')).toEqual(['e2', 'e1', 'e4', 'e3']);
  });

  it('does not change its input', () => {
    const rows = buildRelationRows(fixture(), null);
    const before = keys(rows);
    sortRelationRows(rows, { column: 'source', direction: 'descending' });
    expect(keys(rows)).toEqual(before);
  });
});

describe('table helpers', () => {
  it('toggles the sorted column and starts new columns ascending', () => {
    expect(toggleSort(DEFAULT_RELATION_SORT, 'date')).toEqual({ column: 'date', direction: 'descending' });
    expect(toggleSort({ column: 'date', direction: 'descending' }, 'date')).toEqual({ column: 'date', direction: 'ascending' });
    expect(toggleSort({ column: 'date', direction: 'descending' }, 'source')).toEqual({ column: 'source', direction: 'ascending' });
  });

  it('counts relations for the caption', () => {
    expect(relationCountLabel(12)).toBe('12 relations');
    expect(relationCountLabel(1)).toBe('1 relation');
    expect(relationCountLabel(0)).toBe('0 relations');
  });

  it('moves the active row within bounds', () => {
    const rows = buildRelationRows(fixture(), null);
    expect(moveActive(rows, null, 1)).toBe('e1');
    expect(moveActive(rows, 'gone', -1)).toBe('e1');
    expect(moveActive(rows, 'e1', 1)).toBe('e2');
    expect(moveActive(rows, 'e1', -1)).toBe('e1');
    expect(moveActive(rows, 'e3', 10)).toBe('e4');
    expect(moveActive(rows, 'e3', -Infinity)).toBe('e1');
    expect(moveActive([], 'e1', 1)).toBeNull();
  });
});

describe('visibleRelationRows', () => {
  it('gives the rows the filters pass in the asked order, the same as sorting them afresh', () => {
    const graph = fixture();
    for (const column of ['source', 'date', 'evidence'] as const) {
      for (const direction of ['ascending', 'descending'] as const) {
        const sort = { column, direction };
        const visible = new Set(['e1', 'e2', 'e4']);
        expect(keys(visibleRelationRows(graph, visible, sort))).toEqual(keys(sortRelationRows(buildRelationRows(graph, visible), sort)));
        expect(keys(visibleRelationRows(graph, null, sort))).toEqual(keys(sortRelationRows(buildRelationRows(graph, null), sort)));
      }
    }
    expect(visibleRelationRows(graph, new Set(), DEFAULT_RELATION_SORT)).toEqual([]);
  });

  it('builds and sorts a graph\'s rows once per sort: a filter change picks from the same rows', () => {
    const graph = fixture();
    const first = visibleRelationRows(graph, new Set(['e1', 'e3']), DEFAULT_RELATION_SORT);
    const again = visibleRelationRows(graph, new Set(['e3']), DEFAULT_RELATION_SORT);
    expect(again[0]).toBe(first.find((r) => r.edge === 'e3'));
    // Another graph gets its own rows.
    expect(visibleRelationRows(fixture(), new Set(['e3']), DEFAULT_RELATION_SORT)[0]).not.toBe(again[0]);
  });
});
