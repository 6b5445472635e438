// Cues and role readings added for PLOVER breadth (issue 17): welcomed moves, war games, withdrawals
// from a named place, and a state named by its short name ("Bosnia"). Sentences about actors and
// conflicts other than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('welcomed moves (support, 051)', () => {
  it('"welcomed X\'s decision": support of the decision\'s owner', () => {
    expect(triples('The Kenyan government welcomed the Ethiopian decision to release the detainees.')).toContain('kenya -support-> ethiopia');
  });

  it('"welcomed him in the capital": a host receiving a person is no support', () => {
    expect(triples('Chancellor Olaf Scholz welcomed him in Berlin.').filter((t) => t.includes('-support->'))).toEqual([]);
  });
});

describe('war games (cooperation, 062)', () => {
  it('coordinated navies holding war games cooperate, and wage no war', () => {
    const read = triples('Indian and Japanese warships began war games in the Pacific on Tuesday.');
    expect(read.filter((t) => t.includes('-force->'))).toEqual([]);
  });

  it('"held war games with X"', () => {
    expect(triples('Vietnam held war games with Australia last week.')).toContain('vietnam -cooperation-> australia');
  });
});

describe('a withdrawal from a named place (retreat)', () => {
  it('"withdrew from a city": a retreat from its state', () => {
    expect(triples('Ethiopian troops withdrew from Baidoa on Monday.')).toContain('ethiopia -retreat-> somalia');
  });

  it('"fired rockets from a city" names no target', () => {
    expect(triples('Russian troops fired rockets from Belgorod.')).toEqual([]);
  });
});

describe('short state names', () => {
  it('"Bosnia" is Bosnia and Herzegovina', () => {
    expect(triples('Bosnia and Croatia agreed to a ceasefire on Sunday.')).toContain('bosnia-and-herzegovina -agreement-> croatia');
  });
});

describe('diplomatic ties (support, 054: recognition)', () => {
  it('"established diplomatic ties with X"', () => {
    expect(triples('Sri Lanka established diplomatic ties with Iran on Wednesday.')).toEqual(['sri-lanka -support-> iran']);
  });

  it('"restored diplomatic relations with X"', () => {
    expect(triples('Cuba restored diplomatic relations with the United States.')).toEqual(['cuba -support-> united-states']);
  });

  it('"broke off diplomatic relations with X" reduces them (sanction), and supports nothing', () => {
    expect(triples('Morocco broke off diplomatic relations with Iran.')).toEqual(['morocco -sanction-> iran']);
  });
});

describe('a declared ceasefire (retreat, 0871) in a named place', () => {
  it('"declared a unilateral ceasefire in X": the declarer holds fire toward X', () => {
    expect(triples('The rebels declared a unilateral ceasefire in Sudan on Wednesday.')).toEqual(['rebels -retreat-> sudan']);
  });

  it('"declared war on X" is the declarer\'s (declare passes its subject to the act noun)', () => {
    expect(triples('Eritrea declared war on Ethiopia.')).toEqual(['eritrea -force-> ethiopia']);
  });
});
