// Institutions named without their state ("the army", "government troops") belong to the state the
// article is about; sentences about other states than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples, unscoped } from '../../support/extractText';
import '../../support/syntaxModel';

const SUDAN = 'Sudan faces a new crisis. Sudanese officials met Egypt on Monday. Sudan also criticized Chad. ';

describe('institutions of the state the article is about', () => {
  it('"the army" in an article about Sudan is Sudan, with why in its notes', () => {
    const r = extractArticles(`${SUDAN}Later the army attacked the Rapid Support Forces in Khartoum.`);
    expect(relationTriples(r)).toContain('sudan -force-> rapid-support-forces');
    expect(actorOf(r, 'sudan')?.notes?.join(' ')).toMatch(/"the army" read as Sudan: the state the article is about/);
  });

  it('"government troops" too', () => {
    const r = extractArticles(`${SUDAN}On Friday government troops attacked the Rapid Support Forces.`);
    expect(relationTriples(r)).toContain('sudan -force-> rapid-support-forces');
  });

  it('no state stands out: "the army" stays unread', () => {
    const r = extractArticles('Sudan criticized Chad. Chad criticized Sudan. Later the army attacked the Rapid Support Forces.');
    expect(relationTriples(r).filter((t) => t.includes('rapid-support-forces'))).toEqual([]);
  });

  it('a state named with the noun is that state: "the regime in Eritrea"', () => {
    const r = extractArticles(`${SUDAN}Egypt criticized the regime in Eritrea.`);
    expect(relationTriples(r)).not.toContain('egypt -accusation-> sudan');
  });
});

describe('coalitions', () => {
  it('"the Saudi-led coalition" is a group affiliated with Saudi Arabia; "coalition forces" and "the military" after it refer back', () => {
    const r = extractArticles('The Saudi-led coalition struck Houthi positions on Monday. Separately, coalition forces attacked the Houthis in Hodeidah. The military also attacked the Houthis in Taiz.');
    const coalition = r.actors.find((a) => a.label === 'Saudi-led coalition');
    expect(coalition).toMatchObject({ kind: 'group', affiliation: 'saudi-arabia' });
    expect(relationTriples(r).filter((t) => t.startsWith(`${coalition!.id} -force-> houthis`))).toHaveLength(3);
  });

  it('a bare "coalition forces", with no coalition named before, is a group of its own (gold rule 7)', () => {
    const r = extractArticles('Coalition forces detained the Houthi commander Abdul Malik in Hodeidah. Later, coalition troops attacked the Houthis in Taiz.');
    expect(r.actors.filter((a) => a.kind === 'group' && /coalition/i.test(a.label)).map((a) => unscoped(a.id))).toEqual(['coalition-forces']);
    expect(relationTriples(r)).toContain('coalition-forces -force-> houthis');
  });
});
