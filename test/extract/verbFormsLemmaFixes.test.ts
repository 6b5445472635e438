// Word forms the lemmatiser cuts to another word ("staged" to "stag", "waged" to "wag") keep their
// verb, so the light verbs behind them pass their subject to the event noun. Other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize';
import { documentTriples } from '../support/extractText';

describe('lemmas the lemmatiser gets wrong', () => {
  it('"staged" is "stage" and "waged"/"waging" are "wage"', () => {
    const lemmas = tokenize('Farmers staged a protest while the army waged war and kept waging it.').tokens.map((t) => t.lemma);
    expect(lemmas).toContain('stage');
    expect(lemmas.filter((l) => l === 'wage')).toHaveLength(2);
    expect(lemmas).not.toContain('stag');
  });

  it('"Hungarian farmers staged rallies against the EU": a protest, read through the light verb', () => {
    expect(documentTriples('Hungarian farmers staged rallies against the European Union.')).toEqual(['hungarian-farmers -protest-> european-union']);
  });
});
