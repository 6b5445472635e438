// A topic verb's object is what is talked about, never a party ("discussed Syria",
// "discussed Ukraine's proposal"). Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('the object of a topic verb', () => {
  it('"A and B discussed X": the talks are between A and B, not with X', () => {
    const out = triples('Nigeria and Ghana discussed Mali on Monday.');
    expect(out).not.toContain('nigeria -communication-> mali');
    expect(out).not.toContain('ghana -communication-> mali');
    expect(out).toContain('nigeria -communication-> ghana');
  });

  it('"discussed X\'s election": the owner of the topic is no party', () => {
    expect(triples("Chile discussed Bolivia's election on Monday.")).toEqual([]);
  });

  it('"discussed the border with X": the attachment still names the party', () => {
    expect(triples('Chile discussed the border with Bolivia on Monday.')).toEqual(['chile -communication-> bolivia']);
  });

  it('a verb that is no topic verb still reaches the owner: "praised X\'s decision"', () => {
    expect(triples("Chile praised Bolivia's decision on Monday.")).toContain('chile -support-> bolivia');
  });
});
