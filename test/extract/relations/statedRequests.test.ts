// Saying what another actor should do is a request: "X wants Y to V" and "X called for Y to V" are
// appeals to Y; "X wants Y released" is a demand on whoever holds Y (the doer of the earlier detention).
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('wanting another actor to act', () => {
  it('"X wants Y to V" is an appeal to Y, whatever Y is asked to do', () => {
    expect(read('China wants Japan to apologize.')).toEqual(['china -appeal-> japan']);
    expect(read('President Obama wants the U.S. Congress to lift the embargo.')).toEqual(['barack-obama -appeal-> us-congress']);
  });

  it('"X wants Y released" is a demand on whoever detained Y', () => {
    expect(read('Cuba arrested Alan Gross in 2009. Washington wants Gross released immediately.')).toEqual(['cuba -coercion-> alan-gross', 'united-states -demand-> cuba']);
  });

  it('nobody named as holding Y: no demand', () => {
    expect(read('Washington wants Gross released immediately.')).toEqual([]);
  });

  it('a negated wish asks nothing', () => {
    expect(read('China does not want Japan to apologize.')).toEqual([]);
  });
});

describe('calling for another actor to act', () => {
  it('"called for Y to V" is an appeal to Y, not a demand', () => {
    expect(read('Vietnamese Prime Minister Nguyen Tan Dung called for ASEAN to take a united stand.')).toEqual(['nguyen-tan-dung -appeal-> asean']);
  });

  it('"called for" a thing stays a demand', () => {
    expect(read('Kenya called for the withdrawal of Ugandan troops.')).toEqual(['kenya -demand-> uganda']);
  });
});
