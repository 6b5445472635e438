// Event nouns taken by a light verb ("had a meeting with", "held discussions with"): the verb's
// subject does what the noun names, to the noun's attachments, with the modality the clause gives.
// Sentences about other actors than the seed and benchmark articles, run through the whole pipeline
// with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a light verb taking a meeting noun', () => {
  it('"had a first meeting with Prime Minister X": the preposition the parser hung on the title still opens the phrase', () => {
    expect(triples('Kenyan President William Ruto had an excellent first meeting with Ethiopian Prime Minister Abiy Ahmed on Monday.')).toEqual([
      'william-ruto -communication-> abiy-ahmed',
    ]);
  });

  it('a quoted event noun keeps its "with" attachment', () => {
    expect(triples('Kenyan President William Ruto had "an excellent first meeting" with Ethiopian Prime Minister Abiy Ahmed on Monday.')).toEqual([
      'william-ruto -communication-> abiy-ahmed',
    ]);
  });

  it('"will have a working lunch with X": a meeting still to come', () => {
    expect(triples('Kenyan President William Ruto will have a working lunch with Ethiopian Prime Minister Abiy Ahmed on Tuesday.')).toEqual([
      'william-ruto -communication-> abiy-ahmed [planned]',
    ]);
  });

  it('"her Italian counterpart, Defense Minister X": the name in apposition is the counterpart, not another minister named before', () => {
    const body =
      'French Defense Minister Florence Parly met German Defense Minister Boris Pistorius on Monday. On Tuesday, Parly will have a working lunch with her Italian counterpart, Defense Minister Lorenzo Guerini.';
    expect(triples(body)).toEqual(['florence-parly -communication-> boris-pistorius', 'florence-parly -communication-> lorenzo-guerini [planned]']);
  });
});

describe('discussions with a party', () => {
  it('"began discussions with X": negotiation', () => {
    expect(triples('Sudan began discussions with Egypt on Monday on the dam.')).toEqual(['sudan -negotiation-> egypt']);
  });

  it('"will not hold discussions with X": negated', () => {
    expect(triples('Sudan will not hold discussions with Egypt, the minister said on Monday.')).toEqual(['sudan -negotiation-> egypt [negated]']);
  });

  it('"discussions of a possible attack on X" are no talks with X', () => {
    expect(triples('Officials said Washington held preliminary discussions of a possible attack on Iran on Monday.')).not.toContain('united-states -negotiation-> iran [reported]');
  });

  it('"instructed X to begin discussions with Y": an ordered act is planned, done by the one instructed', () => {
    expect(triples('President Ruto instructed Foreign Minister Musalia Mudavadi to begin discussions with Somalia on the border.')).toEqual([
      'musalia-mudavadi -negotiation-> somalia [planned]',
    ]);
  });
});

describe('strikes a speaker reports of its own forces', () => {
  it('"the military says its forces ... after carrying out strikes against X positions": "its" is the speaker', () => {
    const body = 'The Israeli military says its forces entered southern Lebanon on Thursday after carrying out air and artillery strikes against suspected Hezbollah positions.';
    expect(triples(body)).toEqual(['israel -force-> hezbollah [reported]']);
  });
});

describe('talks as a nominal predicate', () => {
  it('"These were the first trade talks between A and B": negotiation, the copula\'s subject making no verb of "talks"', () => {
    expect(triples('These were the first senior-level trade talks between Kenya and Uganda since July.')).toEqual(['kenya -negotiation-> uganda']);
  });
});

describe('a light verb taking the event noun as an attachment', () => {
  it('"will lead the Kenyan delegation to a meeting": the led object is no party met', () => {
    expect(triples('Kenyan President William Ruto will lead the Kenyan delegation to a meeting of the East African Community on Monday.')).toEqual([]);
  });

  it('"engaged in talks with X" still reads the talks\' partner', () => {
    expect(triples('Kenya engaged in talks with Somalia on Monday.')).toEqual(['kenya -negotiation-> somalia']);
  });
});

describe('travelling for an event', () => {
  it('"arrived in Nairobi for talks with X": the traveller holds the talks', () => {
    expect(triples('Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Sunday for talks with Kenyan leaders.')).toContain('abiy-ahmed -negotiation-> kenya');
  });

  it('a "for" phrase on a verb of judging is the reason, not the judge\'s own talks', () => {
    expect(triples('Kenya criticized Somalia for talks with al-Shabaab.')).not.toContain('kenya -negotiation-> al-shabaab');
  });
});
