// The URL holds the view: parsing is strict about what it trusts, writing is minimal and stable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/graph/filterState';
import { parseUrlView, serializeUrlView, type UrlVocabulary } from '../../src/store/urlState';

const vocab: UrlVocabulary = {
  relations: new Set(['threat', 'communication', 'mediation']),
  docs: new Set(['doc-a', 'doc-b']),
  hasNode: (id) => ['iran', 'united-states', 'switzerland'].includes(id),
  hasEdge: (id) => id === 'doc-a:4:12:iran:united-states',
};

describe('parseUrlView', () => {
  it('reads every part of a view', () => {
    const { view, ignored } = parseUrlView(
      '?from=2026-01-10&to=2026-01-12&rel=threat,communication&kind=state,person&doc=doc-a&modality=asserted,reported&conf=0.5&docdated=0&focus=iran&hops=2&path=iran,switzerland&pin=switzerland&q=araqchi&sel=iran&view=table&camera=0.4,0.6,0.5',
      vocab,
    );
    expect(ignored).toEqual([]);
    expect(view.filters).toEqual({
      ...DEFAULT_FILTERS,
      from: '2026-01-10',
      to: '2026-01-12',
      relations: ['threat', 'communication'],
      kinds: ['state', 'person'],
      docs: ['doc-a'],
      modalities: ['asserted', 'reported'],
      minConfidence: 0.5,
      includeDocumentDated: false,
      focus: 'iran',
      hops: 2,
      path: ['iran', 'switzerland'],
      pinned: ['switzerland'],
    });
    expect(view).toMatchObject({ searchQuery: 'araqchi', selection: { kind: 'node', node: 'iran' }, mainView: 'table', camera: { x: 0.4, y: 0.6, ratio: 0.5 } });
  });

  it('selects an edge by its id', () => {
    expect(parseUrlView('?sel=doc-a:4:12:iran:united-states', vocab).view.selection).toEqual({ kind: 'edge', edge: 'doc-a:4:12:iran:united-states' });
  });

  it('ignores bad values one by one, says why, and keeps the good ones', () => {
    const { view, ignored } = parseUrlView('?from=2026-13-45&to=yesterday&rel=threat,bogus&kind=alien&hops=7&conf=abc&sel=nobody&camera=1,2&focus=__proto__', vocab);
    expect(view.filters.from).toBeNull();
    expect(view.filters.to).toBeNull();
    expect(view.filters.relations).toEqual(['threat']);
    expect(view.filters.kinds).toBeNull();
    expect(view.filters.hops).toBe(1);
    expect(view.filters.focus).toBeNull();
    expect(view.selection).toBeNull();
    expect(view.camera).toBeNull();
    expect(ignored).toHaveLength(9);
    expect(ignored.join('\n')).toMatch(/from=2026-13-45: not a date/);
    expect(ignored.join('\n')).toMatch(/rel=bogus: no relation/);
  });

  it('a window whose end comes before its start keeps the start only', () => {
    const { view, ignored } = parseUrlView('?from=2026-01-12&to=2026-01-01', vocab);
    expect(view.filters).toMatchObject({ from: '2026-01-12', to: null });
    expect(ignored).toHaveLength(1);
  });
});

describe('serializeUrlView', () => {
  it('writes only what differs from the defaults, and reads back the same view', () => {
    const base = { filters: DEFAULT_FILTERS, searchQuery: '', selection: null, mainView: 'graph' as const, camera: null };
    expect(serializeUrlView(base)).toBe('');
    const view = { ...base, filters: { ...DEFAULT_FILTERS, from: '2025-06-01', to: '2025-06-30', relations: ['threat'] }, selection: { kind: 'node' as const, node: 'iran' }, camera: { x: 0.123456, y: 0.5, ratio: 2 } };
    const written = serializeUrlView(view);
    expect(written).toBe('?from=2025-06-01&to=2025-06-30&rel=threat&sel=iran&camera=0.1235,0.5,2');
    const { view: back } = parseUrlView(written, vocab);
    expect(back.filters).toEqual(view.filters);
    expect(back.selection).toEqual(view.selection);
  });
});
