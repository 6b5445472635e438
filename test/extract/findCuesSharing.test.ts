// Sharing evidence or expertise with another actor is cooperation (CAMEO 064, as sharing intelligence
// and information are). Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('sharing evidence or expertise', () => {
  it('"shared evidence with Saudi Arabia": Turkey cooperates with Saudi Arabia', () => {
    expect(documentTriples('Turkish officials shared evidence with Saudi Arabia.')).toEqual(['turkiye -cooperation-> saudi-arabia']);
  });

  it('"has been sharing expertise with North Korea"', () => {
    expect(documentTriples('Pakistan has been sharing expertise with North Korea.')).toEqual(['pakistan -cooperation-> north-korea']);
  });

  it('evidence presented against someone is no cooperation with them', () => {
    expect(documentTriples('Turkey presented evidence against Saudi Arabia.').filter((t) => t.includes('-cooperation->'))).toEqual([]);
  });
});
