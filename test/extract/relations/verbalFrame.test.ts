// A verb acting on an event noun targets the doer the noun names: its "by" agent (also where the
// parser hung it on the patient or on the verb) or, for an act done to someone, a possessor beside an
// "of" patient ("Lithuania protested Belarus's detention of the activists"). Whole pipeline, committed
// syntax model, actors other than the seed and benchmark articles'.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body);

describe('the doer of an event noun a verb acts on', () => {
  it('a possessor beside an "of" patient is the doer of the act', () => {
    // The detention itself is read too: Belarus detained the activists.
    expect(triples("Lithuania protested Belarus's detention of the activists.")).toEqual(['belarus -coercion-> activists', 'lithuania -protest-> belarus']);
  });

  it('a possessor alone is whom the act was done to, never the target', () => {
    expect(triples("Lithuania protested Maria Kolesnikova's detention.")).not.toContain('lithuania -protest-> maria-kolesnikova');
  });

  it('a "by" agent hung on the patient or on the verb is the doer', () => {
    const criticized = triples('Poland criticized the detention of Polish journalists by Minsk.');
    expect(criticized).toContain('poland -accusation-> belarus');
    expect(criticized).not.toContain('poland -accusation-> polish-journalists');
  });
});

describe('a participle hyphenated to its agent', () => {
  it('"Qatar-mediated talks between A and B": Qatar mediates between them, and they negotiate', () => {
    expect(triples('Qatar-mediated talks between Israel and Hamas resumed on Monday.')).toEqual([
      'israel -negotiation-> hamas',
      'qatar -mediation-> hamas',
      'qatar -mediation-> israel',
    ]);
  });

  it('a demonym before the hyphen names its state ("the Egyptian-brokered truce")', () => {
    expect(triples('The Egyptian-brokered truce between Israel and Hamas held.')).toEqual(['egypt -mediation-> hamas', 'egypt -mediation-> israel']);
  });

  it('a hyphenated participle that is no cue makes no relation ("Qatar-based talks")', () => {
    expect(triples('Qatar-based talks between Israel and Hamas resumed on Monday.')).toEqual(['israel -negotiation-> hamas']);
  });
});
