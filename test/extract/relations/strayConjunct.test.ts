// "X attacked A as well as B" with the parser hanging B on the verb: B shares A's role.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a conjunct the parser hung on the verb', () => {
  it('"as well as" after the object adds a second target', () => {
    expect(read('Russia attacked Ukraine as well as Georgia.')).toEqual(['russia -force-> georgia', 'russia -force-> ukraine']);
  });

  it('"as well as" read as an adverb and a preposition is still one coordinator', () => {
    expect(read('Iran condemned Israel as well as the United States.')).toEqual(['iran -accusation-> israel', 'iran -accusation-> united-states']);
  });

  it('a coordinated troop noun after a place attachment continues the object', () => {
    expect(read('The Taliban is battling Afghan forces in Helmand, as well as Pakistani soldiers near the border.')).toEqual([
      'taliban -force-> afghanistan',
      'taliban -force-> pakistan',
    ]);
  });

  it('a second attachment with its own preposition keeps its own role', () => {
    expect(read('Iran criticized Israel and in March talked with Egypt.')).not.toContain('iran -accusation-> egypt');
  });
});
