// Filter transitions are pure: new state out, input untouched, null whenever a facet is unrestricted.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, isUnfiltered, type FilterState } from '../../src/graph/filterState';
import { MODALITIES } from '../../src/domain/contract';
import {
  activeFilterCount,
  clearFacet,
  clearFocus,
  clearPath,
  facetIncludes,
  focusOn,
  isDefaultFilters,
  onlyInFacet,
  setMinConfidence,
  setModalitiesShown,
  showPath,
  toggleFacet,
  togglePin,
  unpinAll,
  UNREALISED_MODALITIES,
} from '../../src/graph/filterTransitions';

const RELATIONS = ['communication', 'threat', 'force'];
const frozen = (f: FilterState): FilterState => Object.freeze({ ...f, pinned: Object.freeze([...f.pinned]) as string[] });
const start = frozen(DEFAULT_FILTERS);

describe('list facets', () => {
  it('toggling off and on again returns to no restriction', () => {
    const off = toggleFacet('relations', 'threat', RELATIONS)(start);
    expect(off.relations).toEqual(['communication', 'force']);
    expect(facetIncludes(off, 'relations', 'threat')).toBe(false);
    expect(facetIncludes(off, 'relations', 'force')).toBe(true);
    expect(toggleFacet('relations', 'threat', RELATIONS)(frozen(off)).relations).toBeNull();
    expect(start.relations).toBeNull();
  });

  it('"only" keeps one value; asking again brings all back', () => {
    const only = onlyInFacet('relations', 'force', RELATIONS)(start);
    expect(only.relations).toEqual(['force']);
    expect(onlyInFacet('relations', 'force', RELATIONS)(frozen(only)).relations).toBeNull();
    expect(onlyInFacet('relations', 'threat', RELATIONS)(frozen(only)).relations).toEqual(['threat']);
    expect(onlyInFacet('kinds', 'state', ['state'])(start).kinds).toBeNull();
  });

  it('"all" lifts a facet and leaves the others alone', () => {
    const f = frozen({ ...DEFAULT_FILTERS, relations: ['force'], kinds: ['person'] });
    const next = clearFacet('relations')(f);
    expect(next.relations).toBeNull();
    expect(next.kinds).toEqual(['person']);
    expect(clearFacet('docs')(f)).toBe(f);
  });

  it('works the same for kinds, documents and modalities', () => {
    expect(toggleFacet('kinds', 'media', ['person', 'state', 'media'])(start).kinds).toEqual(['person', 'state']);
    expect(toggleFacet('docs', 'a', ['a', 'b'])(start).docs).toEqual(['b']);
    expect(toggleFacet('modalities', 'negated', MODALITIES)(start).modalities).toEqual(['asserted', 'reported', 'planned', 'hypothetical']);
  });
});

describe('modalities', () => {
  it('hides hypothetical and negated relations at once, and shows them again', () => {
    const hidden = setModalitiesShown(UNREALISED_MODALITIES, false, MODALITIES)(start);
    expect(hidden.modalities).toEqual(['asserted', 'reported', 'planned']);
    expect(setModalitiesShown(UNREALISED_MODALITIES, true, MODALITIES)(frozen(hidden)).modalities).toBeNull();
  });

  it('keeps other unticked modalities unticked', () => {
    const f = frozen({ ...DEFAULT_FILTERS, modalities: ['asserted', 'hypothetical', 'negated'] });
    expect(setModalitiesShown(UNREALISED_MODALITIES, false, MODALITIES)(f).modalities).toEqual(['asserted']);
  });
});

describe('confidence', () => {
  it('clamps to [0, 1] and rounds to hundredths', () => {
    expect(setMinConfidence(0.456)(start).minConfidence).toBe(0.46);
    expect(setMinConfidence(2)(start).minConfidence).toBe(1);
    expect(setMinConfidence(-1)(start).minConfidence).toBe(0);
    expect(setMinConfidence(Number.NaN)(start).minConfidence).toBe(0);
    expect(setMinConfidence(0)(start)).toBe(start);
  });
});

describe('ego network, pins and paths', () => {
  it('focuses and clears', () => {
    const f = focusOn('iran', 2)(start);
    expect([f.focus, f.hops]).toEqual(['iran', 2]);
    expect(isUnfiltered(f)).toBe(false);
    const cleared = clearFocus()(frozen(f));
    expect([cleared.focus, cleared.hops]).toEqual([null, 1]);
    expect(clearFocus()(start)).toBe(start);
  });

  it('pins and unpins', () => {
    const one = togglePin('iran')(start);
    const two = togglePin('israel')(frozen(one));
    expect(two.pinned).toEqual(['iran', 'israel']);
    expect(togglePin('iran')(frozen(two)).pinned).toEqual(['israel']);
    expect(unpinAll()(frozen(two)).pinned).toEqual([]);
    expect(start.pinned).toEqual([]);
  });

  it('sets and clears a path; the same actor twice is no path', () => {
    expect(showPath('switzerland', 'steve-witkoff')(start).path).toEqual(['switzerland', 'steve-witkoff']);
    expect(showPath('iran', 'iran')(start).path).toBeNull();
    expect(clearPath()(frozen({ ...DEFAULT_FILTERS, path: ['a', 'b'] })).path).toBeNull();
    expect(clearPath()(start)).toBe(start);
  });
});

describe('summaries', () => {
  it('counts active filters and knows the default state', () => {
    expect(activeFilterCount(start)).toBe(0);
    expect(isDefaultFilters(start)).toBe(true);
    const f = { ...DEFAULT_FILTERS, relations: ['force'], minConfidence: 0.5, focus: 'iran', from: '2026-01-01' };
    expect(activeFilterCount(f)).toBe(4);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, pinned: ['iran'] })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, path: ['a', 'b'] })).toBe(false);
  });
});
