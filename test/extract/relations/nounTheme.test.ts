// An event noun whose doer is named apart (possessor, "by" phrase) takes what it is done to after
// "of", whatever its relation's usual target prepositions. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('the "of" phrase of an event noun whose doer is named apart', () => {
  it('"The recognition of Somaliland by Ethiopia angered Somalia": Ethiopia recognizes Somaliland', () => {
    expect(documentTriples('The recognition of Somaliland by Ethiopia angered Somalia.')).toContain('ethiopia -support-> somaliland');
  });

  it('"Ethiopia\'s recognition of Somaliland": the possessor does it', () => {
    expect(documentTriples("Ethiopia's recognition of Somaliland angered Somalia.")).toContain('ethiopia -support-> somaliland');
  });

  it('"the recognition of Abkhazia as a state by Russia": the doer hung on the "as" predicate', () => {
    expect(documentTriples('After the recognition of Abkhazia as an independent state by Russia, Georgia recalled its envoy.')).toContain('russia -support-> abkhazia');
  });

  it('without a doer named apart, an "of" phrase is no target ("the support of Turkey")', () => {
    expect(documentTriples('The support of Turkey was welcomed in Baku.')).toEqual([]);
  });

  it('a symmetric noun lists its sides after "of", no target ("the meeting of Kenya and Uganda")', () => {
    expect(documentTriples('The meeting of Kenya and Uganda took place in Kampala.')).not.toContain('kenya -support-> uganda');
  });
});
