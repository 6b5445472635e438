// Actor search: any alias, accent- and case-insensitive, typo- and transliteration-tolerant.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildActorSearch, foldForSearch, startActorSearch } from '../../src/graph/actorSearch';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { ActorKind } from '../../src/domain/contract';

function graphOf(actors: [id: string, label: string, kind: ActorKind, aliases: string[]][], edges: [string, string][] = []): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph();
  g.replaceAttributes({ documents: [] });
  for (const [id, label, kind, aliases] of actors) g.addNode(id, { label, kind, aliases });
  edges.forEach(([s, t], i) =>
    g.addDirectedEdgeWithKey(`e${i}`, s, t, {
      relation: 'communication',
      cameo: '040',
      plover: 'CONSULT',
      date: '2026-01-10',
      datePrecision: 'day',
      doc: 'd',
      evidence: { text: 'x', start: 0, end: 1 },
      modality: 'asserted',
      confidence: 0.9,
    }),
  );
  return g;
}

// The spellings the seed corpus has for these actors, plus a few accented ones.
const graph = graphOf(
  [
    ['abbas-araghchi', 'Abbas Araghchi', 'person', ['Araghchi', 'Abbas Araqchi', 'Araqchi', 'Aragci', 'Arakchi']],
    ['mohammad-baqer-qalibaf', 'Mohammad Baqer Qalibaf', 'person', ['Mohammad Bagher Ghalibaf', 'Qalibaf', 'Ghalibaf']],
    ['iran', 'Iran', 'state', ['Islamic Republic of Iran', 'Iranian', 'Tehran']],
    ['israel', 'Israel', 'state', ['State of Israel', 'Tel Aviv']],
    ['united-states', 'United States', 'state', ['United States of America', 'USA', 'US', 'U.S.', 'America']],
    ['steve-witkoff', 'Steve Witkoff', 'person', ['Steven Witkoff', 'Witkoff']],
    ['switzerland', 'Switzerland', 'state', ['Swiss Confederation', 'Schweiz', 'Suisse', 'Svizzera']],
    ['ukraine', 'Ukraine', 'state', ['Kyiv', 'Kiev']],
    ['al-jazeera', 'Al Jazeera', 'media', ['al-Jazeera', 'Aljazeera']],
    ['zelenskyy', 'Volodymyr Zelenskyy', 'person', ['Zelensky', 'Zełenski']],
    ['sao-tome', 'São Tomé and Príncipe', 'state', []],
    ['elon-musk', 'Elon Musk', 'person', ['Musk']],
  ],
  [
    ['iran', 'united-states'],
    ['iran', 'israel'],
    ['abbas-araghchi', 'steve-witkoff'],
    ['iran', 'switzerland'],
  ],
);
const index = buildActorSearch(graph);
const first = (q: string) => index.search(q)[0];

describe('foldForSearch', () => {
  it('drops accents, case and punctuation', () => {
    expect(foldForSearch('São Tomé')).toBe('sao tome');
    expect(foldForSearch('U.S.')).toBe('us');
    expect(foldForSearch('al-Jazeera')).toBe('al jazeera');
    expect(foldForSearch('  Qālībāf ')).toBe('qalibaf');
  });
});

describe('actor search', () => {
  it('finds Abbas Araghchi from spelling variants', () => {
    for (const q of ['araqchi', 'Aragchi', 'ARAGHCHY', 'Araghchi', 'abbas araqchi']) expect(first(q)?.id, q).toBe('abbas-araghchi');
  });

  it('finds Qalibaf by either transliteration', () => {
    for (const q of ['qalibaf', 'Ghalibaf', 'ghalibaf', 'bagher']) expect(first(q)?.id, q).toBe('mohammad-baqer-qalibaf');
  });

  it('finds a state by its capital and says which alias matched', () => {
    const hit = first('tehran');
    expect(hit?.id).toBe('iran');
    expect(hit?.matchedAlias).toBe('Tehran');
    expect(first('kiev')?.id).toBe('ukraine');
  });

  it('is accent-insensitive on both sides', () => {
    expect(first('Téhéran')?.id).toBe('iran');
    expect(first('sao tome')?.id).toBe('sao-tome');
    expect(first('príncipe')?.id).toBe('sao-tome');
    expect(first('zelenski')?.id).toBe('zelenskyy');
  });

  it('ranks exact and prefix matches above loose fuzzy ones', () => {
    expect(first('us')?.id).toBe('united-states');
    expect(first('u.s.')?.id).toBe('united-states');
    expect(index.search('isr').map((h) => h.id)[0]).toBe('israel');
    // The label matched, so no alias is named.
    expect(first('Israel')?.matchedAlias).toBeNull();
  });

  it('tolerates typos', () => {
    expect(first('witkof')?.id).toBe('steve-witkoff');
    expect(first('switzerlnd')?.id).toBe('switzerland');
    expect(first('jazira')?.id).toBe('al-jazeera');
  });

  it('keeps noise out once a name starts with the query', () => {
    expect(index.search('kiev').map((h) => h.id)).toEqual(['ukraine']);
    expect(index.search('tehran').map((h) => h.id)).toEqual(['iran']);
  });

  it('returns nothing for empty or unmatched queries, and respects the limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  ,. ')).toEqual([]);
    expect(index.search('xyzzy')).toEqual([]);
    expect(index.search('a', 3)).toHaveLength(3);
  });

  it('lists each actor once', () => {
    const ids = index.search('araghchi').map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(index.size).toBe(graph.order);
  });
});

describe('startActorSearch (the index built a slice at a time)', () => {
  it('has no index until every actor is in, then finds what the whole build finds', () => {
    const build = startActorSearch(graph);
    let slices = 0;
    let index = null;
    // Two actors per slice.
    while (!index) {
      let left = 2;
      index = build.step(() => left-- > 0);
      slices++;
    }
    expect(slices).toBe(Math.ceil(graph.order / 2));
    const whole = buildActorSearch(graph);
    for (const query of ['araqchi', 'ghalibaf', 'us', 'kiev', 'tel', 'zelenski', 'swiss', 'a', 'nothing like it']) {
      expect(index.search(query), query).toEqual(whole.search(query));
    }
    expect(build.step(() => true)).toBe(index);
  });
});
