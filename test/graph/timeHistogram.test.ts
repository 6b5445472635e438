// Timeline maths: bin sizes, binning with date precision, and the brush window.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/graph/bidiText';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { DatePrecision, DocumentMeta, EdgeAttributes } from '../../src/domain/contract';
import { dayNumber, isoDay } from '../../src/graph/eventTime';
import { binEvents, binIndex, binStart, chooseBinSize, countBins, nextBinStart, shiftByBins, stackOrder, stackSegments, timeExtent } from '../../src/graph/timeHistogram';
import { binLabel } from '../../src/graph/timeLabels';
import {
  clipWindow,
  defaultPlayWindow,
  dragWindow,
  filterWindow,
  moveWindow,
  nudgeEnd,
  shiftWindow,
  stepWindow,
  timePresets,
  timeScale,
  windowFilters,
} from '../../src/graph/timeWindow';

const d = dayNumber;
const iso = (w: { from: number; to: number }) => [isoDay(w.from), isoDay(w.to)];

interface EventSpec {
  relation: string;
  date: string;
  dateEnd?: string;
  precision?: DatePrecision;
  doc?: string;
}

function graphOf(events: EventSpec[], documents: Partial<DocumentMeta>[] = []): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({
    documents: documents.map((doc, i) => ({
      id: `doc${i}`,
      title: `Document ${i}`,
      published: null,
      publishedPrecision: 'day',
      publishedInferred: false,
      source: null,
      body: '',
      ...doc,
    })),
  });
  g.addNode('a', { label: 'A', kind: 'state', aliases: [] });
  g.addNode('b', { label: 'B', kind: 'state', aliases: [] });
  events.forEach((e, i) => {
    const precision = e.precision ?? (e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year');
    const attrs: EdgeAttributes = {
      relation: e.relation,
      cameo: '000',
      plover: null,
      date: e.date,
      datePrecision: precision,
      doc: e.doc ?? 'doc0',
      evidence: { text: '', start: 0, end: 0 },
      modality: 'asserted',
      confidence: 1,
    };
    if (e.dateEnd) attrs.dateEnd = e.dateEnd;
    g.addDirectedEdgeWithKey(`e${i}`, 'a', 'b', attrs);
  });
  return g;
}

describe('bin boundaries', () => {
  it('weeks start on Monday, months on the 1st, years on 1 January', () => {
    // 2026-01-14 is a Wednesday.
    expect(isoDay(binStart(d('2026-01-14'), 'week'))).toBe('2026-01-12');
    expect(isoDay(binStart(d('2026-01-12'), 'week'))).toBe('2026-01-12');
    expect(isoDay(binStart(d('2026-01-11'), 'week'))).toBe('2026-01-05');
    expect(isoDay(binStart(d('2026-01-14'), 'month'))).toBe('2026-01-01');
    expect(isoDay(binStart(d('2026-03-14'), 'year'))).toBe('2026-01-01');
    expect(isoDay(nextBinStart(d('2025-12-31'), 'month'))).toBe('2026-01-01');
    expect(isoDay(nextBinStart(d('2024-02-10'), 'month'))).toBe('2024-03-01');
    expect(isoDay(nextBinStart(d('2025-06-01'), 'year'))).toBe('2026-01-01');
  });

  it('shifting by bins keeps the place in the bin, clamped to shorter months', () => {
    expect(isoDay(shiftByBins(d('2026-01-31'), 'month', 1))).toBe('2026-02-28');
    expect(isoDay(shiftByBins(d('2024-01-31'), 'month', 1))).toBe('2024-02-29');
    expect(isoDay(shiftByBins(d('2025-12-15'), 'month', 2))).toBe('2026-02-15');
    expect(isoDay(shiftByBins(d('2026-03-15'), 'month', -3))).toBe('2025-12-15');
    expect(isoDay(shiftByBins(d('2024-02-29'), 'year', 1))).toBe('2025-02-28');
    expect(isoDay(shiftByBins(d('2026-01-12'), 'week', -1))).toBe('2026-01-05');
  });

  it('counts bins across years', () => {
    expect(binIndex(d('2026-01-01'), 'month', d('2025-06-20'))).toBe(7);
    expect(countBins(d('2025-01-01'), d('2026-01-12'), 'month')).toBe(13);
    expect(countBins(d('2025-01-01'), d('2026-01-12'), 'week')).toBe(55);
    expect(countBins(d('2020-05-01'), d('2026-01-12'), 'year')).toBe(7);
  });
});

describe('chooseBinSize', () => {
  it('picks the finest size with at most 80 bins', () => {
    expect(chooseBinSize(d('2026-01-01'), d('2026-01-12'))).toBe('day');
    expect(chooseBinSize(d('2026-01-01'), d('2026-03-15'))).toBe('day');
    expect(chooseBinSize(d('2025-01-01'), d('2026-01-12'))).toBe('week');
    expect(chooseBinSize(d('2020-01-01'), d('2026-01-12'))).toBe('month');
    expect(chooseBinSize(d('1990-01-01'), d('2026-01-12'))).toBe('year');
  });

  it('gives roughly 20 to 80 bins for spans from three months to six years', () => {
    for (const days of [90, 200, 400, 800, 1500, 2200]) {
      const first = d('2020-01-01');
      const n = countBins(first, first + days, chooseBinSize(first, first + days));
      expect(n, `${days} days`).toBeGreaterThanOrEqual(12);
      expect(n, `${days} days`).toBeLessThanOrEqual(80);
    }
  });
});

describe('binEvents', () => {
  it('counts day-dated events per bin and relation (day bins)', () => {
    const g = graphOf([
      { relation: 'threat', date: '2026-01-10' },
      { relation: 'threat', date: '2026-01-10' },
      { relation: 'communication', date: '2026-01-10' },
      { relation: 'communication', date: '2026-01-12' },
    ]);
    const h = binEvents(g, 'day');
    const bin10 = h.bins.find((b) => isoDay(b.start) === '2026-01-10')!;
    expect(bin10.dated).toEqual({ threat: 2, communication: 1 });
    expect(bin10.total).toBe(3);
    expect(h.bins.find((b) => isoDay(b.start) === '2026-01-12')!.dated).toEqual({ communication: 1 });
    expect(h.maxTotal).toBe(3);
    // A short corpus is padded to two weeks of days.
    expect(h.bins.length).toBe(14);
    expect(h.bins.every((b) => b.start === b.end)).toBe(true);
    expect(stackOrder(bin10.dated)).toEqual(['communication', 'threat']);
  });

  it('week bins run Monday to Sunday and cover the whole extent', () => {
    const g = graphOf([
      { relation: 'force', date: '2025-06-13' },
      { relation: 'force', date: '2025-06-15' },
      { relation: 'force', date: '2025-06-16' },
      { relation: 'accusation', date: '2026-01-12' },
    ]);
    const h = binEvents(g, 'week');
    expect(isoDay(h.domain.first)).toBe('2025-06-09');
    expect(isoDay(h.domain.last)).toBe('2026-01-18');
    expect(h.bins.every((b) => b.end - b.start === 6)).toBe(true);
    const counts = h.bins.filter((b) => b.total > 0).map((b) => [isoDay(b.start), b.dated]);
    expect(counts).toEqual([
      ['2025-06-09', { force: 2 }],
      ['2025-06-16', { force: 1 }],
      ['2026-01-12', { accusation: 1 }],
    ]);
    expect(binLabel(h.bins[0]!, 'week')).toBe('week of 9 Jun 2025');
  });

  it('month and year bins', () => {
    const g = graphOf([
      { relation: 'force', date: '2021-03-04' },
      { relation: 'force', date: '2021-03-28' },
      { relation: 'support', date: '2024-11-30' },
    ]);
    const months = binEvents(g, 'month');
    expect(months.bins.length).toBe(45);
    expect(months.bins[0]!.dated).toEqual({ force: 2 });
    expect(isoDay(months.bins[44]!.start)).toBe('2024-11-01');
    expect(isoDay(months.bins[44]!.end)).toBe('2024-11-30');
    expect(months.bins[44]!.dated).toEqual({ support: 1 });
    const years = binEvents(g, 'year');
    expect(years.bins.map((b) => [isoDay(b.start), b.total])).toEqual([
      ['2021-01-01', 2],
      ['2022-01-01', 0],
      ['2023-01-01', 0],
      ['2024-01-01', 1],
    ]);
    expect(binLabel(years.bins[3]!, 'year')).toBe('2024');
  });

  it('month- and year-precision events become bands over their whole period, not a fake day', () => {
    const g = graphOf([
      { relation: 'force', date: '2025-06' },
      { relation: 'force', date: '2025-06' },
      { relation: 'communication', date: '2025' },
      { relation: 'accusation', date: '2026-01-12' },
    ]);
    const h = binEvents(g, 'week');
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(1);
    expect(h.bands.map((b) => [b.relation, b.precision, isoDay(b.first), isoDay(b.last), b.count])).toEqual([
      ['communication', 'year', '2025-01-01', '2025-12-31', 1],
      ['force', 'month', '2025-06-01', '2025-06-30', 2],
    ]);
    // The June band lies inside the 2025 band, so it takes a second lane.
    expect(h.bands.map((b) => b.lane)).toEqual([0, 1]);
    expect(h.lanes).toBe(2);
    expect(h.totals).toEqual({ dated: 1, documentDated: 0, banded: 3 });
    // The axis reaches back to the start of the year the year-precision event covers.
    expect(isoDay(h.domain.first)).toBe('2024-12-30');
  });

  it('a span of days inside one bin is counted there; one crossing bins becomes a band', () => {
    const g = graphOf([
      { relation: 'protest', date: '2026-01-06', dateEnd: '2026-01-07' },
      { relation: 'protest', date: '2025-12-28', dateEnd: '2026-01-12' },
    ]);
    const h = binEvents(g, 'week');
    expect(h.bins.find((b) => isoDay(b.start) === '2026-01-05')!.dated).toEqual({ protest: 1 });
    expect(h.bands).toHaveLength(1);
    expect(h.bands[0]).toMatchObject({ precision: 'span', first: d('2025-12-28'), last: d('2026-01-12') });
    // With month bins, the Jan 6–7 span still sits in one bin.
    expect(binEvents(g, 'month').bins.find((b) => isoDay(b.start) === '2026-01-01')!.dated).toEqual({ protest: 1 });
  });

  it('flags document-dated events apart from dated ones', () => {
    const g = graphOf(
      [
        { relation: 'threat', date: '2026-01-12', precision: 'document' },
        { relation: 'threat', date: '2026-01-12', precision: 'document' },
        { relation: 'threat', date: '2026-01-12' },
      ],
      [{ published: '2026-01-12T18:19' }],
    );
    const h = binEvents(g, 'day');
    const bin = h.bins.find((b) => isoDay(b.start) === '2026-01-12')!;
    expect(bin.dated).toEqual({ threat: 1 });
    expect(bin.documentDated).toEqual({ threat: 2 });
    expect(bin.total).toBe(3);
    expect(h.totals).toEqual({ dated: 1, documentDated: 2, banded: 0 });
  });

  it('counts events other filters hide apart, and marks such bands', () => {
    const g = graphOf([
      { relation: 'threat', date: '2026-01-12' },
      { relation: 'force', date: '2026-01-12' },
      { relation: 'force', date: '2025-06' },
    ]);
    const h = binEvents(g, 'week', { passes: (_e, a) => a.relation === 'threat' });
    const bin = h.bins.find((b) => b.total > 0)!;
    expect(bin.dated).toEqual({ threat: 1 });
    expect(bin.filteredOut).toBe(1);
    expect(bin.total).toBe(2);
    expect(h.bands[0]!.passes).toBe(false);
  });

  it('splits each stack into what the graph shows now and what it hides', () => {
    const g = graphOf([
      { relation: 'threat', date: '2026-01-12' },
      { relation: 'threat', date: '2026-01-14' },
      { relation: 'communication', date: '2026-01-13', precision: 'document' },
      { relation: 'force', date: '2026-01-13' },
    ]);
    const h = binEvents(g, 'week', { passes: (_e, a) => a.relation !== 'force' });
    const bin = h.bins.find((b) => b.total > 0)!;
    expect(bin.items.map((i) => i.layer).sort()).toEqual(['dated', 'dated', 'document', 'filtered']);
    // A window ending on 12 Jan shows the first threat only.
    expect(stackSegments(bin, new Set(['e0']))).toEqual([
      { relation: 'threat', layer: 'dated', count: 1, shown: true },
      { relation: 'threat', layer: 'dated', count: 1, shown: false },
      { relation: 'communication', layer: 'document', count: 1, shown: false },
      { relation: '', layer: 'filtered', count: 1, shown: false },
    ]);
    expect(stackSegments(bin, null).filter((s) => s.shown).map((s) => [s.relation, s.count])).toEqual([
      ['threat', 2],
      ['communication', 1],
    ]);
  });

  it('the extent covers events and publication dates; an empty graph has none', () => {
    const g = graphOf([{ relation: 'threat', date: '2026-01-10' }], [{ published: '2026-01-14T09:00' }]);
    expect(timeExtent(g)).toEqual({ first: d('2026-01-10'), last: d('2026-01-14') });
    expect(timeExtent(graphOf([]))).toBeNull();
    expect(binEvents(graphOf([]), 'day').bins.length).toBe(14);
  });
});

describe('time window', () => {
  const domain = { first: d('2024-12-30'), last: d('2026-01-18') };

  it('reads the filters, open ends reaching the domain', () => {
    expect(filterWindow({ from: null, to: null }, domain)).toBeNull();
    expect(iso(filterWindow({ from: '2025-06-01', to: null }, domain)!)).toEqual(['2025-06-01', '2026-01-18']);
    expect(windowFilters({ from: d('2025-06-01'), to: d('2025-06-30') })).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    expect(iso(clipWindow({ from: d('2020-01-01'), to: d('2025-02-01') }, domain))).toEqual(['2024-12-30', '2025-02-01']);
  });

  it('dragging creates, moves and resizes, never leaving the domain', () => {
    const created = dragWindow('create', null, d('2025-06-20'), d('2025-05-20'), domain);
    expect(iso(created)).toEqual(['2025-05-20', '2025-06-20']);
    const moved = dragWindow('move', created, d('2025-06-01'), d('2025-06-11'), domain);
    expect(iso(moved)).toEqual(['2025-05-30', '2025-06-30']);
    expect(iso(dragWindow('move', created, d('2025-06-01'), d('2027-01-01'), domain))).toEqual(['2025-12-18', '2026-01-18']);
    expect(iso(dragWindow('to', created, d('2025-06-20'), d('2025-07-01'), domain))).toEqual(['2025-05-20', '2025-07-01']);
    // Dragging a handle past the other end flips the window instead of inverting it.
    expect(iso(dragWindow('from', created, d('2025-05-20'), d('2025-07-01'), domain))).toEqual(['2025-06-20', '2025-07-01']);
    expect(iso(moveWindow(created, -1000, domain))).toEqual(['2024-12-30', '2025-01-30']);
  });

  it('arrow keys move one end by one bin, keeping month ends on month ends', () => {
    const june = { from: d('2025-06-01'), to: d('2025-06-30') };
    expect(iso(nudgeEnd(june, 'to', 'month', 1, domain))).toEqual(['2025-06-01', '2025-07-31']);
    expect(iso(nudgeEnd(june, 'from', 'month', -1, domain))).toEqual(['2025-05-01', '2025-06-30']);
    expect(iso(nudgeEnd(june, 'from', 'week', 1, domain))).toEqual(['2025-06-08', '2025-06-30']);
    expect(iso(nudgeEnd(june, 'to', 'week', -10, domain))).toEqual(['2025-06-01', '2025-06-01']);
    expect(iso(nudgeEnd(june, 'from', 'month', -12, domain))).toEqual(['2024-12-30', '2025-06-30']);
  });

  it('arrow keys on the selection move the whole window by one bin', () => {
    const june = { from: d('2025-06-01'), to: d('2025-06-30') };
    expect(iso(shiftWindow(june, 'month', 1, domain))).toEqual(['2025-07-01', '2025-07-31']);
    expect(iso(shiftWindow(june, 'week', -1, domain))).toEqual(['2025-05-25', '2025-06-23']);
    expect(iso(shiftWindow(june, 'month', -6, domain))).toEqual(['2024-12-30', '2025-01-28']);
    expect(iso(shiftWindow(june, 'month', 12, domain))).toEqual(['2025-12-20', '2026-01-18']);
  });

  it('play steps one bin at a time, keeps the width, and stops or loops at the end', () => {
    const w = { from: d('2025-12-01'), to: d('2025-12-28') };
    const s1 = stepWindow(w, 'week', domain, false);
    expect(iso(s1.window)).toEqual(['2025-12-08', '2026-01-04']);
    const s2 = stepWindow(s1.window, 'week', domain, false);
    const s3 = stepWindow(s2.window, 'week', domain, false);
    expect(iso(s3.window)).toEqual(['2025-12-22', '2026-01-18']);
    expect(s3.ended).toBe(false);
    const s4 = stepWindow(s3.window, 'week', domain, false);
    expect(s4.ended).toBe(true);
    expect(s4.window).toEqual(s3.window);
    const looped = stepWindow(s3.window, 'week', domain, true);
    expect(looped.ended).toBe(false);
    expect(iso(looped.window)).toEqual(['2024-12-30', '2025-01-26']);
    // A step that would overshoot stops at the end with the width kept.
    expect(iso(stepWindow({ from: d('2026-01-01'), to: d('2026-01-15') }, 'week', domain, false).window)).toEqual(['2026-01-04', '2026-01-18']);
    expect(iso(stepWindow({ from: d('2025-06-01'), to: d('2025-06-30') }, 'month', domain, false).window)).toEqual(['2025-07-01', '2025-07-31']);
    expect(iso(defaultPlayWindow('week', domain))).toEqual(['2024-12-30', '2025-01-26']);
  });

  it('maps days to pixels and back', () => {
    const s = timeScale({ first: d('2026-01-01'), last: d('2026-01-10') }, 20, 100);
    expect(s.pixelsPerDay).toBe(10);
    expect(s.x(d('2026-01-03'))).toBe(40);
    expect(isoDay(s.dayAt(45))).toBe('2026-01-03');
    expect(isoDay(s.dayAt(-50))).toBe('2026-01-01');
    expect(isoDay(s.dayAt(500))).toBe('2026-01-10');
  });

  it('offers All, the last 7 days and the week before each document', () => {
    const g = graphOf([{ relation: 'threat', date: '2026-01-10' }], [{ title: 'Talks', published: '2026-01-12T18:19' }, { title: 'Undated' }]);
    const presets = timePresets(g, timeExtent(g));
    expect(presets.map((p) => [p.id, p.label, p.from, p.to])).toEqual([
      ['all', 'All', null, null],
      ['last-7', 'Last 7 days', '2026-01-06', '2026-01-12'],
      // The title is the article's: isolated from the words around it.
      ['doc:doc0', `Week of ${isolate('Talks')}`, '2026-01-06', '2026-01-12'],
    ]);
  });
});
