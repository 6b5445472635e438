// When the tree reads no pair for a cue, the positional reading stands in, except for pairs the
// tree rules out. Sentences about other actors and conflicts than the benchmark articles, each run
// through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import type { CueMatch, RolePair } from '../../src/extract/assignRoles';
import type { FrameReading } from '../../src/extract/relations/frameContext';
import { chooseRoles } from '../../src/extract/roleFallback';
import type { Mention } from '../../src/extract/types';
import { extractArticles, relationTriples } from '../support/extractText';

const triples = (body: string) => relationTriples(extractArticles(body));

describe('positional pairs the tree rules out', () => {
  it('a name inside a "that" clause is not the target of the verb taking the clause', () => {
    expect(triples('Putin warned that the U.S. military presence in Poland is not permanent.')).toEqual([]);
    expect(triples('Lavrov warned that the NATO deployment in Estonia is a provocation.')).toEqual([]);
  });

  it('the owner of "neighbors" is not the one called on', () => {
    expect(triples("Germany is calling on Serbia's neighbors to help stop Albanian smugglers.")).toEqual([]);
  });

  it('the subject of a relative clause is not the target of the main verb', () => {
    expect(triples('Erdogan imposed sanctions on key officials Moscow deems responsible for the attack.')).toEqual([]);
  });

  it('a place the target sits in is not the target', () => {
    expect(triples('The British government outlawed the largest militant group in Northern Ireland.')).toEqual(['united-kingdom -coercion-> militants']);
  });

  it('a place the subject sits in is not the source', () => {
    expect(triples('Ethnic Albanians in south Serbia are demanding a U.N. military presence to protect them.')).toEqual([]);
  });
});

describe('positional pairs the tree does not contradict', () => {
  it('who is asked is the subject of the demanded clause, whatever label the parser gave it', () => {
    expect(triples('Kenya on Monday demanded that Somalia withdraw its troops.')).toEqual(['kenya -demand-> somalia']);
    // The demanded release is read too (hypothetical: the demand says it has not happened).
    expect(triples('The European Union demanded that the Islamic Republic of Iran (IRI) release the sailors.')).toEqual(['european-union -demand-> iran', 'iran -retreat-> sailors']);
  });

  it('a source whose place is not a modifier of another actor stays', () => {
    expect(triples('Ethnic Albanians in northern Kosovo are demanding a NATO presence to protect them.')).toEqual(['ethnic-albanians -demand-> nato']);
  });
});

describe('choosing between the readings', () => {
  const mention = (actorId: string, tokenStart: number): Mention => ({ actorId, form: 'name', tokenStart, tokenEnd: tokenStart + 1, sentence: 0, surface: actorId });
  const cue: CueMatch = { relation: 'force', cameo: '190', kind: 'verb', tokenStart: 1, tokenEnd: 2 };
  const positional: RolePair = { source: mention('chad', 0), target: mention('libya', 2), strength: 0.9 };

  it("keeps the tree's pairs when it read any", () => {
    const treePair: RolePair = { source: mention('niger', 0), target: mention('mali', 2), strength: 0.9 };
    const reading: FrameReading = { pairs: [treePair], anchored: true };
    expect(chooseRoles(null, reading, cue, () => [positional]).pairs).toEqual([treePair]);
  });

  it('keeps the positional pairs when the sentence has no tree', () => {
    expect(chooseRoles(null, null, cue, () => [positional]).pairs).toEqual([positional]);
  });
});
