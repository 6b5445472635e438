// Rank abbreviations, middle initials and titles standing for a person: readouts and military news
// name people this way. Sentences about other actors.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/tokenize';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('rank abbreviations', () => {
  it('"Adm." and "Maj. Gen." are one word with their stop and end no sentence before a name', () => {
    const { tokens, sentences } = tokenize('Adm. Chris Grady met Maj. Gen. Ibrahim Ali in Juba. He left.');
    expect(sentences).toHaveLength(2);
    expect(tokens.slice(0, 2).map((t) => t.text)).toEqual(['Adm.', 'Chris']);
  });

  it('after a determiner the abbreviation may end the sentence', () => {
    expect(tokenize('He retired as a Maj. His son enlisted.').sentences).toHaveLength(2);
  });

  it('a rank in front of a name is a title, not part of the name', () => {
    const r = extractArticles('Nairobi, May 2.\nThe army said Lt. Gen. Abdel Rahman Idris met Chadian President Mahamat Deby.');
    expect(actorOf(r, 'abdel-rahman-idris')?.kind).toBe('person');
    expect(r.actors.some((a) => a.label.startsWith('Lt.'))).toBe(false);
  });
});

describe('middle initials', () => {
  it('"John F. Tefft" in one article and "John Tefft" in another are one person', () => {
    const r = extractArticles('Ambassador John F. Tefft met Georgian President Eduard Shevardnadze.', 'Ambassador John Tefft criticized Russia.');
    expect(r.actors.filter((a) => a.label.includes('Tefft')).map((a) => a.id)).toEqual(['john-tefft']);
  });

  it('a name known by its initials keeps them', () => {
    const r = extractArticles('President F. W. de Klerk met Nelson Mandela.');
    expect(actorOf(r, 'f-w-de-klerk')).toBeDefined();
  });
});

describe('a title alone stands for the person who holds it', () => {
  const body =
    'Geneva, March 3.\nUnder Secretary of State Lisa Ortega met Chinese Vice Foreign Minister Wang Lei in Geneva. ' +
    'The Under Secretary and Vice Foreign Minister discussed trade. The Under Secretary criticized Beijing.';

  it('"The Under Secretary" is no person of its own', () => {
    const r = extractArticles(body);
    expect(r.actors.map((a) => a.label)).not.toContain('Under Secretary');
  });

  it('coordinated titles after one determiner are the two people, each by the words of the title', () => {
    const r = extractArticles(body);
    expect(relationTriples(r)).toEqual(expect.arrayContaining(['lisa-ortega -accusation-> china']));
    expect(r.events.filter((e) => e.evidence.text.startsWith('The Under Secretary and')).map((e) => `${e.source} ${e.target}`)).toEqual(['lisa-ortega wang-lei']);
  });
});

describe('names with letters beyond Latin-1', () => {
  it('"Vučić", "Erdoğan", "Nguyễn Phú Trọng" stay whole names, spelled as written', () => {
    const r = extractArticles('Ankara, Feb 4.\nTurkish President Recep Tayyip Erdoğan met Serbian President Aleksandar Vučić. Vietnamese leader Nguyễn Phú Trọng criticized China.');
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.label).sort()).toEqual(['Aleksandar Vučić', 'Nguyễn Phú Trọng', 'Recep Tayyip Erdoğan']);
  });

  it('a capital written with or without its accents is its state', () => {
    const r = extractArticles('Bucharest, Feb 4.\nRomania expressed solidarity with Chișinău. Ukraine expressed solidarity with Chisinau.');
    expect(relationTriples(r)).toEqual(['romania -support-> moldova', 'ukraine -support-> moldova']);
  });
});

describe('a title set off by a comma before the name', () => {
  it('"A senior Nigerian official, Musa Bello, said ..." gives the role "official", so "the official" later is him', () => {
    const r = extractArticles('A senior Nigerian official, Musa Bello, said Boko Haram fighters had attacked Maiduguri. The official also accused Boko Haram of kidnapping students.');
    const bello = actorOf(r, 'musa-bello');
    expect(bello?.notes?.join(' ')).toContain('"official"');
    expect(bello?.notes?.join(' ')).not.toContain('official ,');
    expect(relationTriples(r)).toContain('musa-bello -accusation-> boko-haram');
  });
});

describe('a department word inside a title', () => {
  it('"Deputy Treasury Secretary X" is X: the department word belongs to the title', () => {
    const r = extractArticles('"We will act," Deputy Treasury Secretary Nadia Okafor said. Britain criticized Iran on Monday.');
    expect(r.actors.map((a) => a.id)).toContain('nadia-okafor');
    expect(r.actors.map((a) => a.id).filter((id) => id.includes('treasury'))).toEqual([]);
  });

  it('"Commerce Minister X" is X', () => {
    const r = extractArticles('"We will act," Commerce Minister Arjun Mehta said. Britain criticized Iran on Monday.');
    expect(actorOf(r, 'arjun-mehta')?.kind).toBe('person');
  });

  it('the name after the title still takes its relations', () => {
    const r = extractArticles('Commerce Minister Arjun Mehta criticized Iran on Monday.');
    expect(relationTriples(r)).toContain('arjun-mehta -accusation-> iran');
  });
});

describe('chiefs of staff named in apposition to their title', () => {
  it('"chief of defence staff, X," names X as a person', () => {
    const r = extractArticles('Ghana\'s chief of defence staff, Kofi Mensah Boateng, criticized Togo on Monday.');
    expect(actorOf(r, 'kofi-mensah-boateng')).toMatchObject({ kind: 'person' });
    expect(relationTriples(r)).toContain('kofi-mensah-boateng -accusation-> togo');
  });
});
