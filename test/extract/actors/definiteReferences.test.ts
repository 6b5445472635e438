// Definite descriptions and generic group nouns read as an actor the document named, each reading
// explained in the actor's notes. Sentences written for these tests, about other conflicts than
// the seed and benchmark articles.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

const notes = (r: ReturnType<typeof extractArticles>, id: string) => actorOf(r, id)?.notes ?? [];

describe('state nouns: "the authorities", "security forces", "the military government"', () => {
  it('"the authorities" is the one state a subject named just before, with why in its notes', () => {
    const r = extractArticles('Georgia accused Russia of shelling Gori on Monday. The authorities later expelled Belarusian diplomats.');
    expect(relationTriples(r)).toContain('georgia -sanction-> belarus');
    expect(notes(r, 'georgia')).toContain('"The authorities" read as Georgia: the one state a subject names in the text just before it');
  });

  it('one reading carries to the next: "security forces", then "the military government"', () => {
    const r = extractArticles(
      'Burkina Faso said on Monday that jihadists had attacked Djibo. Security forces later arrested dozens of suspects. The military government also accused Ivory Coast of harbouring them.',
    );
    expect(relationTriples(r)).toEqual(['burkina-faso -accusation-> ivory-coast']);
    expect(notes(r, 'burkina-faso')).toContain('"The military government" read as Burkina Faso: the one state a subject names in the text just before it');
  });

  it('a person named as subject stands for the state: "the government" after Kenya\'s president', () => {
    const r = extractArticles('Kenyan President William Ruto criticized Somalia on Monday. The government later expelled Ethiopian diplomats.');
    expect(relationTriples(r)).toContain('kenya -sanction-> ethiopia');
  });

  it('the one state named before with the same noun wins over the subjects between: "Sudan\'s army ... the army"', () => {
    const r = extractArticles("Sudan's army shelled Omdurman on Monday. Egypt criticized the shelling. The army later accused Chad of arming its enemies.");
    expect(relationTriples(r)).toContain('sudan -accusation-> chad');
    expect(notes(r, 'sudan')).toContain('"The army" read as Sudan: the one state named before with "army"');
  });

  it('two states named alike leave "the government" unread', () => {
    const r = extractArticles('Peru and Ecuador clashed along the border on Monday. The government also condemned Bolivia.');
    expect(relationTriples(r).filter((t) => t.includes('bolivia'))).toEqual([]);
  });

  it('two states each the subject of a sentence leave "the authorities" unread', () => {
    const r = extractArticles('Eritrea criticized Djibouti on Monday. Djibouti criticized Eritrea on Tuesday. The authorities later condemned Yemen.');
    expect(relationTriples(r).filter((t) => t.includes('yemen'))).toEqual([]);
  });

  it('a state noun in the sentence naming the state is not read from it ("after he criticized the government")', () => {
    const r = extractArticles('Uganda detained Samuel Okello after he criticized the government.');
    expect(relationTriples(r)).toEqual(['uganda -coercion-> samuel-okello']);
  });

  it('"the government" is never a group: after an armed group alone it stays unread', () => {
    const r = extractArticles('Boko Haram attacked Maiduguri on Monday. The government later condemned Niger.');
    expect(relationTriples(r).filter((t) => t.endsWith('> niger'))).toEqual([]);
  });
});

describe('armed group nouns: "the militants", "the insurgents"', () => {
  it('"the insurgents" is the armed group named before, with why in its notes', () => {
    const r = extractArticles('Boko Haram attacked Chadian troops on Monday. The insurgents later threatened Niger.');
    expect(relationTriples(r)).toContain('boko-haram -threat-> niger');
    expect(notes(r, 'boko-haram')).toContain('"insurgents" refers back to Boko Haram, the group named before it');
  });

  it('two armed groups named alike leave "the militants" unread', () => {
    const r = extractArticles('The PKK and the YPG attacked Turkish posts on Monday. The militants also threatened Iraq.');
    expect(relationTriples(r).filter((t) => t.includes('iraq'))).toEqual([]);
  });

  it('"the militants" is never a state', () => {
    const r = extractArticles('Nigeria attacked Cameroon on Monday. The militants later threatened Chad.');
    // No armed group named: they are a group of their own, named by their role.
    expect(relationTriples(r).filter((t) => t.includes('chad'))).toEqual(['militants -threat-> chad']);
  });

  it('an indefinite noun refers back to nobody: "gunmen" are a group of their own, not the group named before', () => {
    const r = extractArticles('Al-Shabaab attacked Kenya on Monday. Some militants later threatened Uganda. Gunmen also attacked Ethiopia.');
    // Anonymous gunmen are no group a bare noun names: al-Shabaab is the one armed group the article names.
    expect(relationTriples(r)).toEqual(['al-shabaab -force-> kenya', 'al-shabaab -threat-> uganda', 'gunmen -force-> ethiopia']);
  });

  it('"some protesters" after a group of protesters are some of them', () => {
    const r = extractArticles('Kenyan protesters marched in Nairobi on Monday. Some protesters later accused Uganda of interference.');
    expect(relationTriples(r)).toEqual(['kenyan-protesters -accusation-> uganda']);
  });

  it('a bare plural is the one armed group the article names', () => {
    const r = extractArticles('The M23 seized Bunagana on Monday. Uganda later accused rebels of shelling its border posts.');
    expect(relationTriples(r)).toContain('uganda -accusation-> m23');
  });

  it('a name before "-linked" describes the group, it is not the group', () => {
    const r = extractArticles('Mozambican troops fought Islamist insurgents near Palma on Monday. Analysts say ISIS-linked groups have grown in the region. The insurgents later attacked Tanzania.');
    expect(relationTriples(r)).toContain('islamist-insurgents -force-> tanzania');
    expect(notes(r, 'islamic-state')).toEqual([]);
  });
});

describe('"the two sides"', () => {
  it('a demonym standing for its state is one of the sides', () => {
    const r = extractArticles('The Thai Army said Cambodian troops fired at its posts on Monday. Cambodian officials denied the claim and blamed Thailand. The two sides later exchanged fire.');
    expect(notes(r, 'cambodia')).toContain('"two sides" read as Cambodia and Thailand: the last 2 parties named before it (mediators left out)');
  });

  it('"the two countries" counts states named by demonym', () => {
    const r = extractArticles('Serbian officials met Croatian diplomats in Brussels on Monday. The two countries later criticized Albania.');
    expect(relationTriples(r)).toEqual(expect.arrayContaining(['croatia -accusation-> albania', 'serbia -accusation-> albania']));
  });

  it('a state\'s own organisation stands on that state\'s side', () => {
    const r = extractArticles("The Philippines accused China of aggression on Monday. The People's Liberation Army denied the claim. The two sides later held talks.");
    expect(notes(r, 'philippines')).toContain('"two sides" read as Philippines and China: the last 2 parties named before it (mediators left out)');
  });

  it('the pair named together, not the last two named: "A and B clashed. France urged calm. The two sides agreed"', () => {
    const r = extractArticles('Georgia and Russia clashed on Monday. France urged calm. The two sides agreed to a truce on Tuesday.');
    expect(relationTriples(r)).toContain('georgia -agreement-> russia');
    expect(relationTriples(r)).not.toContain('russia -agreement-> france');
    expect(notes(r, 'georgia')).toContain('"two sides" read as Georgia and Russia: the two parties last named together before it ("A and B")');
  });

  it('"the leaders", "the countries", "the parties" with no count: the pair named together before, with why in the notes', () => {
    const leaders = extractArticles('Peruvian President Dina Boluarte and Chilean President Gabriel Boric met in Lima. The leaders agreed to reopen the border.');
    expect(relationTriples(leaders)).toContain('dina-boluarte -agreement-> gabriel-boric');
    expect(notes(leaders, 'dina-boluarte')).toContain('"The leaders" read as Dina Boluarte and Gabriel Boric: the two persons last named together before it ("A and B")');
    expect(relationTriples(extractArticles('Peru and Chile fought a war in 1879. The countries agreed to reopen the border on Monday.'))).toContain('peru -agreement-> chile');
    expect(relationTriples(extractArticles('Peru and Chile argued over the border. Bolivia urged the parties to return to talks.'))).toEqual(
      expect.arrayContaining(['bolivia -appeal-> chile', 'bolivia -appeal-> peru']),
    );
  });

  it('"the countries" with no pair named together stands for nobody', () => {
    expect(relationTriples(extractArticles('Peru criticized Chile on Sunday. The countries agreed to reopen the border on Monday.'))).not.toContain('peru -agreement-> chile');
  });

  it('two persons are "both sides" only where the state of each is known', () => {
    const r = extractArticles('Sudanese President Omar al-Bashir set a deadline for a final treaty. In May, government negotiator Idris Abdel Gader said both sides would meet it.');
    expect(r.actors.flatMap((a) => a.notes ?? []).filter((n) => n.startsWith('"both sides"'))).toEqual([]);
  });

  it('a president and his own negotiator are never "both sides"', () => {
    const r = extractArticles('Volodymyr Zelensky met reporters in Geneva on Monday. Rustem Umerov said both sides would sign the accord.');
    expect(r.actors.flatMap((a) => a.notes ?? []).filter((n) => n.startsWith('"both sides"'))).toEqual([]);
  });
});
