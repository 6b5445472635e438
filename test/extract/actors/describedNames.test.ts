// Persons named after a noun that describes them ("delegation head X", "security researcher Y") or
// after a title with "-designate" or "-elect". Sentences about other actors than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a person named after a describing noun', () => {
  it('"Tigrayan delegation head Getachew Reda" is a person, and the meeting with him is read', () => {
    const r = extractArticles('In Pretoria, Ethiopia met with Tigrayan delegation head Getachew Reda on Monday.');
    expect(actorOf(r, 'getachew-reda')?.kind).toBe('person');
    expect(relationTriples(r)).toContain('ethiopia -communication-> getachew-reda');
  });

  it('a researcher or mediator is named, but the state before the description is no affiliation', () => {
    const r = extractArticles('Malian security researcher Baba Dakono told reporters that Burkina Faso was to blame. Sahel crisis mediator Goodluck Jonathan met Assimi Goita.');
    expect(actorOf(r, 'baba-dakono')?.kind).toBe('person');
    expect(actorOf(r, 'baba-dakono')?.affiliation).toBeUndefined();
    expect(actorOf(r, 'goodluck-jonathan')?.kind).toBe('person');
  });

  it('a cue noun standing as a title names the person, no event: "Mali crisis mediator Goodluck Jonathan"', () => {
    const r = extractArticles('Former Nigerian president and Mali crisis mediator Goodluck Jonathan met Assimi Goita.');
    expect(relationTriples(r).filter((t) => t.includes('-mediation->'))).toEqual([]);
    expect(relationTriples(r)).toContain('goodluck-jonathan -communication-> assimi-goita');
  });

  it('a describing noun before one capitalised word names nobody: "the researcher Smith" needs more', () => {
    const r = extractArticles('The researcher Novak criticized Serbia.');
    expect(r.actors.some((a) => a.label === 'Novak')).toBe(false);
  });
});

describe('a title with "-designate" or "-elect"', () => {
  it('"deputy president-elect William Ruto" is a person met', () => {
    const r = extractArticles('Raila Odinga met President Uhuru Kenyatta and deputy president-elect William Ruto.');
    expect(relationTriples(r)).toContain('raila-odinga -communication-> william-ruto');
    expect(actorOf(r, 'william-ruto')?.notes?.join(' ')).toContain('person named after the title');
  });
});
