// "Rebels in Mali", "protesters in Bolivia": a bare group noun followed by "in"/"of" and a state hung
// on it is the group of that state, as "Malian rebels" is. Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a group named by the state it is in', () => {
  it('"Rebels in Mali" are the Malian rebels, named as written, affiliated with Mali', () => {
    const r = extractArticles('Rebels in Mali rejected an offer from Algeria.');
    expect(relationTriples(r)).toEqual(['malian-rebels -rejection-> algeria']);
    const group = actorOf(r, 'malian-rebels');
    expect(group?.label).toBe('Rebels in Mali');
    expect(group?.affiliation).toBe('mali');
  });

  it('an article\'s "Malian rebels" are the same group', () => {
    const r = extractArticles('Rebels in Mali rejected an offer from Algeria. Malian rebels later attacked Niger.');
    expect(relationTriples(r)).toEqual(['malian-rebels -force-> niger', 'malian-rebels -rejection-> algeria']);
  });

  it('a place the verb takes is no nationality ("protesters marched in Bolivia")', () => {
    expect(actorOf(extractArticles('Protesters marched in Bolivia on Monday.'), 'bolivian-protesters')).toBeUndefined();
  });

  it('a name in front already says whose the group is ("Tuareg militants in Mali")', () => {
    const r = extractArticles('Ansar Dine militants in Mali attacked French troops.');
    expect(actorOf(r, 'malian-militants')).toBeUndefined();
  });

  it('a state\'s forces in another state stay whoever\'s they are ("troops in Mali")', () => {
    expect(actorOf(extractArticles('Troops in Mali attacked the rebels.'), 'malian-troops')).toBeUndefined();
  });
});
