// "military helicopters", "government gunboats": forces and craft named by "military" or
// "government" alone are the state the article is about, as "government troops" are.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

const OPENING = 'Sri Lanka says its offensive in the north is going well. Sri Lanka has fought Tamil Tiger rebels for decades, and Sri Lanka rejects talks. ';

describe('military craft of the article\'s state', () => {
  it('"Military helicopters and gunboats" are the state the article is about', () => {
    const r = extractArticles(OPENING + 'Military helicopters and gunboats attacked rebel positions near Mullaitivu on Friday.');
    const attack = r.events.find((e) => e.cue === 'attacked');
    expect(attack && `${attack.source} -${attack.relation}-> ${attack.target}`).toBe('sri-lanka -force-> tamil-tiger-rebels');
  });

  it('"military fighter jets" take the two-word noun', () => {
    const r = extractArticles(OPENING + 'Military fighter jets bombed the rebels near Kilinochchi on Friday.');
    expect(relationTriples(r)).toContain('sri-lanka -force-> tamil-tiger-rebels');
  });

  it('a noun in front says whose they are: "coalition military helicopters" are not the home state\'s', () => {
    const r = extractArticles(OPENING + 'Coalition military helicopters bombed the rebels near Kilinochchi on Friday.');
    expect(r.events.filter((e) => e.cue === 'bombed').map((e) => e.source)).not.toContain('sri-lanka');
  });
});
