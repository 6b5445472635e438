// The timeline's axis fits where the events are (overflow counted at the ends, zoom kept in the
// data's bounds), and play shows something at every step with a unit chosen from the data.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { buildGraph, type DramatisGraph } from '../../src/graph/buildGraph';
import { dayNumber, isoDay } from '../../src/graph/eventTime';
import { firstPlayWindow, nextPlayWindow, playSpans, playStartWindow, playUnit, windowHasEvents, type PlayMode } from '../../src/graph/playPlan';
import { axisOf, axisOfColumns, denseRange, expandAxis, fittedAxis, MIN_AXIS_DAYS, zoomAxis, type AxisRange } from '../../src/graph/timeDomain';
import { binEvents, chooseBinSize } from '../../src/graph/timeHistogram';
import { buildEventColumns } from '../../src/graph/eventColumns';
import type { DayWindow } from '../../src/graph/timeWindow';

const d = dayNumber;
const folder = resolve(import.meta.dirname, '../../data/articles');
const seed = buildGraph(extractCorpus(readdirSync(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })), defaultResources()));
const threeYears: DramatisGraph = new MultiDirectedGraph();
threeYears.import(generateSyntheticGraph({ actors: 150, events: 1500, years: 3, seed: 7, relations: relationsFile.relations }));

/** Two days of day-dated events, nothing else. */
function twoDayGraph(): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ documents: [{ id: 'd', title: 'D', published: '2026-03-02', publishedPrecision: 'day', publishedInferred: false, source: null, body: '' }] });
  g.addNode('a', { label: 'A', kind: 'state', aliases: [] });
  g.addNode('b', { label: 'B', kind: 'state', aliases: [] });
  ['2026-03-01', '2026-03-01', '2026-03-02'].forEach((date, i) =>
    g.addDirectedEdgeWithKey(`e${i}`, 'a', 'b', { relation: 'communication', cameo: '010', plover: null, date, datePrecision: 'day', doc: 'd', evidence: { text: '', start: 0, end: 0 }, modality: 'asserted', confidence: 1 }),
  );
  return g;
}

const isoRange = (r: AxisRange) => [isoDay(r.first), isoDay(r.last)];
const isoWindow = (w: DayWindow) => [isoDay(w.from), isoDay(w.to)];

describe('the fitted axis', () => {
  it('read from the event columns (as the store prepares it) is the axis read from every event', () => {
    for (const graph of [seed, threeYears, twoDayGraph()]) {
      const columns = buildEventColumns(graph);
      expect(axisOfColumns(columns, graph.getAttribute('documents'))).toEqual(axisOf(graph));
    }
    // Month- and year-dated events count for the extent, not for the dense days.
    expect(axisOf(seed)!.extent).not.toEqual(axisOf(seed)!.fitted);
    const empty: DramatisGraph = new MultiDirectedGraph();
    empty.replaceAttributes({ documents: [] });
    expect(axisOfColumns(buildEventColumns(empty), [])).toBeNull();
  });

  it('on the seed corpus leaves out the year- and month-dated 2025 events and counts them as overflow', () => {
    const axis = axisOf(seed)!;
    expect(isoDay(axis.extent.first)).toBe('2025-01-01');
    // All day-dated events of the seed fall on 12 Jan 2026.
    expect(isoDay(axis.fitted.first) >= '2026-01-01').toBe(true);
    const h = binEvents(seed, chooseBinSize(axis.fitted.first, axis.fitted.last), { extent: axis.fitted });
    expect(h.binSize).toBe('day');
    const month = seed.filterEdges((_e, a) => a.datePrecision === 'month' || a.datePrecision === 'year').length;
    expect(h.overflow).toEqual({ before: month, after: 0 });
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(seed.size - month);
    // Clicking the left marker brings the whole extent back, with its month and year bands.
    const wide = expandAxis(axis.fitted, axis.extent, 'before');
    const all = binEvents(seed, chooseBinSize(wide.first, wide.last), { extent: wide });
    expect(all.overflow).toEqual({ before: 0, after: 0 });
    expect(all.bands.some((b) => b.precision === 'year')).toBe(true);
  });

  it('keeps the whole extent when the events spread over it', () => {
    const axis = axisOf(threeYears)!;
    expect(axis.fitted).toEqual(axis.extent);
  });

  it('fits the 5th–95th percentile of day-dated events with their continuous tails, widened to whole bins, leaving out outliers', () => {
    const days = Int32Array.from([...Array.from({ length: 40 }, (_, i) => d('2024-03-01') + i), d('2019-05-05'), d('2030-01-01')]).sort();
    expect(isoRange(denseRange(days)!)).toEqual(['2024-03-02', '2024-04-08']);
    // The tails (1 March, 9 April) are one day away: kept. The outliers, years away: left out.
    expect(isoRange(fittedAxis({ first: d('2019-05-05'), last: d('2030-01-01') }, days))).toEqual(['2024-03-01', '2024-04-09']);
    const spread = Int32Array.from([d('2010-06-01'), ...Array.from({ length: 40 }, (_, i) => d('2024-01-10') + 9 * i)]);
    // 10 Jan – 26 Dec call for week bins: from a Monday to a Sunday.
    expect(isoRange(fittedAxis({ first: d('2010-06-01'), last: d('2024-12-31') }, spread))).toEqual(['2024-01-08', '2024-12-29']);
  });

  it('zooms around the pointer, never below two weeks nor past the data', () => {
    const bounds = { first: d('2025-01-01'), last: d('2025-12-31') };
    const axis = { first: d('2025-03-01'), last: d('2025-04-29') }; // 60 days
    const anchor = d('2025-03-16'); // a quarter in
    const zoomed = zoomAxis(axis, anchor, 0.5, bounds);
    expect(zoomed.last - zoomed.first + 1).toBe(30);
    expect((anchor - zoomed.first) / 30).toBeCloseTo(0.25, 1);
    let tiny = axis;
    for (let i = 0; i < 20; i++) tiny = zoomAxis(tiny, anchor, 0.5, bounds);
    expect(tiny.last - tiny.first + 1).toBe(MIN_AXIS_DAYS);
    let wide = axis;
    for (let i = 0; i < 20; i++) wide = zoomAxis(wide, anchor, 2, bounds);
    expect(wide).toEqual(bounds);
    // Near the end the zoomed axis slides back inside the bounds.
    const end = zoomAxis({ first: d('2025-11-01'), last: d('2025-12-31') }, d('2025-12-30'), 1.5, bounds);
    expect(isoDay(end.last)).toBe('2025-12-31');
  });
});

/** Every window play shows from the first event until it ends. */
function playAll(g: DramatisGraph, axis: AxisRange, mode: PlayMode): DayWindow[] {
  const spans = playSpans(g);
  const unit = playUnit(axis);
  const windows = [playStartWindow(null, spans, unit, axis).window];
  for (let i = 0; i < 1000; i++) {
    const next = nextPlayWindow(windows.at(-1)!, spans, unit, axis, mode, false);
    if (next.ended) break;
    windows.push(next.window);
  }
  return windows;
}

describe('play', () => {
  it('plays a two-day corpus over days, a three-year corpus over weeks', () => {
    const two = twoDayGraph();
    const twoAxis = axisOf(two)!.fitted;
    expect(playUnit(twoAxis)).toBe('day');
    expect(playAll(two, twoAxis, 'time').map(isoWindow)).toEqual([
      ['2026-03-01', '2026-03-01'],
      ['2026-03-02', '2026-03-02'],
    ]);
    expect(playUnit(axisOf(threeYears)!.fitted)).toBe('week');
  });

  it('starts at the first event and shows something at every step, skipping empty stretches', () => {
    const axis = axisOf(threeYears)!.fitted;
    const spans = playSpans(threeYears);
    const windows = playAll(threeYears, axis, 'time');
    const firstEvent = Math.min(...threeYears.mapEdges((_e, a) => d(a.date.length === 10 ? a.date : `${a.date}-01`.slice(0, 10))));
    expect(windows[0]!.from).toBeLessThanOrEqual(firstEvent);
    expect(windows[0]!.to).toBeGreaterThanOrEqual(firstEvent);
    expect(windows.every((w) => windowHasEvents(spans, w))).toBe(true);
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.from).toBeGreaterThan(windows[i - 1]!.from);
    // Far fewer steps than weeks when the events come in bursts, and it runs to the end of the data.
    expect(windows.at(-1)!.to).toBeGreaterThanOrEqual(axis.last - 7);
  });

  it('jumps over a gap of months instead of stepping through it', () => {
    const g = twoDayGraph();
    g.addDirectedEdgeWithKey('late', 'a', 'b', { ...g.getEdgeAttributes('e0'), date: '2026-09-15' });
    const axis = axisOf(g)!.extent;
    const windows = playAll(g, axis, 'time');
    expect(playUnit(axis)).toBe('day');
    expect(windows.map(isoWindow)).toEqual([
      ['2026-03-01', '2026-03-01'],
      ['2026-03-02', '2026-03-02'],
      ['2026-09-15', '2026-09-15'],
    ]);
  });

  it('in events mode moves from one event day to the next, the window width kept, and loops back to the first', () => {
    const g = twoDayGraph();
    g.addDirectedEdgeWithKey('late', 'a', 'b', { ...g.getEdgeAttributes('e0'), date: '2026-03-20' });
    const axis = { first: d('2026-02-20'), last: d('2026-03-31') };
    const spans = playSpans(g);
    const start = { from: d('2026-02-25'), to: d('2026-02-27') };
    const a = nextPlayWindow(start, spans, 'day', axis, 'events', false).window;
    expect(isoWindow(a)).toEqual(['2026-03-01', '2026-03-03']);
    const b = nextPlayWindow(a, spans, 'day', axis, 'events', false).window;
    expect(isoWindow(b)).toEqual(['2026-03-02', '2026-03-04']);
    const c = nextPlayWindow(b, spans, 'day', axis, 'events', false).window;
    expect(isoWindow(c)).toEqual(['2026-03-20', '2026-03-22']);
    expect(nextPlayWindow(c, spans, 'day', axis, 'events', false).ended).toBe(true);
    expect(isoWindow(nextPlayWindow(c, spans, 'day', axis, 'events', true).window)).toEqual(['2026-03-01', '2026-03-03']);
    expect(isoWindow(firstPlayWindow(spans, 'week', axis))).toEqual(['2026-02-23', '2026-03-01']);
    // Where the axis cuts the first week, the window still spans a whole week.
    expect(isoWindow(firstPlayWindow(spans, 'week', { first: d('2026-03-01'), last: d('2026-03-31') }))).toEqual(['2026-03-01', '2026-03-07']);
  });
});
