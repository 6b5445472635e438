// "A met B. They agreed ...": a "they" after a meeting of two single actors stands for both of them
// (a split antecedent), explained in the notes; a meeting with a plural group is no pair.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { extractArticles, relationTriples } from '../../support/extractText';

const metNotes = (body: string) =>
  extractArticles(body)
    .actors.flatMap((a) => a.notes ?? [])
    .filter((n) => n.includes('the two who met there'));

describe('"they" after two actors met', () => {
  it('two presidents who met are "they" of the next sentence, and agree with each other', () => {
    const r = extractArticles('Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. They agreed to reopen the border crossing.');
    expect(relationTriples(r)).toContain('gabriel-boric -agreement-> javier-milei');
    expect(r.actors.find((a) => a.id === 'javier-milei')?.notes).toContain(
      '"They" read as Gabriel Boric and Javier Milei: the main subject in the sentence before, the nearest antecedent that agrees (plural: the two who met there)',
    );
  });

  it('talks held with another state make the pair too', () => {
    const r = extractArticles('Kenya held talks with Somalia on Tuesday. They signed a security pact.');
    expect(relationTriples(r)).toContain('kenya -agreement-> somalia');
  });

  it('a meeting with a plural group is no pair: "they" is not the two of them', () => {
    expect(metNotes('The Chinese envoy met rebel commanders near the border on Friday. They demanded a ceasefire from Myanmar.')).toEqual([]);
  });

  it('a verb other than a meeting gives no pair ("Ghana criticized Togo. They ...")', () => {
    expect(metNotes('Ghana criticized Togo on Monday. They later signed a trade deal.')).toEqual([]);
  });
});
