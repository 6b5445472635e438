// A reference read as two parties ("the two sides") where the parse loses the verb ("have since
// exchanged", "joined ranks" read as nouns): the positional reading takes the two parties it stands
// for (src/extract/assignRoles.ts), and a person and a group it stands for are two parties, not one
// phrase (src/extract/relations/onePhrase.ts). Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a plural reference read by position', () => {
  it('"The two sides have since exchanged fire": the two parties named before fire on each other', () => {
    const triples = documentTriples('Peruvian officials accused Ecuador of moving troops to the border. The two sides have since exchanged fire for hours.');
    expect(triples).toContain('peru -force-> ecuador');
    expect(triples).toContain('ecuador -force-> peru');
  });

  it('"The two sides joined ranks": a group and a person named before cooperate', () => {
    expect(documentTriples('The Tigray rebels accused Abiy Ahmed of lying. The two sides joined ranks three years ago.')).toContain('rebels -cooperation-> abiy-ahmed');
  });

  it('a reference with no two parties before it stands for nobody', () => {
    expect(documentTriples('Peru held elections on Sunday. The two sides joined ranks three years ago.')).toEqual([]);
  });
});
