// Event nouns read with their arguments from the tree: a symmetric event noun in an adjunct of a
// clause is held among the clause's coordinated subject ("A and B signed the accord after two days
// of talks"). Sentences about other actors than the seed and benchmark articles, run through the
// whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('talks in an adjunct of a clause with a coordinated subject', () => {
  it('"A and B signed the accord after two days of talks": A and B negotiated', () => {
    expect(triples('Ethiopia and Eritrea signed the accord after two days of talks in Nairobi.')).toEqual([
      'ethiopia -agreement-> eritrea',
      'ethiopia -negotiation-> eritrea',
    ]);
  });

  it('the adjunct hung on a noun of the clause still tells who talked', () => {
    expect(triples('Ethiopia and Eritrea agreed to the truce in the disputed border region after ten hours of talks in Nairobi.')).toContain('ethiopia -negotiation-> eritrea');
  });

  it('one party alone holds no talks with anyone', () => {
    expect(triples('Ethiopia signed the accord after two days of talks in Nairobi.')).toEqual([]);
  });

  it('"will meet for talks": the talks are the meeting, not a second event', () => {
    expect(triples('The prime ministers of Ethiopia and Eritrea will meet in Nairobi for talks on the border.')).toEqual(['ethiopia -communication-> eritrea [planned]']);
  });
});

describe('a joint act of coordinated parties', () => {
  it('"joint French and Malian efforts": the demonyms between the phrase\'s words cooperate', () => {
    expect(triples('Officials said joint French and Malian efforts are slowly having an effect.')).toEqual(['france -cooperation-> mali [reported]']);
  });

  it('"A and B began joint naval exercises": a modifier inside the phrase does not hide it', () => {
    expect(triples('Russia and China began joint naval exercises on Monday.')).toEqual(['russia -cooperation-> china']);
  });

  it('a joint act of one named party pairs it with nobody', () => {
    expect(triples('France welcomed the joint Kenyan efforts.')).toEqual([]);
  });
});

describe('an event noun whose doer a clause on it names', () => {
  it('"the agreement the two countries struck": the two countries named before agreed, and the verb is no attack', () => {
    expect(triples('Egypt and Sudan held talks in Cairo. The agreement the two countries struck in Cairo collapsed.')).toEqual([
      'egypt -agreement-> sudan',
      'egypt -negotiation-> sudan',
    ]);
  });

  it('"the threats Russia made against Ukraine": the clause gives the doer and carries the target', () => {
    expect(triples('The threats Russia made against Ukraine worried Poland.')).toEqual(['russia -threat-> ukraine']);
  });
});

describe('a visit or talks in an adjunct of a clause with one subject', () => {
  it('"briefed diplomats after a visit to Pyongyang": the subject made the visit', () => {
    expect(triples('The U.S. envoy William Burns is briefing diplomats in Seoul after an unannounced visit to Pyongyang.')).toEqual(['william-burns -communication-> north-korea']);
  });

  it('the visit is the subject\'s beside what the clause says it did', () => {
    expect(triples('Erdogan criticized Armenia after a visit to Baku.')).toEqual(['recep-tayyip-erdogan -accusation-> armenia', 'recep-tayyip-erdogan -communication-> azerbaijan']);
  });

  it('an attack in the adjunct is not the subject\'s own ("retaliated after an attack on its posts")', () => {
    expect(triples('Pakistan retaliated after an attack on Indian posts.')).not.toContain('pakistan -force-> india');
  });
});

describe('an amount given "in" aid', () => {
  it('"pledged $20 million in humanitarian assistance for Sudan": the pledger aids the one it is for', () => {
    expect(documentTriples('Tokyo, May 3.\nJapan pledged $20 million in humanitarian assistance for Sudan.')).toContain('japan -aid-> sudan');
    expect(documentTriples('Brussels, May 3.\nThe European Union announced 50 million euros in aid to Haiti.')).toContain('european-union -aid-> haiti');
  });

  it('an amount in something that is no aid gives nothing', () => {
    expect(documentTriples('Tokyo, May 3.\nJapan lost $20 million in trade with Sudan.')).toEqual([]);
  });
});
