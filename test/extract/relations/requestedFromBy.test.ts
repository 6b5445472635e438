// Whom a demand asks when it names what is asked and who should give it after "by" ("demanded an
// apology by X"). Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a demanded thing with its giver after "by"', () => {
  it('"demanded an apology by X": X is asked', () => {
    expect(triples('Armenia demanded an immediate apology by Azerbaijan.')).toEqual(['armenia -demand-> azerbaijan']);
  });

  it('"demanded an acknowledgement from X"', () => {
    expect(triples('Serbia demanded an acknowledgement from Croatia of the killings.')).toEqual(['serbia -demand-> croatia']);
  });

  it('a passive demand\'s "by" is the one who demands, not who is asked', () => {
    expect(triples('An apology was demanded by Chile.')).toEqual([]);
  });
});
