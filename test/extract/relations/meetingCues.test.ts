// Meetings, talks, joint action and coordination between parties, read on the parse. Sentences about
// other actors than the benchmark articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('"reach" as contact', () => {
  it('"reached Kenya by phone": contact with its object', () => {
    expect(triples('Ethiopia reached Kenya by phone on Monday.')).toEqual(['ethiopia -communication-> kenya']);
  });

  it('"failed to reach a deal": reaching a deal is no contact between the parties', () => {
    expect(triples('Ethiopia and Eritrea failed to reach a deal.').filter((t) => t.includes('communication'))).toEqual([]);
  });
});

describe('a joint act of coordinated parties', () => {
  it('"joint U.S. and Iraqi efforts": a name and a demonym coordinated before the noun each take part', () => {
    expect(triples('Officials said joint U.S. and Afghan efforts are slowly having an effect.')).toEqual(['united-states -cooperation-> afghanistan [reported]']);
  });

  it('"joint" read by the parser as a verb taking the noun as its object still opens the joint act', () => {
    expect(triples('The reporter says that in one district of the city, joint U.S. and Somali efforts are slowly having an effect.')).toEqual(['united-states -cooperation-> somalia [reported]']);
  });

  it('a joint act of one named party and an unnamed one pairs it with nobody', () => {
    expect(triples('Officials said joint U.S. and local efforts are slowly having an effect.')).toEqual([]);
  });
});

describe('acting in coordination with another party', () => {
  it('"attacked X in coordination with Y" with Y hung on the verb: the subject cooperates with Y, X takes no part', () => {
    const found = triples('Kenya attacked al-Shabaab in coordination with Somalia.');
    expect(found).toContain('kenya -cooperation-> somalia');
    expect(found).not.toContain('al-shabaab -cooperation-> somalia');
  });

  it('"X troops, in coordination with the Y army, attacked": the troops\' state cooperates with Y', () => {
    expect(triples('Kenyan troops, in coordination with the Somali army, attacked al-Shabaab positions.')).toContain('kenya -cooperation-> somalia');
  });
});

describe('a joint appearance', () => {
  it('"Appearing alongside President A, B said": the two met', () => {
    // Communication is symmetric: either direction says the two met.
    const read = triples('Appearing alongside Brazilian President Luiz Inacio Lula da Silva, Sergei Lavrov said Russia wants peace.');
    expect(read.filter((t) => t === 'lula-da-silva -communication-> sergei-lavrov' || t === 'sergei-lavrov -communication-> lula-da-silva')).toHaveLength(1);
  });
});

describe('a military unit stands for its owner', () => {
  it('"Britain\'s 3rd Battalion arrived to work with Afghan forces": the unit\'s state cooperates', () => {
    expect(triples('Last month, Britain\'s 3rd Battalion arrived in the area to work with Afghan security forces.')).toEqual(['united-kingdom -cooperation-> afghanistan']);
  });
});

describe('a participle placing the event noun', () => {
  it('"had a meeting scheduled Tuesday in Bangkok with his Thai counterpart": the planned meeting is with Thailand', () => {
    expect(triples('Sergei Lavrov had a meeting scheduled Tuesday in Bangkok with his Thai counterpart, Kasit Piromya.')).toEqual(['sergei-lavrov -communication-> thailand [planned]']);
  });

  it('a participle that does not place the event lends it nothing ("a meeting criticized by Thailand")', () => {
    expect(triples('Sergei Lavrov had a meeting criticized on Tuesday by Thailand.').filter((t) => t.includes('communication'))).toEqual([]);
  });
});

describe('a meeting announced as due', () => {
  it('"is due to meet with Chinese officials": planned', () => {
    expect(triples('Sergei Lavrov is due to meet with Chinese officials on Friday.')).toEqual(['sergei-lavrov -communication-> china [planned]']);
  });

  it('"is slated to visit China": planned', () => {
    expect(triples('Sergei Lavrov is slated to visit China next week.')).toEqual(['sergei-lavrov -communication-> china [planned]']);
  });

  it('"met ... due to the fighting": a cause is no plan', () => {
    expect(triples('Sergei Lavrov met Chinese officials in Moscow due to the fighting.')).toEqual(['sergei-lavrov -communication-> china']);
  });
});

describe('talking with a purpose of ending a conflict', () => {
  it('"A and B are talking to end the war": negotiation, not mere contact', () => {
    expect(triples('The government of Sudan and the Rapid Support Forces are talking to end the war.')).toEqual(['sudan -negotiation-> rapid-support-forces']);
  });

  it('"talked to reporters about how to end the war" is no negotiation', () => {
    expect(triples('Sudan\'s army talked to reporters about how to end the war.').filter((t) => t.includes('negotiation'))).toEqual([]);
  });
});

describe('telling a person', () => {
  it('"A told B that ...": A spoke to B', () => {
    expect(triples('Sergei Lavrov told Wang Yi that Russia wants a quick settlement.')).toContain('sergei-lavrov -communication-> wang-yi');
  });

  it('a named person telling a media outlet gives it an interview; an official standing for a state contacts no one', () => {
    expect(triples('Sergei Lavrov told CNN that Russia wants a quick settlement.').filter((t) => t.includes('communication'))).toEqual(['sergei-lavrov -communication-> cnn']);
    expect(triples('A Russian official told CNN that Russia wants a quick settlement.').filter((t) => t.includes('communication'))).toEqual([]);
  });

  it('telling a state what to do is no contact reading', () => {
    expect(triples('Sergei Lavrov told Ukraine to withdraw its troops.').filter((t) => t.includes('communication'))).toEqual([]);
  });
});

describe('a parenthetical of manner after a name', () => {
  it('"NATO says its forces, in coordination with the Afghan army, have ...": the forces\' owner cooperates', () => {
    expect(triples('NATO says its forces, in coordination with the Afghan army, have beaten back a Taliban attack.')).toContain('nato -cooperation-> afghanistan [reported]');
  });

  it('"Kenya, in cooperation with Somalia, launched ...": a noun cue after the preposition too', () => {
    expect(triples('Kenya, in cooperation with Somalia, launched an offensive.')).toContain('kenya -cooperation-> somalia');
  });

  it('"attacked Kenya, despite talks with Somalia": a concession is no act of the name before the comma', () => {
    expect(triples('Rebels attacked Kenya, despite talks with Somalia.').filter((t) => t.includes('negotiation'))).toEqual([]);
  });
});

describe('the partner of cooperation', () => {
  it('"pledged military cooperation against al-Shabaab": the common enemy is no partner', () => {
    expect(triples('Kenya pledged military cooperation against al-Shabaab.').filter((t) => t.includes('cooperation'))).toEqual([]);
  });

  it('"cooperation with Somalia against al-Shabaab": the partner follows "with"', () => {
    const found = triples('Kenya pledged military cooperation with Somalia against al-Shabaab.');
    expect(found.filter((t) => t.includes('cooperation'))).toEqual(['kenya -cooperation-> somalia']);
  });
});

describe('informing a person', () => {
  it('"informed X that", "notified X of" contact the person told; a state informed is left to other readings', () => {
    expect(triples('Sergei Lavrov informed Wang Yi that Russia would attend.').filter((t) => t.includes('communication'))).toEqual(['sergei-lavrov -communication-> wang-yi']);
    expect(triples('Sergei Lavrov notified Wang Yi of the decision.').filter((t) => t.includes('communication'))).toEqual(['sergei-lavrov -communication-> wang-yi']);
    expect(triples('Russia informed China of the decision.').filter((t) => t.includes('communication'))).toEqual([]);
  });
});
