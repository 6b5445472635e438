// A verb judging an act ("condemned", "protested") targets the act's doer, named by an actor
// modifying the act noun; not the one an act is done to.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const judged = (body: string) => documentTriples(body).filter((t) => !t.includes('-force->'));

describe('judging an act an actor modifies', () => {
  it.each([
    ['Ukraine condemned Russian air strikes on Kyiv.', 'ukraine -accusation-> russia'],
    ['Kenya condemned the Somali raids.', 'kenya -accusation-> somalia'],
    ['Lebanon protested Israeli raids.', 'lebanon -protest-> israel'],
  ])('"%s" targets the doer', (sentence, expected) => {
    expect(judged(sentence)).toEqual([expected]);
  });

  it('an act done to its owner names no doer ("the Somali killings")', () => {
    expect(judged('Kenya condemned the Somali killings.')).toEqual([]);
  });
});
