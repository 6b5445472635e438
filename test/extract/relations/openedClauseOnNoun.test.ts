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

describe('an "of" gerund on a course its holder pursues', () => {
  it('"A and B maintained a policy of turning away migrants": both turn them away', () => {
    expect(documentTriples('Greece and Italy have pursued a policy of turning away migrants.')).toEqual(['greece -coercion-> migrants', 'italy -coercion-> migrants']);
  });

  it('the noun\'s owner holds the course', () => {
    expect(documentTriples("Kenya criticized Uganda's campaign of arresting opposition leader Bobi Wine.")).toContain('uganda -coercion-> bobi-wine');
  });

  it('a verb that only mentions the course does not hold it', () => {
    expect(documentTriples('The United Nations condemned the practice of arresting journalists.')).not.toContain('united-nations -coercion-> journalists');
  });
});

describe('a "to" clause on the means a verb of using takes (data/roleFrames.json instrumentVerbs)', () => {
  it('"riot police used water cannon to disperse opposition supporters": the police disperse them', () => {
    expect(documentTriples('Zimbabwean riot police used water cannon to disperse opposition supporters in Harare.')).toEqual(['zimbabwe -coercion-> opposition-supporters']);
  });
});
