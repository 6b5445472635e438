// A state's legislature, court or ministry named by a common noun is an organisation of that state,
// not the state. Sentences about other states and conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a body named by a common noun with its state', () => {
  it('"The Kenyan parliament" condemns as the Kenyan parliament, affiliated with Kenya, and Kenya does not', () => {
    const r = extractArticles('The Kenyan parliament condemned the attack by al-Shabab.');
    expect(relationTriples(r)).toEqual(['kenyan-parliament -accusation-> al-shabaab']);
    const body = actorOf(r, 'kenyan-parliament');
    expect(body?.kind).toBe('organization');
    expect(body?.affiliation).toBe('kenya');
  });

  it('"Nigerian lawmakers" stand for Nigeria\'s legislature', () => {
    const r = extractArticles('Nigerian lawmakers condemned Boko Haram on Tuesday.');
    expect(relationTriples(r)).toEqual(['nigerian-legislature -accusation-> boko-haram']);
    expect(actorOf(r, 'nigerian-legislature')?.notes?.join(' ')).toContain('"Nigerian lawmakers"');
  });

  it('"Ghana\'s supreme court" and "the parliament of Ghana" are bodies of Ghana, keeping the text\'s form as an alias', () => {
    const r = extractArticles("Ghana's supreme court criticized Togo. The parliament of Ghana accused Togo of smuggling.");
    expect(relationTriples(r)).toEqual(['ghanaian-parliament -accusation-> togo', 'ghanaian-supreme-court -accusation-> togo']);
    expect(actorOf(r, 'ghanaian-supreme-court')?.aliases).toContain("Ghana's supreme court");
  });

  it('a capitalised body owned by a possessive is labelled with its state: "Peru\'s Constitutional Court"', () => {
    const r = extractArticles("Peru's Constitutional Court criticized Chile on Monday.");
    expect(relationTriples(r)).toEqual(['peruvian-constitutional-court -accusation-> chile']);
    expect(actorOf(r, 'peruvian-constitutional-court')?.affiliation).toBe('peru');
  });

  it('a gazetteer body of the state is used when there is one: "American lawmakers" are the U.S. Congress', () => {
    const r = extractArticles('American lawmakers criticized Venezuela on Friday.');
    expect(relationTriples(r)).toEqual(['us-congress -accusation-> venezuela']);
  });

  it('a state\'s army and police stay the state', () => {
    const r = extractArticles("Uganda's police arrested the opposition leader Kizza Besigye.");
    expect(actorOf(r, 'ugandan-police')).toBeUndefined();
  });
});

describe('a body noun alone', () => {
  it('"Lawmakers" after "Congress" are the Congress named before, and the note says why', () => {
    const r = extractArticles('Congress held hearings on U.S. arms sales in the Gulf. Lawmakers criticized Saudi Arabia.');
    expect(relationTriples(r)).toEqual(['us-congress -accusation-> saudi-arabia']);
    expect(actorOf(r, 'us-congress')?.notes?.join(' ')).toContain('"Lawmakers" read as U.S. Congress, the body of that kind the text named before');
  });

  it('"Congress" alone is the U.S. Congress when no other congress is named and the text names the United States', () => {
    const r = extractArticles('Congress criticized Turkey over the purchase of Russian missiles, a blow to U.S. policy.');
    expect(relationTriples(r)).toContain('us-congress -accusation-> turkiye');
  });

  it('"Congress" alone in a text that never names the United States is nobody read', () => {
    const r = extractArticles('Congress criticized Pakistan after the vote in New Delhi.');
    expect(relationTriples(r)).toEqual([]);
  });

  it('"Congress" after "the Philippine Congress" is that congress', () => {
    const r = extractArticles('The Philippine Congress met on Monday. Congress criticized China over the reef.');
    expect(relationTriples(r)).toEqual(['philippine-congress -accusation-> china']);
  });

  it('"lawmakers" with no legislature named before and no state stand for nobody', () => {
    const r = extractArticles('Lawmakers criticized Saudi Arabia.');
    expect(r.events).toHaveLength(0);
  });

  it('a regional parliament is no state\'s body', () => {
    const r = extractArticles('The regional parliament in Erbil condemned Turkey.');
    expect(r.actors.some((a) => a.affiliation === 'iraq' || /parliament/i.test(a.label))).toBe(false);
  });
});

describe('a body named by its owner and lowercase words', () => {
  it('"the U.N. fact-finding mission" is a body of the United Nations, not the United Nations', () => {
    const r = extractArticles('The U.N. fact-finding mission criticized Myanmar over the killings.');
    expect(relationTriples(r)).toEqual(['u-n-fact-finding-mission -accusation-> myanmar']);
    expect(actorOf(r, 'u-n-fact-finding-mission')?.affiliation).toBe('united-nations');
  });

  it('a news agency is no body of its state: "the official Kenyan news agency"', () => {
    const r = extractArticles('Fighting between Somalis and Ethiopians closed the border, an editor at the official Kenyan news agency said.');
    expect(r.actors.some((a) => a.label.toLowerCase().includes('news agency'))).toBe(false);
  });

  it('"a Kenyan court" sentencing someone is a court of Kenya', () => {
    const r = extractArticles('A Kenyan court criticized Uganda on Monday.');
    expect(relationTriples(r)).toEqual(['kenyan-court -accusation-> uganda']);
  });

  it('"the court" after two courts is the one named last, and the note says so', () => {
    const r = extractArticles('The East African Court of Justice met in Arusha. A Kenyan court heard the case. The court criticized Uganda.');
    expect(relationTriples(r)).toEqual(['kenyan-court -accusation-> uganda']);
    expect(actorOf(r, 'kenyan-court')?.notes?.join(' ')).toContain('the one named last');
  });
});

describe('a state body answers for its state', () => {
  it('"Eritrea\'s Defense Ministry denied it" after Eritrea was accused rejects the accuser, as the ministry of Eritrea', () => {
    const r = extractArticles("Ethiopia accused Eritrea of shelling Zalambessa. Eritrea's Defense Ministry denied it.");
    expect(relationTriples(r)).toEqual(['eritrean-defense-ministry -rejection-> ethiopia', 'ethiopia -accusation-> eritrea']);
    expect(actorOf(r, 'eritrean-defense-ministry')?.affiliation).toBe('eritrea');
  });
});

describe('a state\'s police named by the state after "in"', () => {
  it('"Police in Peru arrested ..." is Peru, and the note says why', () => {
    const r = extractArticles('Police in Peru arrested Abimael Guzman on Saturday.');
    expect(relationTriples(r)).toEqual(['peru -coercion-> abimael-guzman']);
    expect(actorOf(r, 'peru')?.notes?.join(' ')).toContain("a state's police are the state");
  });

  it('"troops in Mali" may be another state\'s: no actor is read from them', () => {
    const r = extractArticles('Troops in Mali attacked Ansar Dine on Saturday.');
    expect(relationTriples(r)).not.toContain('mali -force-> ansar-dine');
  });
});
