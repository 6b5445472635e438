// "X said Wednesday that Y must ...": a time word between the speech verb and its clause, on which
// the parser may hang the clause, does not hide the appeal. Other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('an obligation stated after a time word', () => {
  it('"said Wednesday that Serbia must ..." appeals to Serbia', () => {
    expect(triples('Croatian President Zoran Milanovic said Wednesday that Serbia must stop its support for the separatists.')).toContain('zoran-milanovic -appeal-> serbia');
  });

  it('"said here Thursday that Ethiopia must be ready to ..." appeals to Ethiopia', () => {
    expect(triples('Kenyan President William Ruto said here Thursday that Ethiopia must be ready to negotiate with Eritrea as soon as the fighting stops.')).toContain('william-ruto -appeal-> ethiopia');
  });

  it('a relative clause on a time word asks nothing ("said on the day that Serbia must remember")', () => {
    expect(triples('Croatia said the day that Serbia chose was wrong.').filter((t) => t.includes('-appeal->'))).toEqual([]);
  });
});
