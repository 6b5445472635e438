// "The two sides" where the sentences just before name no two parties apart (a negotiator of one
// side, a president of the same state): the pair the text last named together anywhere before, with
// "the government of X" joining a coordination as X (src/extract/actors/discourse.ts, namedPairs.ts).
// Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, documentTriples, extractArticles } from '../../support/extractText';

const STORY = [
  'The government of the Philippines and the rebel group the Moro Islamic Liberation Front are negotiating to end the insurgency.',
  'The talks have been held in Kuala Lumpur since 2011.',
  'Philippine President Benigno Aquino set a deadline of June for a final accord.',
  'In May, chief negotiator Miriam Ferrer said progress was steady.',
  'The two sides agreed to three main points.',
].join(' ');

describe('"the two sides" read as the pair named together earlier in the text', () => {
  it('an agreement between the government and the rebels the lead names together', () => {
    expect(documentTriples(STORY).filter((t) => t.includes('agreement'))).toEqual(['philippines -agreement-> moro-islamic-liberation-front']);
  });

  it('the note says the pair was named together earlier', () => {
    const notes = actorOf(extractArticles(STORY), 'philippines')?.notes ?? [];
    expect(notes.some((n) => n.startsWith('"two sides" read as Philippines and Moro Islamic Liberation Front: the two parties last named together before it ("A and B")'))).toBe(true);
  });

  it('with no pair named together before, it stands for nobody', () => {
    const body = 'Philippine President Benigno Aquino spoke in Manila. Chief negotiator Miriam Ferrer said progress was steady. The two sides agreed to three main points.';
    expect(documentTriples(body).filter((t) => t.includes('agreement'))).toEqual([]);
  });
});

describe('"meet the deadline": an object giving "meet" another sense', () => {
  it('is no meeting of the two sides', () => {
    expect(documentTriples('Chile and Peru held talks in Lima. Both sides will meet the deadline for the treaty.').filter((t) => t.includes('communication'))).toEqual([]);
  });

  it('a meeting of parties is still one', () => {
    expect(documentTriples('Chile accused Peru of spying. Both sides will meet in Lima next week.').filter((t) => t.includes('communication'))).toEqual(['chile -communication-> peru']);
  });
});
