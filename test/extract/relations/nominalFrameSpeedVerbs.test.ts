// Verbs of pace as light verbs: "speeded up the withdrawal of X from Y" says the subject withdraws.
// Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a verb of pace taking an event noun', () => {
  it('"speeded up the withdrawal of its forces from X"', () => {
    expect(triples('Ethiopia speeded up the withdrawal of its forces from Somalia on Wednesday.')).toEqual(['ethiopia -retreat-> somalia']);
  });

  it('"accelerated the withdrawal of troops from X"', () => {
    expect(triples('Rwanda accelerated the withdrawal of troops from Congo.')).toContain('rwanda -retreat-> dr-congo');
  });

  it('"completed the withdrawal of its troops from X": X is left, not the one leaving', () => {
    expect(triples('Rwanda completed the withdrawal of its troops from Congo.')).toEqual(['rwanda -retreat-> dr-congo']);
  });

  it('"warnings from X to Y" still name their doer: "from" is a target of withdrawals only', () => {
    expect(triples('The warnings from Sudan to Chad grew louder.')).toEqual(['sudan -threat-> chad']);
  });
});
