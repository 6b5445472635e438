// Filters decide visibility on the built seed graph without rebuilding it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { buildGraph } from '../../src/graph/buildGraph';
import { eventSpan, eventWindowCoverage, isoDay, windowCoverage } from '../../src/graph/eventTime';
import { DEFAULT_FILTERS, isUnfiltered, toggleIn, type FilterState } from '../../src/graph/filterState';
import { buildLegend, shownLegend } from '../../src/graph/legend';
import { computeVisibility, shortestPath } from '../../src/graph/visibility';

const folder = resolve(import.meta.dirname, '../../data/articles');
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

  it('a window holds an event wholly, partly or not at all', () => {
    expect(windowCoverage(10, 12, 0, 20)).toBe('inside');
    expect(windowCoverage(10, 12, 11, 20)).toBe('partly');
    expect(windowCoverage(10, 12, 0, 10)).toBe('partly');
    expect(windowCoverage(10, 12, 13, 20)).toBe('outside');
    expect(windowCoverage(10, 12, -Infinity, Infinity)).toBe('inside');
    expect(eventWindowCoverage({ date: '2025-06' }, '2025-06-10', '2025-06-20')).toBe('partly');
    expect(eventWindowCoverage({ date: '2025-06' }, '2025-05-20', null)).toBe('inside');
    expect(eventWindowCoverage({ date: '2025' }, '2026-01-01', null)).toBe('outside');
  });
});

describe('computeVisibility on the seed graph', () => {
  it('without filters everything shows, isolated actors included', () => {
    const v = withFilters({});
    expect(v.edges.size).toBe(graph.size);
    expect(v.nodes.size).toBe(graph.order);
    expect(isUnfiltered(DEFAULT_FILTERS)).toBe(true);
  });

  it('a June 2025 window shows the June 2025 strikes, and the year-dated 2025 event as partly in it', () => {
    const v = withFilters({ from: '2025-06-01', to: '2025-06-30' });
    const shown = [...v.edges].map((e) => graph.getEdgeAttributes(e));
    const june = shown.filter((a) => a.date.startsWith('2025-06'));
    expect(june.length).toBeGreaterThanOrEqual(3);
    expect(new Set(june.map((a) => a.relation))).toEqual(new Set(['force']));
    // Everything else shown is dated only "2025": the window holds part of that year.
    const others = shown.filter((a) => !a.date.startsWith('2025-06'));
    expect(others.every((a) => a.date === '2025' && eventWindowCoverage(a, '2025-06-01', '2025-06-30') === 'partly')).toBe(true);
    expect(june.every((a) => eventWindowCoverage(a, '2025-06-01', '2025-06-30') === 'inside')).toBe(true);
    // Actors without a visible relation disappear.
    expect(v.nodes.has('switzerland')).toBe(false);
    expect(v.nodes.has('iran')).toBe(true);
  });

  it('a month-dated event shows whenever the window overlaps its month, never silently hidden', () => {
    const monthDated = graph.filterEdges((_e, a) => a.datePrecision === 'month');
    expect(monthDated.length).toBeGreaterThan(0);
    for (const edge of monthDated) {
      const [first, last] = eventSpan(graph.getEdgeAttributes(edge));
      // Ten days that hold its middle, the last day of the month plus the next week, the week before its first day.
      expect(withFilters({ from: isoDay(first + 10), to: isoDay(first + 19) }).edges.has(edge)).toBe(true);
      expect(withFilters({ from: isoDay(last), to: isoDay(last + 7) }).edges.has(edge)).toBe(true);
      expect(withFilters({ from: isoDay(first - 7), to: isoDay(first - 1) }).edges.has(edge)).toBe(false);
    }
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
    // Only the communication dated "2025" touches June 2025.
    expect(june.counts.relation.get('communication') ?? 0).toBe(graph.filterEdges((_e, a) => a.relation === 'communication' && a.date === '2025').length);
    expect(june.counts.relation.get('communication') ?? 0).toBeLessThan(all.counts.relation.get('communication')!);
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

describe('the legend of what is shown', () => {
  it('counts the shown actors by kind and the shown relations by type, dropping what shows nothing', () => {
    const all = buildLegend(graph);
    const filters = { ...DEFAULT_FILTERS, from: '2025-06-01', to: '2025-06-30' };
    const v = withFilters(filters);
    const shown = shownLegend(all, graph, v, filters.relations);
    expect(shown.relations.map((r) => [r.id, r.count])).toEqual([
      ['communication', 1],
      ['force', 4],
    ]);
    expect(shown.kinds.reduce((n, k) => n + k.count, 0)).toBe(v.nodes.size);
    // A relation the filters leave out counts nothing, though it would show without that filter.
    const onlyForce = { ...filters, relations: ['force'] };
    expect(shownLegend(all, graph, withFilters(onlyForce), onlyForce.relations).relations.map((r) => r.id)).toEqual(['force']);
  });

  it('keeps entries with nothing shown, marked absent, when asked (the explorer: the legend keeps its size)', () => {
    const all = buildLegend(graph);
    const onlyForce = { ...DEFAULT_FILTERS, relations: ['force'] };
    const kept = shownLegend(all, graph, withFilters(onlyForce), onlyForce.relations, true);
    expect(kept.relations.map((r) => r.id)).toEqual(all.relations.map((r) => r.id));
    expect(kept.relations.filter((r) => !r.absent).map((r) => r.id)).toEqual(['force']);
    for (const r of kept.relations) expect(r.total).toBe(all.relations.find((a) => a.id === r.id)!.count);
    expect(kept.relations.find((r) => r.id === 'communication')).toMatchObject({ count: 0, absent: true });
  });
});
