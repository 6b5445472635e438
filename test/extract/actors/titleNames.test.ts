// Titles used as the name of the one person holding them (data/titleNames.json).
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('titles used as names', () => {
  it('"the Panchen Lama" as the object of a cue is a person', () => {
    const r = extractArticles('Monks in Lhasa criticized Beijing. China praised the Panchen Lama on Monday.');
    expect(actorOf(r, 'panchen-lama')).toMatchObject({ kind: 'person' });
    expect(relationTriples(r)).toContain('china -support-> panchen-lama');
  });

  it('a title with its state in front belongs to that state: "Kuwait\'s Emir"', () => {
    const r = extractArticles("Kuwait's Emir criticized Iraq on Sunday.");
    expect(actorOf(r, 'emir-of-kuwait')?.affiliation).toBe('kuwait');
    expect(relationTriples(r)).toContain('emir-of-kuwait -accusation-> iraq');
  });

  it('the bare title later in the document is the same holder', () => {
    const r = extractArticles("Kuwait's Emir met Saudi officials. The Emir later criticized Iraq.");
    expect(relationTriples(r)).toContain('emir-of-kuwait -accusation-> iraq');
  });

  it('a declared holder\'s body when the text names none: the Secretary-General of the United Nations', () => {
    const r = extractArticles('The Secretary-General condemned the attack by Hezbollah on Monday.');
    expect(actorOf(r, 'secretary-general')?.affiliation).toBe('united-nations');
  });

  it('a title before a name or in apposition to one is no actor of its own', () => {
    const r = extractArticles("Bahrain's emir, Sheikh Isa bin Salman, criticized Iran. Pope Benedict thanked Jordan.");
    const ids = r.actors.map((a) => a.id);
    expect(ids).not.toContain('emir-of-bahrain');
    expect(ids).not.toContain('pope');
  });

  it('a title without an article or owner is not read as a name', () => {
    const r = extractArticles('Emir status was debated in Doha on Monday.');
    expect(r.actors.map((a) => a.id)).not.toContain('emir');
  });
});
