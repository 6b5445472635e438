// "attacked by a crowd of Hezbollah fighters", "a mob of ... stormed the embassy": a crowd stands for
// whom it is made of, and an embassy or a convoy for the state it belongs to. Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('collective nouns and things standing for their actors', () => {
  it('"The Israeli embassy was attacked by a crowd of Hezbollah fighters"', () => {
    expect(documentTriples('The Israeli embassy was attacked by a crowd of Hezbollah fighters.')).toEqual(['hezbollah -force-> israel']);
  });

  it('a crowd of supporters is not the one they support', () => {
    expect(documentTriples('The Israeli embassy was attacked by a crowd of Hezbollah supporters.')).not.toContain('hezbollah -force-> israel');
  });
});
