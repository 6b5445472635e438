// A demand verb's clausal complement names who is asked only when it asks for an act: a bare verb,
// a subjunctive "be", or "must"/"should"; an inflected verb states what happened ("insists that
// Eritrean troops opened fire" demands nothing of Eritrea).
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const demands = (body: string) => documentTriples(body, { modality: true }).filter((t) => t.includes('demand'));

describe('the complement of a demand verb', () => {
  it.each([
    ['Kenya demanded that Uganda withdraw its troops.', 'kenya -demand-> uganda'],
    ['Kenya insisted that Uganda be punished.', 'kenya -demand-> uganda'],
  ])('"%s" asks something of its subject', (sentence, expected) => {
    expect(demands(sentence)).toEqual([expected]);
  });

  it('a complement that states what happened demands nothing, and the report accuses', () => {
    const read = documentTriples('Ethiopia insists that Eritrean troops opened fire on its border posts.', { modality: true });
    expect(read).toEqual(['eritrea -force-> ethiopia [reported]', 'ethiopia -accusation-> eritrea']);
  });
});
