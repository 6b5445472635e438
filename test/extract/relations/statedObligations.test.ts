// Appeals made by saying what another named actor must or should do. Sentences about other actors and
// conflicts than the benchmarks, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('"X said Y must V" asks Y to act', () => {
  it('a named actor that must act is appealed to by the speaker', () => {
    expect(triples('Peru said Chile must return the helicopter.')).toEqual(['peru -appeal-> chile']);
    expect(triples('The Kenyan government declared on Tuesday that Uganda must drop its tariffs.')).toEqual(['kenya -appeal-> uganda']);
  });

  it('the act asked for stays hypothetical beside the appeal', () => {
    expect(triples('Kenya said that Uganda must withdraw its troops from Somalia.')).toEqual(['kenya -appeal-> uganda', 'uganda -retreat-> somalia [hypothetical]']);
  });

  it('asks nothing of the speaker\'s own side, of a pronoun, or by what has happened or must be known', () => {
    expect(triples('President William Ruto said his country must defend itself.')).toEqual([]);
    expect(triples('Peru said Chile had returned the helicopter.')).toEqual([]);
    expect(triples('Kenya said Uganda must know that an escalation would isolate it.')).toEqual([]);
  });

  it('a denied saying asks nothing', () => {
    expect(triples('Kenya did not say that Uganda must leave.')).toEqual([]);
  });
});

describe('"should" advises, it does not oblige', () => {
  it('"Kenya said Uganda should negotiate with Somalia" is no appeal', () => {
    expect(triples('Kenya said Uganda should negotiate with Somalia.')).not.toContain('kenya -appeal-> uganda');
  });
});
