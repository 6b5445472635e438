// "met negotiators before meeting X" with the "before" clause hung on the noun: the clause's subject meets X.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a clause opened by "before" or "after" hung on a noun', () => {
  it('the subject of the clause the noun belongs to does what it says, to every listed name', () => {
    expect(read('Kenyan President William Ruto held a brief meeting in Nairobi with negotiators for the two parties before meeting President Abiy Ahmed and President Isaias Afwerki.')).toEqual([
      'william-ruto -communication-> abiy-ahmed',
      'william-ruto -communication-> isaias-afwerki',
    ]);
  });

  it('also when the noun is the verb\'s object', () => {
    expect(read('Kenyan President William Ruto met aides of the two leaders before meeting President Isaias Afwerki.')).toEqual(['william-ruto -communication-> isaias-afwerki']);
  });

  it('a participle without such a marker is still done by its noun', () => {
    expect(read('Kenyan troops attacking Kismayo killed three al-Shabaab fighters.')).toContain('kenya -force-> somalia');
  });
});
