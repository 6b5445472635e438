// A request naming what is asked for rather than who should act asks the "from" party of a thing an
// actor gives: "pressed for an apology from Tokyo" is a demand on Japan.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('the one asked for something', () => {
  it('"pressed for an apology from X" demands of X', () => {
    expect(read('South Korea continues to press for an apology from Japan.')).toEqual(['south-korea -demand-> japan']);
  });

  it('"demanded compensation from X" demands of X, the "from" party hung on the verb or the noun', () => {
    expect(read('Ecuador demanded compensation from Colombia.')).toEqual(['ecuador -demand-> colombia']);
  });

  it('an appeal for help from X appeals to X', () => {
    expect(read('Mali appealed for help from France.')).toEqual(['mali -appeal-> france']);
  });

  it('a place something is withdrawn from is nobody asked', () => {
    expect(read('Lebanon demanded the withdrawal of troops from the south.')).toEqual([]);
  });

  it('a negated request asks nothing of X', () => {
    expect(read('Kenya did not demand an apology from Somalia.')).toEqual(['kenya -demand-> somalia [negated]']);
  });
});
