// "X's claims that ...", "Indian allegations that ...": what a claim says is reported speech of its
// owner, not an act the text asserts; rejecting the claim targets its owner.
import { describe, expect, it } from 'vitest';
import { documentTriples, extractArticles } from '../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('the clause of a claim noun is its owner\'s reported speech', () => {
  it.each([
    "Pakistan rejected India's claims that Pakistani troops had shelled Indian posts.",
    'Pakistan rejected Indian allegations that Pakistani troops had shelled Indian posts.',
  ])('"%s"', (sentence) => {
    expect(read(sentence)).toEqual(['pakistan -force-> india [reported]', 'pakistan -rejection-> india']);
  });

  it('the claim\'s owner is who the reported act is attributed to', () => {
    const r = extractArticles("Kenya dismissed Somalia's allegation that Kenyan troops had attacked Somalia.");
    expect(r.events.find((e) => e.relation === 'force')).toMatchObject({ source: 'kenya', target: 'somalia', modality: 'reported', attributedTo: 'somalia' });
  });

  it('a claim with no owner named before it frames nothing', () => {
    expect(read('Pakistan rejected claims that Pakistani troops had shelled Indian posts.')).toContain('pakistan -force-> india');
  });
});
