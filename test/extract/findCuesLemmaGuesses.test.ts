// A form the lemmatiser leaves alone may open a cue phrase as itself and be a cue verb by its
// ending: "armed" opens "armed attack" and is the past of "arm". Every guess is tried.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('every known guess of a word\'s lemma opens its cues', () => {
  it('"armed" is the verb "arm" where no phrase it opens follows', () => {
    expect(documentTriples('Eritrea armed the Oromo rebels.')).toEqual(['eritrea -aid-> oromo-rebels']);
  });

  it('the phrase the form itself opens still wins where it follows', () => {
    expect(documentTriples('Chad condemned the armed attack on its border post by Sudan.')).not.toContain('chad -aid-> sudan');
  });
});
