// A threat naming no target is aimed at the one its condition asks to act (statedThreats.ts: "threatened to withdraw
// unless Somalia paid"). Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('the subject of a threat\'s condition is the one threatened', () => {
  it('"unless" on the threatened act: Kenya threatens Somalia', () => {
    expect(triples('Kenya threatened to withdraw its troops unless Somalia paid the debt.')).toContain('kenya -threat-> somalia');
  });

  it('"if" on a "to" clause of the act\'s object ("to stop negotiations to reduce tariffs if ...")', () => {
    expect(triples('China threatened to stop negotiations to reduce tariffs if Australia goes ahead with the planned deployment of new missiles.')).toContain('china -threat-> australia');
  });

  it('a target the threatened act names itself still wins ("to attack the rebels if the talks fail")', () => {
    expect(triples('Chad threatened to attack the rebels if Sudan refused talks.')).toContain('chad -threat-> rebels');
    expect(triples('Chad threatened to attack the rebels if Sudan refused talks.')).not.toContain('chad -threat-> sudan');
  });

  it('a condition on something other than a threat names no target ("agreed to talk if Ghana pays")', () => {
    expect(triples('Togo agreed to withdraw its troops if Ghana pays.').filter((t) => t.includes('-> ghana'))).toEqual([]);
  });
});
