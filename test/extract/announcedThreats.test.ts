// A hostile act its own doer announces is also a threat to its target, made by saying so; an act
// another speaker predicts, or one under a condition, is no announcement of the doer's. Sentences
// about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('hostile acts announced by their doer', () => {
  it('"said it would use military force against X": a threat to X, and the planned act', () => {
    const got = triples('Pakistan said it would use military force against the militants.');
    expect(got).toContain('pakistan -threat-> militants');
    expect(got).toContain('pakistan -force-> militants [planned]');
  });

  it('"confirmed it would tighten the blockade of X": a threat to X', () => {
    expect(triples('NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.')).toContain('nato -threat-> serbia');
  });

  it('an attack another speaker predicts is no threat of the doer', () => {
    expect(triples('Kenya said Ethiopia would attack Somalia.').filter((t) => t.includes('-threat->'))).toEqual([]);
  });

  it('an act announced as done, not to come, is no threat', () => {
    expect(triples('Pakistan said it used military force against the militants.').filter((t) => t.includes('-threat->'))).toEqual([]);
  });
});
