// A manner adjunct ("in support of X", data/roleFrames.json mannerAdjuncts) on a resolution or
// statement the subject acts on qualifies that text, not the subject's own act. Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a manner adjunct on what is said or proposed', () => {
  it('"vetoed a resolution in support of X" is no support of X by the vetoer', () => {
    expect(documentTriples('Russia vetoed a resolution in support of Ukraine.')).not.toContain('russia -support-> ukraine');
    expect(documentTriples('China blocked a statement in solidarity with Taiwan.')).not.toContain('china -support-> taiwan');
  });

  it('the clause\'s own act still is: "sent troops in support of X"', () => {
    expect(documentTriples('Qatar sent troops in support of Bahrain.')).toContain('qatar -support-> bahrain');
  });
});
