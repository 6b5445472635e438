// Property-based fuzzing of the URL view (src/store/urlState.ts): any query string parses to a valid
// view (with a message per value left out), and every valid view survives serialise → parse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, MODALITIES } from '../../src/domain/contract';
import { STATED_DIRECTLY } from '../../src/graph/facetRegistry';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { parseUrlView, serializeUrlView, type UrlView, type UrlVocabulary } from '../../src/store/urlState';
import { FUZZ_RUNS, HOSTILE_STRINGS, PER_INPUT_MS, isoDay, withinBound } from './fuzzArbitraries';

const NODES = ['iran', 'united-states', 'id:__proto__', 'a&b', 'é', 'x y', '<img src=x onerror=alert(1)>', 'Smith, John', '50%2C off', '100%'];
const EDGES = ['doc-a:4:12:iran:united-states', 'e1', 'toString#e'];
const SPEAKERS = [STATED_DIRECTLY, ...NODES];
const vocab: UrlVocabulary = {
  relations: new Set(['threat', 'communication', 'unclassified']),
  docs: new Set(['doc-a', 'doc b', 'doc%20c']),
  facetValues: (key) => (key === 'speakers' ? new Set(SPEAKERS) : undefined),
  hasNode: (id) => NODES.includes(id),
  hasEdge: (id) => EDGES.includes(id),
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A view the app could hold: every field valid and known to the vocabulary. */
function assertValidView(view: UrlView): void {
  const f = view.filters;
  expect(Object.keys(f).sort()).toEqual(Object.keys(DEFAULT_FILTERS).sort());
  for (const d of [f.from, f.to]) if (d !== null) expect(d).toMatch(DAY);
  if (f.from && f.to) expect(f.from <= f.to).toBe(true);
  const known = <T>(xs: T[] | null, ok: (x: T) => boolean) => {
    if (xs === null) return;
    expect(xs.length).toBeGreaterThan(0);
    expect(new Set(xs).size).toBe(xs.length);
    for (const x of xs) expect(ok(x), String(x)).toBe(true);
  };
  known(f.relations, (r) => vocab.relations.has(r));
  known(f.kinds, (k) => ACTOR_KINDS.includes(k));
  known(f.docs, (d) => vocab.docs.has(d));
  known(f.modalities, (m) => MODALITIES.includes(m));
  known(f.speakers, (p) => SPEAKERS.includes(p));
  for (const p of f.pinned) expect(vocab.hasNode(p)).toBe(true);
  expect(f.minConfidence >= 0 && f.minConfidence <= 1).toBe(true);
  expect(typeof f.includeDocumentDated).toBe('boolean');
  expect([1, 2]).toContain(f.hops);
  if (f.focus !== null) expect(vocab.hasNode(f.focus)).toBe(true);
  if (f.path !== null) expect(f.path.every((n) => vocab.hasNode(n))).toBe(true);
  expect(view.searchQuery.length).toBeLessThanOrEqual(200);
  if (view.selection?.kind === 'node') expect(vocab.hasNode(view.selection.node)).toBe(true);
  if (view.selection?.kind === 'edge') expect(vocab.hasEdge(view.selection.edge)).toBe(true);
  expect(['graph', 'table']).toContain(view.mainView);
  if (view.camera) expect([view.camera.x, view.camera.y, view.camera.ratio].every(Number.isFinite) && view.camera.ratio > 0).toBe(true);
}

const KEYS = ['from', 'to', 'rel', 'kind', 'doc', 'modality', 'speaker', 'pin', 'conf', 'docdated', 'focus', 'hops', 'path', 'sel', 'view', 'camera', 'q', '__proto__', 'constructor', 'x'];
const value = fc.oneof(
  fc.constantFrom(...NODES, ...EDGES, ...HOSTILE_STRINGS, '2024-02-29', '2023-02-29', '9999-99-99', '1e999', '-0', '0.5', '1', '2', 'table', 'NaN,NaN,1', '1,2,3', '1,2,0', '%', '%E0%A4%A', '%00', ',,,', 'iran,iran'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  isoDay,
);
const rawPair = fc.tuple(fc.constantFrom(...KEYS), value, fc.boolean()).map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`);
const queryString = fc.oneof(
  fc.array(rawPair, { maxLength: 8 }).map((ps) => `?${ps.join('&')}`),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe(`URL view fuzz (${FUZZ_RUNS} cases each, under ${PER_INPUT_MS} ms each)`, () => {
  it('any query string (repeated keys, bad percent-encoding, huge numbers, __proto__) parses to a valid view', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { view, ignored } = withinBound(PER_INPUT_MS, 'parseUrlView', () => parseUrlView(search, vocab));
        assertValidView(view);
        for (const m of ignored) expect(m).toMatch(/^Ignored .*: .+\.$/s);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  const list = <T>(xs: readonly T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: xs.length }), { nil: null });
  const days = fc.tuple(fc.option(isoDay, { nil: null }), fc.option(isoDay, { nil: null })).map(([a, b]) => (a && b && a > b ? [b, a] : [a, b]) as [string | null, string | null]);
  const camera = fc.option(
    fc.record({ x: fc.integer({ min: -1e7, max: 1e7 }), y: fc.integer({ min: -1e7, max: 1e7 }), ratio: fc.integer({ min: 1, max: 1e6 }) }).map(({ x, y, ratio }) => ({ x: x / 1e4, y: y / 1e4, ratio: ratio / 1e4 })),
    { nil: null },
  );
  const validView: fc.Arbitrary<UrlView> = fc
    .record({
      days,
      relations: list([...vocab.relations]),
      kinds: list(ACTOR_KINDS),
      docs: list([...vocab.docs]),
      modalities: list(MODALITIES),
      speakers: list(SPEAKERS),
      conf: fc.integer({ min: 0, max: 10_000 }),
      includeDocumentDated: fc.boolean(),
      focus: fc.option(fc.constantFrom(...NODES), { nil: null }),
      hops: fc.constantFrom<1 | 2>(1, 2),
      pinned: fc.uniqueArray(fc.constantFrom(...NODES), { maxLength: 3 }),
      path: fc.option(fc.tuple(fc.constantFrom(...NODES), fc.constantFrom(...NODES)), { nil: null }),
      searchQuery: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...HOSTILE_STRINGS)),
      selection: fc.option(fc.oneof(fc.constantFrom(...NODES).map((node) => ({ kind: 'node' as const, node })), fc.constantFrom(...EDGES).map((edge) => ({ kind: 'edge' as const, edge }))), { nil: null }),
      mainView: fc.constantFrom<'graph' | 'table'>('graph', 'table'),
      camera,
    })
    .map((r) => {
      const filters: FilterState = {
        from: r.days[0],
        to: r.days[1],
        relations: r.relations,
        kinds: r.kinds,
        docs: r.docs,
        modalities: r.modalities,
        speakers: r.speakers,
        minConfidence: r.conf / 10_000,
        includeDocumentDated: r.includeDocumentDated,
        focus: r.focus,
        // Hops are only written with a focus.
        hops: r.focus ? r.hops : DEFAULT_FILTERS.hops,
        pinned: r.pinned,
        path: r.path,
      };
      return { filters, searchQuery: r.searchQuery, selection: r.selection, mainView: r.mainView, camera: r.camera };
    });

  it('parse(serialize(view)) gives the view back, with nothing ignored', () => {
    fc.assert(
      fc.property(validView, (view) => {
        const search = serializeUrlView(view);
        const { view: back, ignored } = parseUrlView(search, vocab);
        expect(ignored, search).toEqual([]);
        expect(back).toEqual(view);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('URL view regressions found by fuzzing', () => {
  it('an actor id with a comma ("Smith, John", as a CSV import keeps it) survives a shared link', () => {
    const view: UrlView = { filters: { ...DEFAULT_FILTERS, path: ['iran', 'Smith, John'], pinned: ['Smith, John', '50%2C off'] }, searchQuery: '', selection: null, mainView: 'graph', camera: null };
    const search = serializeUrlView(view);
    expect(search).toBe('?path=iran,Smith%252C+John&pin=Smith%252C+John,50%25252C+off');
    expect(parseUrlView(search, vocab)).toEqual({ view, ignored: [] });
    // Links written before keep working.
    expect(parseUrlView('?pin=iran,united-states', vocab).view.filters.pinned).toEqual(['iran', 'united-states']);
  });
});
