// An event noun counted by "a wave of", "a spate of" (data/roleFrames.json eventSeriesNouns) acts as
// the subject of the clause the counting noun is the subject of. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an event noun counted by the subject', () => {
  it('"a spate of Boko Haram attacks has killed ten Cameroonian soldiers"', () => {
    expect(documentTriples('A spate of Boko Haram attacks has killed ten Cameroonian soldiers.')).toContain('boko-haram -force-> cameroon');
  });

  it('not through a noun that does not count events ("the timing of the attacks")', () => {
    expect(documentTriples('The timing of Boko Haram attacks has surprised Cameroonian officials.')).not.toContain('boko-haram -force-> cameroon');
  });
});
