// "X joined Y and Z in doing": Y and Z do it too.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('actors joined in an act', () => {
  it('"joined Y and Z in criticizing" makes all three critics', () => {
    expect(read('France has joined Germany and the United Nations in criticizing Turkey\'s offensive in Syria.')).toEqual([
      'france -accusation-> turkiye',
      'germany -accusation-> turkiye',
      'united-nations -accusation-> turkiye',
    ]);
  });

  it('a joined group that names no actor adds nobody', () => {
    expect(read('Canada joined other governments in condemning Iran.')).toEqual(['canada -accusation-> iran']);
  });

  it('an actor joined in a place or an event is no doer', () => {
    expect(read('Canada joined the talks in Geneva after criticizing Iran.')).toEqual(['canada -accusation-> iran']);
  });
});
