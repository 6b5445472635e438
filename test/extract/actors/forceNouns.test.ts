// Bare force and role nouns as actors (data/actorWords.json subjectStateNouns, ownedForceNouns,
// anonymousGroupNouns): "Troops stormed ..." is the state the article is about; "peacekeepers" with no
// owner named is a group of its own; anonymous "gunmen" are nobody a bare "rebels" names.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

const MALI = 'Mali held talks in Bamako on Monday. Mali has faced attacks for years. Mali blamed the JNIM for them. ';

describe('bare "troops" and "soldiers" as subjects are the state the article is about', () => {
  it('"Troops stormed" and "the soldiers attacked" are the state', () => {
    expect(relationTriples(extractArticles(`${MALI}Troops stormed a JNIM base near Mopti on Tuesday.`))).toContain('mali -force-> jnim');
    expect(relationTriples(extractArticles(`${MALI}The soldiers attacked JNIM near Gao on Tuesday.`))).toContain('mali -force-> jnim');
  });

  it('as an object they are the forces an actor sends, not a party: "Niger deployed troops"', () => {
    const r = extractArticles(`${MALI}Niger deployed troops to its border with Mali on Tuesday.`);
    expect(relationTriples(r).filter((t) => t.startsWith('niger -') && t.endsWith('> mali') && !t.includes('mobilization'))).toEqual([]);
  });

  it('with two states named equally, bare "troops" names neither', () => {
    const r = extractArticles('Armenia and Azerbaijan met in Geneva. Troops shelled a village near the border.');
    expect(relationTriples(r).filter((t) => t.includes('-force->'))).toEqual([]);
  });
});

describe('"riot police" is the state, as "police" is', () => {
  it('bare "riot police" in an article about one state', () => {
    const r = extractArticles('Togo held a disputed vote in April. Togo banned rallies. Togo arrested critics. Riot police fired tear gas at opposition supporters in Lome.');
    expect(r.actors.some((a) => /riot police/i.test(a.label))).toBe(false);
  });

  it('"the Serbian riot police" is Serbia over the whole phrase', () => {
    expect(relationTriples(extractArticles('The Serbian riot police used batons to disperse the demonstrations in Belgrade.'))).toEqual(['serbia -coercion-> protesters']);
  });
});

describe('coalition and peacekeeping forces', () => {
  it('"UN peacekeepers", "African Union peacekeepers": the body named in front stays the actor', () => {
    expect(relationTriples(extractArticles('UN peacekeepers clashed with M23 fighters near Goma.'))).toContain('united-nations -force-> m23');
    expect(extractArticles('African Union peacekeepers attacked al-Shabaab near Baidoa.').actors.some((a) => a.label === 'Peacekeepers')).toBe(false);
  });

  it('bare "peacekeepers" as a subject is a group of its own; deployed ones are no party', () => {
    expect(relationTriples(extractArticles('Peacekeepers clashed with M23 fighters near Goma.'))).toContain('peacekeepers -force-> m23');
    const r = extractArticles('India refused to deploy peacekeepers in Somalia.');
    expect(r.actors.some((a) => a.label === 'Peacekeepers')).toBe(false);
  });

  it('"allied forces" after no named alliance is a group of its own', () => {
    expect(relationTriples(extractArticles('Allied forces bombed Serbian positions near Pristina on Monday.'))).toContain('allied-forces -force-> serbia');
  });

  it('"coalition troops" after "the U.S.-led coalition" is that coalition', () => {
    const r = extractArticles('The U.S.-led coalition struck the Islamic State near Raqqa on Monday. Coalition troops also raided a village near Deir ez-Zor.');
    expect(r.actors.filter((a) => /coalition/i.test(a.label))).toHaveLength(1);
  });
});

describe('anonymous gunmen are nobody a bare armed noun names', () => {
  it('"suspected militants" after "unknown gunmen" fold into the one named armed group, not the gunmen', () => {
    const r = extractArticles('Unknown gunmen killed two farmers near Jos on Friday. Separately, Nigerian troops detained 12 suspected militants in Maiduguri. Officials said the men had ties to Boko Haram.');
    expect(relationTriples(r)).toContain('nigeria -coercion-> boko-haram');
    expect(relationTriples(r)).not.toContain('nigeria -coercion-> gunmen');
  });
});
