// Meetings that make a pair for a later "they" (src/extract/actors/meetingPairs.ts): "had a meeting
// with" (wink reads "had" as an auxiliary), and "received"/"hosted" someone (data/pronounWords.json,
// meetingObjectVerbs), but not "received a letter from" someone. Sentences about other actors than
// the benchmark's.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { extractArticles, relationTriples } from '../../support/extractText';

const metNotes = (body: string) =>
  extractArticles(body)
    .actors.flatMap((a) => a.notes ?? [])
    .filter((n) => n.includes('the two who met there'));

describe('more meetings that make "they" the two who met', () => {
  it('"had an excellent first meeting with"', () => {
    const r = extractArticles('Ghanaian President Nana Akufo-Addo had an excellent first meeting with Ivorian President Alassane Ouattara in Accra on Monday. They agreed to reopen the border.');
    expect(relationTriples(r)).toContain('nana-akufo-addo -agreement-> alassane-ouattara');
  });

  it.each(['received', 'hosted'])('"%s" someone', (verb) => {
    const r = extractArticles(`Ghanaian President Nana Akufo-Addo ${verb} Ivorian President Alassane Ouattara in Accra on Monday. They agreed to reopen the border.`);
    expect(relationTriples(r)).toContain('nana-akufo-addo -agreement-> alassane-ouattara');
  });

  it('"received a letter from" someone is no meeting', () => {
    expect(metNotes('Ghanaian President Nana Akufo-Addo received a letter from Togo on Monday. They agreed to reopen the border.')).toEqual([]);
  });

  it('"hosted a summit" with nobody named as met is no pair', () => {
    expect(metNotes('Ghana hosted the summit in Accra on Monday. They agreed to reopen the border.')).toEqual([]);
  });
});
