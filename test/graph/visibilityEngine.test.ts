// The incremental visibility engine must always agree with the plain full pass (computeVisibility),
// whatever sequence of filter changes it is given, and report exactly what changed.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { ACTOR_KINDS, MODALITIES, type ActorKind, type DatePrecision, type Modality } from '../../src/domain/contract';
import { isoDay } from '../../src/graph/eventTime';
import { LIST_FACETS, STATED_DIRECTLY } from '../../src/graph/facetRegistry';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { computeVisibility, type Visibility } from '../../src/graph/visibility';
import { VisibilityEngine } from '../../src/graph/visibilityEngine';

const RELATIONS = ['communication', 'threat', 'mediation', 'force'];
const DOCS = ['d1', 'd2', 'd3'];
const SPEAKERS = [STATED_DIRECTLY, 'a0', 'a1', 'a2', 'a3'];
const BASE_DAY = 20_000; // 2024-10-04

interface EventSpec {
  s: number;
  t: number;
  relation: number;
  doc: number;
  modality: number;
  confidence: number;
  day: number;
  precision: DatePrecision;
  span: number;
  /** The actor (`a<n>`, n taken modulo the actors) the event is attributed to; none: stated directly. */
  speaker?: number;
}

function makeGraph(kinds: ActorKind[], events: EventSpec[]): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({
    documents: DOCS.map((id) => ({ id, title: id, published: '2025-01-01', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'x' })),
  });
  kinds.forEach((kind, i) => g.addNode(`a${i}`, { label: `Actor ${i}`, kind, aliases: [] }));
  events.forEach((e, i) => {
    const s = e.s % kinds.length;
    const t = e.t % kinds.length;
    if (s === t) return;
    const iso = isoDay(BASE_DAY + e.day);
    const date = e.precision === 'month' ? iso.slice(0, 7) : e.precision === 'year' ? iso.slice(0, 4) : iso;
    g.addDirectedEdgeWithKey(`e${i}`, `a${s}`, `a${t}`, {
      relation: RELATIONS[e.relation]!,
      cameo: '01',
      plover: null,
      date,
      ...(e.precision === 'day' && e.span > 0 ? { dateEnd: isoDay(BASE_DAY + e.day + e.span) } : {}),
      datePrecision: e.precision,
      doc: DOCS[e.doc]!,
      evidence: { text: 'x', start: 0, end: 1 },
      modality: MODALITIES[e.modality]!,
      confidence: e.confidence,
      ...(e.speaker === undefined ? {} : { attributedTo: `a${e.speaker % kinds.length}` }),
    });
  });
  return g;
}

const eventArb = fc.record({
  s: fc.nat(40),
  t: fc.nat(40),
  relation: fc.nat(RELATIONS.length - 1),
  doc: fc.nat(DOCS.length - 1),
  modality: fc.nat(MODALITIES.length - 1),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  day: fc.nat(800),
  precision: fc.constantFrom<DatePrecision>('day', 'day', 'day', 'month', 'year', 'document'),
  span: fc.nat(3),
  speaker: fc.option(fc.nat(3), { nil: undefined }),
});

const optionalList = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: null });
const dayArb = fc.option(fc.nat(800).map((d) => isoDay(BASE_DAY + d)), { nil: null });

function filtersArb(actors: number): fc.Arbitrary<FilterState> {
  const actor = fc.nat(actors - 1).map((n) => `a${n}`);
  return fc.record({
    from: dayArb,
    to: dayArb,
    relations: optionalList(RELATIONS),
    kinds: optionalList<ActorKind>(ACTOR_KINDS),
    docs: optionalList(DOCS),
    modalities: optionalList<Modality>(MODALITIES),
    speakers: optionalList(SPEAKERS),
    minConfidence: fc.constantFrom(0, 0, 0.25, 0.5, 0.9),
    includeDocumentDated: fc.boolean(),
    focus: fc.option(actor, { nil: null, freq: 3 }),
    hops: fc.constantFrom<1 | 2>(1, 2),
    pinned: fc.array(actor, { maxLength: 3 }),
    path: fc.option(fc.tuple(actor, actor), { nil: null, freq: 4 }),
  });
}

/** Most steps move only one thing, as a user does; some change everything. */
function stepArb(actors: number): fc.Arbitrary<(f: FilterState) => FilterState> {
  const whole = filtersArb(actors);
  return fc.oneof(
    fc.tuple(dayArb, dayArb).map(([from, to]) => (f: FilterState) => ({ ...f, from, to })),
    fc.integer({ min: -40, max: 40 }).map((shift) => (f: FilterState) => ({
      ...f,
      from: isoDay(BASE_DAY + 300 + shift),
      to: isoDay(BASE_DAY + 360 + shift),
    })),
    optionalList(RELATIONS).map((relations) => (f: FilterState) => ({ ...f, relations })),
    optionalList<ActorKind>(ACTOR_KINDS).map((kinds) => (f: FilterState) => ({ ...f, kinds })),
    optionalList(SPEAKERS).map((speakers) => (f: FilterState) => ({ ...f, speakers })),
    fc.boolean().map((includeDocumentDated) => (f: FilterState) => ({ ...f, includeDocumentDated })),
    whole.map((next) => () => next),
  );
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const counts = (m: ReadonlyMap<string, number>) => Object.fromEntries([...m.entries()].filter(([, n]) => n > 0).sort());

function expectSame(actual: Visibility, expected: Visibility): void {
  expect(sorted(actual.edges)).toEqual(sorted(expected.edges));
  expect(actual.edges.size).toBe(expected.edges.size);
  expect(sorted(actual.nodes)).toEqual(sorted(expected.nodes));
  expect(actual.nodes.size).toBe(expected.nodes.size);
  for (const facet of LIST_FACETS.map((d) => d.id)) expect(counts(actual.counts[facet])).toEqual(counts(expected.counts[facet]));
  expect(sorted(actual.pathEdges)).toEqual(sorted(expected.pathEdges));
  expect(sorted(actual.pathNodes)).toEqual(sorted(expected.pathNodes));
}

const difference = (a: Iterable<string>, b: ReadonlySet<string>) => [...a].filter((x) => !b.has(x));

describe('VisibilityEngine', () => {
  it('agrees with the full pass after any sequence of filter changes, and reports exactly what changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<ActorKind>(...ACTOR_KINDS), { minLength: 2, maxLength: 40 }),
        fc.array(eventArb, { maxLength: 160 }),
        fc.array(stepArb(40), { minLength: 1, maxLength: 12 }),
        (kinds, events, steps) => {
          const graph = makeGraph(kinds, events);
          const engine = new VisibilityEngine(graph);
          let filters = DEFAULT_FILTERS;
          let previous = computeVisibility(graph, filters);
          expectSame(engine.apply(filters).visibility, previous);
          for (const step of steps) {
            filters = step(filters);
            const { visibility, change } = engine.apply(filters);
            const expected = computeVisibility(graph, filters);
            expectSame(visibility, expected);
            if (!change.everything) {
              const prevEdges = new Set(previous.edges);
              const prevNodes = new Set(previous.nodes);
              expect(sorted(change.edges)).toEqual(sorted([...difference(expected.edges, prevEdges), ...difference(prevEdges, expected.edges)]));
              expect(sorted(change.nodes)).toEqual(sorted([...difference(expected.nodes, prevNodes), ...difference(prevNodes, expected.nodes)]));
            }
            previous = expected;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moving a week-long window one day re-tests only the events near its edges', () => {
    const events: EventSpec[] = Array.from({ length: 3000 }, (_, i) => ({ s: i % 37, t: (i * 7 + 1) % 41, relation: i % 4, doc: i % 3, modality: i % 5, confidence: 1, day: i % 800, precision: 'day', span: 0 }));
    const graph = makeGraph(
      Array.from({ length: 41 }, () => 'state'),
      events,
    );
    const engine = new VisibilityEngine(graph);
    engine.apply({ ...DEFAULT_FILTERS, from: isoDay(BASE_DAY + 100), to: isoDay(BASE_DAY + 106) });
    const { change, visibility } = engine.apply({ ...DEFAULT_FILTERS, from: isoDay(BASE_DAY + 101), to: isoDay(BASE_DAY + 107) });
    // About 4 events a day: one day leaves, one enters.
    expect(change.everything).toBe(false);
    expect(change.edges.length).toBeGreaterThan(0);
    expect(change.edges.length).toBeLessThanOrEqual(2 * Math.ceil(3000 / 800) + 2);
    expect(visibility.edges.size).toBe(computeVisibility(graph, { ...DEFAULT_FILTERS, from: isoDay(BASE_DAY + 101), to: isoDay(BASE_DAY + 107) }).edges.size);
  });

  it('shows a month-dated event as soon as a moving window reaches its month, and until it has left it', () => {
    // One event dated "2025-06" (day 0 = 4 Oct 2024, so June 2025 is days 240–269), one a day in May.
    const june = BASE_DAY + 240;
    const graph = makeGraph(['state', 'state'], [
      { s: 0, t: 1, relation: 0, doc: 0, modality: 0, confidence: 1, day: 245, precision: 'month', span: 0 },
      { s: 1, t: 0, relation: 1, doc: 0, modality: 0, confidence: 1, day: 220, precision: 'day', span: 0 },
    ]);
    expect(isoDay(june)).toBe('2025-06-01');
    const engine = new VisibilityEngine(graph);
    const shownAt = (from: number) => [...engine.apply({ ...DEFAULT_FILTERS, from: isoDay(from), to: isoDay(from + 6) }).visibility.edges].sort();
    expect(shownAt(june - 20)).toEqual(['e1']);
    expect(shownAt(june - 3), 'the week that ends on 3 June').toEqual(['e0']);
    expect(shownAt(june + 10)).toEqual(['e0']);
    expect(shownAt(june + 29), 'the week that starts on 30 June').toEqual(['e0']);
    expect(shownAt(june + 30)).toEqual([]);
  });
});
