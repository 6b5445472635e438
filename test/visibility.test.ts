// Filters decide visibility on the built seed graph without rebuilding it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../src/extract/defaultResources';
import { extractCorpus } from '../src/extract/extractCorpus';
import { buildGraph } from '../src/graph/buildGraph';
import { eventSpan, isoDay } from '../src/graph/eventTime';
import { DEFAULT_FILTERS, isUnfiltered, toggleIn, type FilterState } from '../src/graph/filterState';
import { computeVisibility, shortestPath } from '../src/graph/visibility';

const folder = resolve(import.meta.dirname, '../data/articles');
const graph = buildGraph(
  extractCorpus(
    readdirSync(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })),
    defaultResources(),
  ),
);
const withFilters = (patch: Partial<FilterState>) => computeVisibility(graph, { ...DEFAULT_FILTERS, ...patch });

describe('event spans', () => {
  it('month and year precision cover the whole period, never a fake day', () => {
    expect(eventSpan({ date: '2025-06' }).map(isoDay)).toEqual(['2025-06-01', '2025-06-30']);
    expect(eventSpan({ date: '2025' }).map(isoDay)).toEqual(['2025-01-01', '2025-12-31']);
    expect(eventSpan({ date: '2026-01-11', dateEnd: '2026-01-12' }).map(isoDay)).toEqual(['2026-01-11', '2026-01-12']);
  });
});

describe('computeVisibility on the seed graph', () => {
  it('without filters everything shows, isolated actors included', () => {
    const v = withFilters({});
    expect(v.edges.size).toBe(graph.size);
    expect(v.nodes.size).toBe(graph.order);
    expect(isUnfiltered(DEFAULT_FILTERS)).toBe(true);
  });

  it('a June 2025 window leaves only the June 2025 strikes and killings', () => {
    const v = withFilters({ from: '2025-06-01', to: '2025-06-30' });
    const shown = [...v.edges].map((e) => graph.getEdgeAttributes(e));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(new Set(shown.map((a) => a.relation))).toEqual(new Set(['force']));
    expect(shown.every((a) => a.date.startsWith('2025-06'))).toBe(true);
    // Actors without a visible relation disappear.
    expect(v.nodes.has('switzerland')).toBe(false);
    expect(v.nodes.has('iran')).toBe(true);
  });

  it('a window between Jan 10 and Jan 12 2026 keeps the weekend contacts and drops 2025', () => {
    const v = withFilters({ from: '2026-01-10', to: '2026-01-12', includeDocumentDated: false });
    const shown = [...v.edges].map((e) => graph.getEdgeAttributes(e));
    expect(shown.length).toBeGreaterThan(0);
    for (const a of shown) {
      const [first, last] = eventSpan(a).map(isoDay);
      expect(last! >= '2026-01-10' && first! <= '2026-01-12').toBe(true);
      expect(a.datePrecision).not.toBe('document');
    }
  });

  it('relation counts follow the other filters', () => {
    const all = withFilters({});
    const onlyThreats = withFilters({ relations: ['threat'] });
    // Lifting the relation facet itself, counts stay the same as without it...
    expect(onlyThreats.counts.relation.get('communication')).toBe(all.counts.relation.get('communication'));
    // ...while another facet changes them.
    const june = withFilters({ from: '2025-06-01', to: '2025-06-30' });
    expect(june.counts.relation.get('communication') ?? 0).toBe(0);
    expect(june.counts.relation.get('force')).toBeGreaterThan(0);
  });

  it('hiding hypothetical and negated relations', () => {
    const v = withFilters({ modalities: ['asserted', 'reported', 'planned'] });
    for (const e of v.edges) expect(['hypothetical', 'negated']).not.toContain(graph.getEdgeAttribute(e, 'modality'));
    expect(v.edges.size).toBeLessThan(graph.size);
  });

  it('an ego network keeps an actor and its neighbours', () => {
    const v = withFilters({ focus: 'switzerland', hops: 1 });
    expect(new Set(v.nodes)).toEqual(new Set(['switzerland', 'iran', 'united-states']));
    const two = withFilters({ focus: 'switzerland', hops: 2 });
    expect(two.nodes.size).toBeGreaterThan(3);
  });

  it('finds the shortest path between two actors through visible relations', () => {
    const path = shortestPath(graph, 'switzerland', 'steve-witkoff', () => true)!;
    expect(path.length).toBe(2);
    const v = withFilters({ path: ['switzerland', 'steve-witkoff'] });
    expect(v.pathNodes.has('united-states')).toBe(true);
    expect(withFilters({ path: ['switzerland', 'steve-witkoff'], relations: ['threat'] }).pathEdges.size).toBe(0);
  });

  it('toggling a list filter returns to "no restriction" when everything is on again', () => {
    const all = ['a', 'b', 'c'];
    const off = toggleIn<string>(null, 'b', all);
    expect(off).toEqual(['a', 'c']);
    expect(toggleIn(off, 'b', all)).toBeNull();
  });
});
