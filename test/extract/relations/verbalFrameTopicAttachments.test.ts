// A target phrase the parser hung on the name an act is about ("talked about Iran with Germany",
// "with Germany" on "Iran") is the act's target, not the topic (data/roleFrames.json,
// topicPrepositions). Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a target phrase hung on the topic of an act', () => {
  it('"talked about Iran with Germany": France talks with Germany, not with Iran', () => {
    expect(documentTriples('France talked about Iran with Germany on Monday.')).toEqual(['france -communication-> germany']);
  });

  it('"spoke about al-Shabab with Ethiopia"', () => {
    expect(documentTriples('Kenya spoke about al-Shabab with Ethiopia in Nairobi.')).toEqual(['kenya -communication-> ethiopia']);
  });

  it('a phrase of the topic that is no target preposition names no target ("about Iran in Vienna")', () => {
    expect(documentTriples('France talked about Iran in Vienna on Monday.')).not.toContain('france -communication-> austria');
  });
});
