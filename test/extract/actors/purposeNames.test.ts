// Bodies named by what they stand for, with no organisation word in the name ("X United for Y and Z").
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('a body named by what it stands for', () => {
  it('as a subject it is one body, a demonym opening it part of the name, not the state', () => {
    const r = extractArticles('Fighting spread in Ivory Coast on Monday. The Ivorian Citizens for Peace and Dignity has accused Ghana of arming the rebels.');
    expect(relationTriples(r)).toContain('ivorian-citizens-for-peace-and-dignity -accusation-> ghana');
    expect(relationTriples(r).some((t) => t.startsWith('ivory-coast -accusation->'))).toBe(false);
  });

  it('a name of that kind after a title-less demonym calls on a person ("Chadian Youth United for ...")', () => {
    const r = extractArticles('Fighting spread in Chad on Monday. The Chadian Youth United for Peace and Democracy called on President Deby to resign.');
    expect(relationTriples(r)).toContain('chadian-youth-united-for-peace-and-democracy -appeal-> deby');
  });

  it('names no body where it is no argument of a verb ("a Plan for Peace and Security" in a phrase)', () => {
    const r = extractArticles('Fighting spread near Bouake on Monday. Talks on a Plan for Peace and Security in Yamoussoukro ended.');
    expect(r.actors.map((a) => a.id)).not.toContain('plan-for-peace-and-security');
  });
});
