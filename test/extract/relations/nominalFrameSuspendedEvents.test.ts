// An event noun whose suspension is announced is not the announcer's own act: "announced a suspension
// of the peace talks" holds no talks between the announcers (src/extract/relations/nominalFrame.ts).
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an event under a suspension', () => {
  it('"Kenya and Uganda announced a suspension of the peace talks": no talks between Kenya and Uganda', () => {
    expect(documentTriples('Kenya and Uganda on Thursday announced a suspension of the peace talks.')).toEqual([]);
  });

  it('the suspension of talks with a party still reads as the reduced relation with it', () => {
    expect(documentTriples('Turkey announced a suspension of talks with Israel on Monday.')).toEqual(['turkiye -sanction-> israel']);
  });

  it('talks held by a light verb stay the subject\'s: "Chad held discussions with Sudan"', () => {
    expect(documentTriples('Chad held discussions with Sudan on Monday.')).toEqual(['chad -negotiation-> sudan']);
  });
});
