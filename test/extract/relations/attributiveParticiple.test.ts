// Participles news uses as adjectives before a name ("from neighboring Lebanon"), which the parser
// reads as verbs taking the name as object. Sentences about other actors than the benchmark
// articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('an attributive participle before a name', () => {
  it('"withdrew from neighboring X": X is the verb\'s attachment', () => {
    expect(triples('Ethiopia withdrew from neighboring Somalia on Monday.')).toEqual(['ethiopia -retreat-> somalia']);
  });

  it('"willing to withdraw its troops from neighbouring X"', () => {
    expect(triples('Chad is willing to withdraw its troops from neighbouring Niger.')).toEqual(['chad -retreat-> niger [planned]']);
  });

  it('"attacked neighboring X": X is the object', () => {
    expect(triples('Kenya attacked neighboring Somalia on Monday.')).toEqual(['kenya -force-> somalia']);
  });

  it('a participle that is no adjective keeps its clause: "began visiting X" stays a visit', () => {
    expect(triples('Gabon began visiting Cameroon on Monday.')).not.toContain('gabon -force-> cameroon');
  });

  it('"aid to war-torn X": a hyphenated participle modifies the name after it', () => {
    expect(triples('Britain has promised to continue military aid to war-torn Sierra Leone.')).toContain('united-kingdom -aid-> sierra-leone [planned]');
  });
});

describe('a hyphenated participle read as a clause of its own', () => {
  it('"during African-brokered talks between X and Y": the talks are between X and Y, brokered by no actor of the sentence', () => {
    const read = triples('The rebels say they will lay down arms if a deal is struck during African-brokered talks between Sudan and Chad.');
    expect(read.filter((t) => t.includes('-mediation->'))).toEqual([]);
    expect(read).toContain('sudan -negotiation-> chad [hypothetical]');
  });

  it('"after Qatari-mediated negotiations between X and Y": Qatar mediates between them', () => {
    const read = triples('Fighting stopped after Qatari-mediated negotiations between Hamas and Israel on Sunday.');
    expect(read).toEqual(expect.arrayContaining(['qatar -mediation-> hamas', 'qatar -mediation-> israel']));
  });
});
