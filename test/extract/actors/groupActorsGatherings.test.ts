// A gathering acted on ("dispersed the demonstrations") stands for the people gathered: the
// protesters group, named as annotation rule 7 names unnamed groups. Sentences about other places.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a gathering dispersed or attacked stands for the people gathered', () => {
  it('"disperse the demonstrations" makes the protesters the target, labelled by the people', () => {
    const r = extractArticles('The Belarusian riot police used batons to disperse the demonstrations in Minsk.');
    expect(relationTriples(r)).toEqual(['belarus -coercion-> protesters']);
    expect(actorOf(r, 'protesters')?.label).toBe('Protesters');
  });

  it('the demonstrations of protesters named before are those protesters', () => {
    const r = extractArticles('Kenyan protesters marched through Nairobi on Tuesday. Kenyan police dispersed the demonstrations with tear gas.');
    expect(r.actors.filter((a) => a.kind === 'group' && a.id.includes('protesters')).map((a) => a.id)).toEqual(['kenyan-protesters']);
    expect(relationTriples(r)).toContain('kenya -coercion-> kenyan-protesters');
  });

  it('a gathering held, or acted on by no such verb, is an event and no actor', () => {
    const r = extractArticles('Bangladeshi students held protests against the government in Dhaka. Officials discussed the demonstrations.');
    expect(actorOf(r, 'protesters')).toBeUndefined();
  });
});
