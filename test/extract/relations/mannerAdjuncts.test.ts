// An event noun in a manner adjunct ("in defiance of X", "in support of X") is done by the clause's
// subject and acts on its "of" phrase (data/roleFrames.json, mannerAdjuncts). Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('event nouns in manner adjuncts', () => {
  it('"held elections in defiance of the African Union": the subject defies the Union', () => {
    expect(documentTriples('Kenya held elections in defiance of the African Union.')).toEqual(['kenya -rejection-> african-union']);
  });

  it('"deployed troops in support of Somalia": the subject supports Somalia', () => {
    expect(documentTriples('Ethiopia deployed troops in support of Somalia.')).toContain('ethiopia -support-> somalia');
  });

  it('an adjunct of another kind gives no such reading: "after the support of Somalia" is no act of the subject', () => {
    expect(documentTriples('Ethiopia deployed troops after the support of Somalia.')).not.toContain('ethiopia -support-> somalia');
  });
});
