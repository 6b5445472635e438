// Calling a claim false rejects whoever made it: the claim's owner, or, for a claim of nobody
// named, the source of the latest accusation aimed at the speaker.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const rejections = (body: string) => documentTriples(body, { modality: true }).filter((t) => t.includes('rejection'));

describe('a claim called false', () => {
  it.each([
    ["Kenya called Somalia's allegations baseless.", 'kenya -rejection-> somalia'],
    ['Azerbaijan accused Armenia of shelling Ganja. Armenia called the attack claim a lie.', 'armenia -rejection-> azerbaijan'],
    ['Azerbaijan accused Armenia of shelling Ganja. The Armenian defense ministry said that the charge was an absolute lie.', 'armenia -rejection-> azerbaijan'],
  ])('"%s" → %s', (body, expected) => {
    expect(rejections(body)).toEqual([expected]);
  });

  it('a claim of nobody named and no accusation before: nobody', () => {
    expect(rejections('Kenya called the allegations baseless.')).toEqual([]);
  });

  it('a thing called false that is no claim is no rejection', () => {
    expect(rejections("Kenya called Somalia's map false.")).toEqual([]);
  });
});
