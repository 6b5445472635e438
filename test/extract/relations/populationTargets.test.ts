// Help given to the people of a place goes to that place's state (data/roleFrames.json,
// populationTargets). Sentences about other actors than the benchmark articles, run through the
// whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('aid or support to a population named with its country', () => {
  it('"aid to the thousands of people affected by floods in A, B and C": each country is aided', () => {
    const got = documentTriples('Japan pledged $40 million in emergency aid to the thousands of people affected by floods in Pakistan, Bangladesh and Nepal.');
    expect(got).toEqual(['japan -aid-> bangladesh', 'japan -aid-> nepal', 'japan -aid-> pakistan']);
  });

  it('"aid to families displaced by fighting in X": the country they are in', () => {
    expect(documentTriples('Britain sent humanitarian aid to families displaced by fighting in Sudan.')).toEqual(['united-kingdom -aid-> sudan']);
  });

  it('"support for the people of X"', () => {
    expect(documentTriples('The United Nations pledged support for the people of Haiti.')).toEqual(['united-nations -support-> haiti']);
  });

  it('"the victims of X in Y": X did the harm and gets no aid; Y is where the victims are', () => {
    expect(documentTriples('Britain sent aid to the victims of Boko Haram in Nigeria.')).toEqual(['united-kingdom -aid-> nigeria']);
  });

  it('a displaced population is not its host country\'s: "aid to refugees in Jordan"', () => {
    expect(documentTriples('Germany announced new aid to refugees in Jordan.')).not.toContain('germany -aid-> jordan');
  });

  it('a relation other than aid or support does not go to where the people are', () => {
    expect(documentTriples('Ethiopia issued a warning to the people of the border towns in Kenya on Monday.')).not.toContain('ethiopia -threat-> kenya');
  });
});
