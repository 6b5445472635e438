// Bundles and happenings are derived in the view: whatever filter steps are taken, the lines drawn
// and the counts must equal what a fresh count over the shown events gives.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relations from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { bundleKey, isBundleKey } from '../../src/graph/bundles';
import { BundleView } from '../../src/graph/bundleView';
import { DrawnLines, bundleLineLabel, bundleLineSize } from '../../src/graph/drawnLines';
import { isoDay, dayNumber } from '../../src/graph/eventTime';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { assignHappenings } from '../../src/graph/happenings';
import type { ViewGraph } from '../../src/graph/viewTypes';
import { VisibilityEngine } from '../../src/graph/visibilityEngine';
import { groupByHappening, reportedIn } from '../../src/store/pairDetails';
import { describeEvent } from '../../src/store/eventLine';

function syntheticGraph(): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.import(generateSyntheticGraph({ actors: 60, events: 1500, years: 1, seed: 11, relations: relations.relations }));
  assignHappenings(g);
  return g;
}

/** What the lines should be, counted from scratch: key → shown happenings (bundles) or 1 (events of expanded pairs). */
function expectedLines(g: DramatisGraph, shown: ReadonlySet<string>, expanded: ReadonlySet<string>): Map<string, number> {
  const happenings = new Map<string, Set<string>>();
  const lines = new Map<string, number>();
  g.forEachEdge((e, a, s, t) => {
    if (!shown.has(e)) return;
    const pair = s < t ? `${s} ${t}` : `${t} ${s}`;
    if (expanded.has(pair)) {
      lines.set(e, 1);
      return;
    }
    const key = bundleKey(a.relation, s, t);
    let set = happenings.get(key);
    if (!set) happenings.set(key, (set = new Set()));
    set.add(a.happening ?? e);
  });
  for (const [key, set] of happenings) lines.set(key, set.size);
  return lines;
}

function drawnLines(view: ViewGraph): Map<string, number> {
  return new Map(view.mapEdges((e, a) => [e, a.count ?? 1] as [string, number]));
}

function windowAt(start: number, days: number): FilterState {
  return { ...DEFAULT_FILTERS, from: isoDay(start), to: isoDay(start + days) };
}

describe('bundles follow the filters step by step', () => {
  const g = syntheticGraph();
  const engine = new VisibilityEngine(g);
  const view = new BundleView(g, engine);
  const drawn: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  g.forEachNode((n) => drawn.addNode(n, { label: n, kind: 'state', x: 0, y: 0, size: 1, color: '#000000' }));
  const lines = new DrawnLines(drawn, view.columns, view.index, view.counts, view.eventShown);
  const first = engine.apply(DEFAULT_FILTERS);
  view.follow(first.change);
  lines.sync(lines.allPairs());
  let firstDay = Infinity;
  g.forEachEdge((_e, a) => (firstDay = Math.min(firstDay, dayNumber(a.date.length === 10 ? a.date : `${a.date.slice(0, 4)}-01-01`))));

  it('draws one line per pair and relation with the number of happenings, fewer lines than events', () => {
    expect(drawnLines(drawn)).toEqual(expectedLines(g, first.visibility.edges, new Set()));
    expect(drawn.size).toBeLessThan(g.size);
    expect(view.totalHappenings).toBeLessThan(g.size);
    expect(view.shownHappenings).toBe(view.totalHappenings);
  });

  it('keeps lines and counts equal to a fresh count over 40 window steps, a relation toggle and an expanded pair', () => {
    let expandedPairs = new Set<number>();
    let expandedNames = new Set<string>();
    for (let step = 0; step < 40; step++) {
      const filters = step === 20 ? { ...windowAt(firstDay + 9 * step, 60), relations: ['threat', 'force'] } : windowAt(firstDay + 9 * step, 60);
      const { visibility, change } = engine.apply(filters);
      view.follow(change);
      lines.sync(lines.pairsOfBundles(view.changedBundles));
      if (step === 10) {
        // Expand the pair of some shown event, as a click on its line does.
        const event = [...visibility.edges][0]!;
        expandedPairs = new Set([lines.pairOfLine(event)!]);
        const [s, t] = g.extremities(event);
        expandedNames = new Set([s < t ? `${s} ${t}` : `${t} ${s}`]);
        lines.sync(lines.setExpanded(expandedPairs));
      }
      expect(drawnLines(drawn)).toEqual(expectedLines(g, visibility.edges, expandedNames));
      const happenings = new Set([...visibility.edges].map((e) => g.getEdgeAttribute(e, 'happening')));
      expect(view.shownHappenings).toBe(happenings.size);
    }
  });

  it('finds the line of an event and the shown events of a line', () => {
    const { visibility, change } = engine.apply(DEFAULT_FILTERS);
    view.follow(change);
    lines.sync(lines.pairsOfBundles(view.changedBundles));
    const bundled = [...visibility.edges].filter((e) => isBundleKey(lines.lineOfEvent(e) ?? ''));
    const single = [...visibility.edges].filter((e) => lines.lineOfEvent(e) === e);
    expect(bundled.length).toBeGreaterThan(0);
    expect(single.length).toBeGreaterThan(0);
    for (const e of [bundled[0]!, single[0]!]) expect(lines.shownEventsOf(lines.lineOfEvent(e)!)).toContain(e);
    const line = lines.lineOfEvent(bundled[0]!)!;
    const happenings = new Set(lines.shownEventsOf(line).map((e) => g.getEdgeAttribute(e, 'happening')));
    expect(drawn.getEdgeAttribute(line, 'count')).toBe(happenings.size);
  });
});

describe('line look', () => {
  it('grows thicker with the count and labels only bundles of several happenings', () => {
    expect(bundleLineSize(1, false)).toBeLessThan(bundleLineSize(2, false));
    expect(bundleLineSize(2, false)).toBeLessThan(bundleLineSize(16, false));
    expect(bundleLineLabel(1)).toBeUndefined();
    expect(bundleLineLabel(3)).toBe('×3');
  });
});

describe('the pair panel groups reports by happening', () => {
  it('puts the reports of one happening together and says how many documents report it', () => {
    const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    const body = 'Iran called Oman. Iran phoned Oman on Monday. Iran threatened Oman.';
    g.replaceAttributes({
      documents: ['d1', 'd2'].map((id) => ({ id, title: id, published: '2025-06-03', publishedPrecision: 'day' as const, publishedInferred: false, source: null, body })),
    });
    g.addNode('iran', { label: 'Iran', kind: 'state', aliases: [] });
    g.addNode('oman', { label: 'Oman', kind: 'state', aliases: [] });
    const edge = (key: string, doc: string, relation: string, start: number, end: number) =>
      g.addDirectedEdgeWithKey(key, 'iran', 'oman', { relation, cameo: '040', plover: null, date: '2025-06-03', datePrecision: 'day', doc, evidence: { text: body.slice(start, end), start, end }, modality: 'asserted', confidence: 0.9 });
    edge('a', 'd1', 'communication', 0, 17);
    edge('b', 'd2', 'communication', 18, 45);
    edge('c', 'd1', 'threat', 46, 67);
    assignHappenings(g);
    const groups = groupByHappening(['a', 'b', 'c'].map((e) => describeEvent(g, e)));
    expect(groups.map((x) => x.reports.map((r) => r.edge))).toEqual([['a', 'b'], ['c']]);
    expect(reportedIn(groups[0]!)).toBe('Reported in 2 documents');
    expect(reportedIn(groups[1]!)).toBeNull();
  });
});
