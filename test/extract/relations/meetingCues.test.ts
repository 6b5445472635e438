// Meetings, talks, joint action and coordination between parties, read on the parse. Sentences about
// other actors than the benchmark articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('"reach" as contact', () => {
  it('"reached Kenya by phone": contact with its object', () => {
    expect(triples('Ethiopia reached Kenya by phone on Monday.')).toEqual(['ethiopia -communication-> kenya']);
  });

  it('"failed to reach a deal": reaching a deal is no contact between the parties', () => {
    expect(triples('Ethiopia and Eritrea failed to reach a deal.').filter((t) => t.includes('communication'))).toEqual([]);
  });
});
