// The discourse anchor worked out lazily: sentences queued, run through nextAnchor only when a cue
// asks for the day named last; the same anchors as carrying it sentence by sentence. Sentences about
// other conflicts than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { AnchorChain } from '../../src/extract/anchorChain';
import { nextAnchor, type DiscourseAnchor } from '../../src/extract/discourseAnchor';
import { findDates, type DateFinder } from '../../src/extract/resolveEventDate';
import { tokenize } from '../../src/extract/tokenize';

const sentence = (text: string, index: number) => {
  const { tokens } = tokenize(text);
  return { text, index, tokens, first: 0, end: tokens.length };
};

const texts = [
  'Sudanese army units shelled Kadugli late Monday.',
  'Earlier, rebels of the SPLM-North ambushed a convoy.',
  'The next day the governor imposed a curfew.',
  '"We will not leave," a commander said.',
  'Fighting resumed on Wednesday near Dilling.',
  'The war in the region began in 2011.',
];
const PUBLISHED = '2024-03-15';

/** A date finder that counts the texts it is asked about. */
function counting(): { find: DateFinder; asked: string[] } {
  const asked: string[] = [];
  return { asked, find: (text, published, tense) => (asked.push(text), findDates(text, published, tense)) };
}

describe('the anchor chain', () => {
  it('gives after each sentence the anchor carried sentence by sentence', () => {
    let eager: DiscourseAnchor | undefined;
    for (let i = 0; i < texts.length; i++) {
      const chain = new AnchorChain(PUBLISHED, findDates);
      for (let k = 0; k <= i; k++) chain.push(sentence(texts[k]!, k));
      eager = nextAnchor(eager, sentence(texts[i]!, i), PUBLISHED, findDates);
      expect(chain.current()).toEqual(eager);
    }
  });

  it('reads no sentence before a cue asks, and each queued sentence once', () => {
    const { find, asked } = counting();
    const chain = new AnchorChain(PUBLISHED, find);
    chain.push(sentence(texts[0]!, 0));
    chain.push(sentence(texts[1]!, 1));
    expect(asked).toEqual([]);
    expect(chain.current()).toMatchObject({ date: '2024-03-11', text: 'Monday' });
    const afterFirstAsk = asked.length;
    expect(chain.current()).toMatchObject({ date: '2024-03-11' });
    expect(asked.length).toBe(afterFirstAsk);
    chain.push(sentence(texts[2]!, 2));
    expect(chain.current()).toMatchObject({ date: '2024-03-12', text: 'The next day' });
  });

  it('sets no anchor in a document without a publication date', () => {
    const { find, asked } = counting();
    const chain = new AnchorChain(null, find);
    chain.push(sentence(texts[0]!, 0));
    expect(chain.current()).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
