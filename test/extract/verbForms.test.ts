// Prefixed irregular verb forms the lemmatiser leaves alone are still read as their verb.
import { describe, expect, it } from 'vitest';
import { irregularLemma, prefixedIrregularLemma } from '../../src/extract/verbForms';
import { documentTriples } from '../support/extractText';

describe('prefixed irregular forms', () => {
  it('"retook", "retaken" and "overthrew" are forms of "retake" and "overthrow"', () => {
    expect(prefixedIrregularLemma('retook')).toBe('retake');
    expect(prefixedIrregularLemma('retaken')).toBe('retake');
    expect(prefixedIrregularLemma('overthrew')).toBe('overthrow');
  });

  it('a word that is no prefix before an irregular form is none', () => {
    expect(prefixedIrregularLemma('retreat')).toBeUndefined();
    expect(prefixedIrregularLemma('took')).toBeUndefined();
  });

  it('"Sudanese troops retook Heglig from South Sudan": the cue verb is found', () => {
    expect(documentTriples('Sudanese troops retook Heglig from South Sudan.')).toEqual(['sudan -force-> south-sudan']);
  });
});

describe('unprefixed irregular forms tagged as nouns', () => {
  it('"shot" is a form of "shoot"; a word that is no irregular form is none', () => {
    expect(irregularLemma('shot')).toBe('shoot');
    expect(irregularLemma('shots')).toBeUndefined();
  });

  it('"Iran shot down American drones" with "shot" tagged a noun: the phrase is read as the verb it is', () => {
    expect(documentTriples('Iran shot down American drones.')).toEqual(['iran -force-> united-states']);
  });

  it('a noun "shot" with a determiner stays a noun: no act of shooting', () => {
    expect(documentTriples('A shot rang out near the Iranian embassy in Baghdad.')).toEqual([]);
  });
});
