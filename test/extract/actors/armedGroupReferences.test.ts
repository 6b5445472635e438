// Names that hold a possessive ("Lord's Resistance Army") and armed group nouns with a qualifier
// ("separatist rebels", "Islamic militants"): which group they are. Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples, unscoped } from '../../support/extractText';

describe('a possessive inside a name', () => {
  it('"the Lord\'s Resistance Army" is one group: "Lord" before a possessive is no title', () => {
    const r = extractArticles("Ugandan troops attacked the Lord's Resistance Army near the border.");
    expect(relationTriples(r)).toEqual(["uganda -force-> lord-s-resistance-army"]);
    expect(actorOf(r, 'lord-s-resistance-army')?.label).toBe("Lord's Resistance Army");
  });

  it('"Lord" before a name is still a title', () => {
    const r = extractArticles('Lord Ashdown criticized Serbia on Monday.');
    expect(r.actors.map((a) => a.label)).toContain('Ashdown');
  });
});

describe('a qualified armed group noun', () => {
  it('"separatist rebels" with no determiner are not the different group named before', () => {
    const r = extractArticles('Boko Haram attacked a market in Maiduguri. Cameroonian troops attacked separatist rebels in Bamenda. Nigeria condemned Boko Haram.');
    expect(relationTriples(r)).toContain('cameroon -force-> separatist-rebels');
    expect(relationTriples(r)).not.toContain('cameroon -force-> boko-haram');
  });

  it('"the Islamist militants" after a named group still refer back to it', () => {
    const r = extractArticles('Al-Shabab attacked a base in Lamu. Kenyan troops later fought the Islamist militants near Lamu. Ethiopia condemned Eritrea.');
    expect(relationTriples(r)).toContain('kenya -force-> al-shabaab');
  });

  it('"Islamic militants" hiding out somewhere are a group: a participle after the noun does not make it a modifier', () => {
    const r = extractArticles('Egyptian soldiers clashed with Islamic militants hiding out in the Sinai desert.');
    expect(r.actors.map((a) => unscoped(a.id))).toContain('islamic-militants');
  });

  it('"Islamist militants" are not "Islamic militants" named before: a qualifier the earlier name lacks', () => {
    const r = extractArticles('Islamic militants attacked a church in Mosul. Syrian troops attacked Islamist militants in Idlib.');
    expect(relationTriples(r)).toContain('syria -force-> islamist-militants');
  });
});

describe('groups the parse or the word list missed', () => {
  it('"Anti-Kenya protesters march ..." are a group even where "march" is read as a noun', () => {
    const r = extractArticles('Anti-Kenya protesters march to the Kenyan embassy in Mogadishu as they demand an apology from Kenya.');
    expect(r.actors.map((a) => unscoped(a.id))).toContain('anti-kenya-protesters');
  });

  it('"a dozen Sunni rebel groups" are one group of groups, not the one armed group named before', () => {
    const r = extractArticles('The Baloch Liberation Army attacked a train. Nearly a dozen Sunni rebel groups have been fighting Pakistan since 2004.');
    expect(relationTriples(r)).toContain('sunni-rebel-groups -force-> pakistan');
  });
});

describe('an armed group noun right before a name describes that name', () => {
  it('"the Somali militant group al-Shabab" after another group is al-Shabab, not the group named before', () => {
    const r = extractArticles('Boko Haram attacked a market in Maiduguri. Kenyan troops fought the Somali militant group Al-Shabab near Lamu.');
    expect(relationTriples(r)).toContain('kenya -force-> al-shabaab');
    expect(relationTriples(r)).not.toContain('kenya -force-> boko-haram');
    expect(r.events.filter((e) => e.relation === 'affiliation' && e.target === 'boko-haram')).toEqual([]);
  });

  it('"the militant group" with no name after it still refers back to the group named before', () => {
    const r = extractArticles('Al-Shabab attacked a base in Lamu. Kenyan troops later fought the Somali militant group near Lamu.');
    expect(relationTriples(r)).toContain('kenya -force-> al-shabaab');
  });
});
