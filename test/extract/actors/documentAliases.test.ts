// Two nodes one document made for one actor are merged, with the reason in the kept node's notes
// (src/extract/actors/documentAliases.ts); actors that only look alike stay apart. Sentences about
// other actors and conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { mergeDocumentAliases, type DocumentActors } from '../../../src/extract/actors/documentAliases';
import type { DiscoveredEntry } from '../../../src/extract/actors/discoveryState';
import { defaultResources } from '../../../src/extract/defaultResources';
import type { ExtractedEvent, Mention } from '../../../src/extract/types';
import { actorOf, extractArticles, relationTriples, unscoped } from '../../support/extractText';

const dict = defaultResources().dictionary;

function entry(id: string, label: string, kind: DiscoveredEntry['kind']): DiscoveredEntry {
  return { id, label, kind, aliases: [], demonyms: [], capitals: [], roles: [], affiliations: [], notes: [] };
}

function mention(actorId: string, sentence: number, tokenStart: number, surface: string, form: Mention['form'] = 'discovered'): Mention {
  return { actorId, form, tokenStart, tokenEnd: tokenStart + surface.split(' ').length, sentence, surface };
}

function event(source: string, target: string, start: number): ExtractedEvent {
  const evidence = { text: 'x', start, end: start + 1 };
  return { id: `${source}-${target}-${start}`, source, target, relation: 'accusation', cameo: '111', plover: null, date: '2024-03-15', datePrecision: 'document', doc: 'd', evidence, modality: 'asserted', confidence: 0.8 };
}

describe("a state's own armed forces named after it", () => {
  it('"Uganda\'s Defence Force" and "Ugandan Defence Forces (UPDF)" are Uganda, as its soldiers are', () => {
    const r = extractArticles("Uganda's Defence Force attacked the Lord's Resistance Army on Monday. Ugandan Defence Forces (UPDF) later shelled rebel camps.");
    expect(relationTriples(r)).toEqual(['uganda -force-> lord-s-resistance-army', 'uganda -force-> lord-s-resistance-army']);
    expect(actorOf(r, 'uganda')?.notes?.join(' ')).toContain('the armed forces of Uganda');
  });

  it("the gazetteer's own armed forces stay themselves, and a state's ministry stays its body", () => {
    expect(relationTriples(extractArticles('Israel Defense Forces struck Hamas on Monday.'))).toEqual(['israel-defense-forces -force-> hamas']);
    expect(relationTriples(extractArticles('Ugandan Defence Ministry officials criticized Kenya on Monday.'))).toEqual(['ugandan-defence-ministry -accusation-> kenya']);
  });
});

describe('an organ of an organisation', () => {
  it('an organ named after its organisation\'s acronym is the organisation; a council of two parties is neither\'s', () => {
    const doc: DocumentActors = {
      discovered: [entry('au-mediation-committee', 'AU Mediation Committee', 'organization'), entry('nato-georgia-council', 'NATO-Georgia Council', 'organization')],
      mentions: [mention('au-mediation-committee', 0, 1, 'AU Mediation Committee'), mention('nato-georgia-council', 1, 12, 'NATO-Georgia Council')],
      events: [event('au-mediation-committee', 'ethiopia', 0), event('nato-georgia-council', 'russia', 40)],
    };
    const out = mergeDocumentAliases(doc, dict);
    expect(out.events.map((e) => `${e.source}>${e.target}`)).toEqual(['african-union>ethiopia', 'nato-georgia-council>russia']);
    expect(out.discovered.map((e) => e.id)).toEqual(['nato-georgia-council']);
    expect(out.mentions[0]!.note).toContain('an organ of African Union');
  });

  it('an organ named by the first words of a long name needs the organisation in its sentence and a word besides common ones', () => {
    const organ = entry('southeast-asian-council', 'Association of Southeast Council', 'organization');
    const rights = entry('human-rights-council', 'Human Rights Council', 'organization');
    const together: DocumentActors = {
      discovered: [organ, rights],
      mentions: [mention('southeast-asian-council', 0, 2, 'Association of Southeast Council'), mention('asean', 0, 8, 'ASEAN', 'name'), mention('human-rights-council', 1, 20, 'Human Rights Council'), mention('hrana', 1, 25, 'HRANA', 'name')],
      events: [],
    };
    expect(mergeDocumentAliases(together, dict).discovered.map((e) => e.id)).toEqual(['human-rights-council']);
    const apart: DocumentActors = { ...together, mentions: [mention('southeast-asian-council', 0, 2, 'Association of Southeast Council'), mention('asean', 1, 8, 'ASEAN', 'name')] };
    expect(mergeDocumentAliases(apart, dict).discovered.map((e) => e.id)).toEqual(['southeast-asian-council', 'human-rights-council']);
  });
});

describe('a body described by its owner', () => {
  it('"the U.N. criminal tribunal" is the one named tribunal whose name holds its words', () => {
    const r = extractArticles("The U.N. criminal tribunal indicted Rwanda's former mayor Jean Kambanda. The International Criminal Tribunal for Rwanda accused Rwanda of obstruction on Monday.");
    expect(r.actors.map((a) => a.id)).not.toContain('u-n-criminal-tribunal');
    expect(actorOf(r, 'international-criminal-tribunal-for-rwanda')?.aliases).toContain('U.N. criminal tribunal');
  });

  it('"a Kenyan court" is no International Criminal Court', () => {
    const r = extractArticles('A Kenyan court criticized Somalia. The International Criminal Court accused Kenya of obstruction on Monday.');
    expect(relationTriples(r)).toEqual(['international-criminal-court -accusation-> kenya', 'kenyan-court -accusation-> somalia']);
  });
});

describe('a role-named group whose words the document read as a named actor', () => {
  const doc = (owner: string, ownerLabel: string): DocumentActors => ({
    discovered: [entry(owner, ownerLabel, 'group'), entry('tamil-separatists', 'Tamil separatists', 'group')],
    mentions: [mention(owner, 0, 0, ownerLabel), mention(owner, 1, 9, 'Tamil separatists', 'role'), mention('tamil-separatists', 3, 30, 'Tamil separatists')],
    events: [event('india', 'tamil-separatists', 50)],
  });

  it('is that actor', () => {
    const out = mergeDocumentAliases(doc('liberation-tigers', 'Liberation Tigers of Tamil Eelam'), dict);
    expect(out.events.map((e) => e.target)).toEqual(['liberation-tigers']);
    expect(out.discovered[0]!.notes.join(' ')).toContain('"Tamil separatists" merged with "Liberation Tigers of Tamil Eelam"');
  });

  it('stays itself when those words were read as a group described by a role', () => {
    expect(mergeDocumentAliases(doc('armed-groups', 'Armed groups'), dict).discovered.map((e) => e.id)).toEqual(['armed-groups', 'tamil-separatists']);
  });
});

describe('role-named groups of one kind', () => {
  it('"Pro-democracy protesters" and "Pro-democracy demonstrators" are one group; other qualifiers make other groups', () => {
    const r = extractArticles(
      'Pro-democracy protesters clashed with Burmese police. Pro-democracy demonstrators accused Myanmar of brutality. Pro-government demonstrators attacked the opposition protesters.',
    );
    const ids = r.actors.map((a) => unscoped(a.id));
    expect(ids).toEqual(expect.arrayContaining(['pro-democracy-protesters', 'pro-government-demonstrators', 'opposition-protesters']));
    expect(ids).not.toContain('pro-democracy-demonstrators');
    expect(actorOf(r, 'pro-democracy-protesters')?.notes?.join(' ')).toContain('"Pro-democracy demonstrators" merged with');
  });

  it('"Tuareg rebels" and "Islamist militants" stay two groups', () => {
    const r = extractArticles('Tuareg rebels attacked Mali on Monday. Islamist militants attacked Niger.');
    expect(relationTriples(r)).toEqual(['islamist-militants -force-> niger', 'tuareg-rebels -force-> mali']);
  });
});

describe('persons are not merged by these rules', () => {
  it('two ministers sharing a surname stay two persons', () => {
    const r = extractArticles('Foreign Minister Ahmed Hassan met Defense Minister Omar Hassan in Cairo on Monday. Ahmed Hassan later criticized Israel. Omar Hassan condemned Hamas.');
    expect(relationTriples(r)).toEqual(['ahmed-hassan -accusation-> israel', 'ahmed-hassan -communication-> omar-hassan', 'omar-hassan -accusation-> hamas']);
  });
});

describe("a state's name before another state's known body", () => {
  it('"Sudan People\'s Liberation Army" is a body of its own, found again by its acronym; China\'s stays China\'s', () => {
    const r = extractArticles("The Sudan People's Liberation Army attacked Sudan on Monday. The SPLA accused Khartoum of bombing its positions.");
    expect(r.actors.map((a) => a.id)).not.toContain('peoples-liberation-army');
    expect(relationTriples(r)).toContain('sudan-people-s-liberation-army -accusation-> sudan');
    const china = extractArticles("China's People's Liberation Army held drills near Taiwan on Monday.");
    expect(china.actors.map((a) => a.id)).toContain('peoples-liberation-army');
  });
});

describe("an organisation's name before another organisation's known body", () => {
  it('"ECOWAS Mediation and Security Council" is ECOWAS\'s, not the UN Security Council; the UN\'s own body stays the UN\'s', () => {
    const r = extractArticles('The ECOWAS Mediation and Security Council condemned Guinea on Tuesday.');
    expect(relationTriples(r)).toEqual(['ecowas -accusation-> guinea']);
    expect(r.actors.map((a) => a.id)).not.toContain('un-security-council');
    const un = extractArticles('The U.N. Security Council condemned Guinea on Tuesday.');
    expect(relationTriples(un)).toEqual(['un-security-council -accusation-> guinea']);
  });

  it('reads capitalised words and joiners between the two names ("AU Peace and Security Council")', () => {
    const r = extractArticles('The AU Peace and Security Council condemned Guinea on Friday.');
    expect(r.actors.map((a) => a.id)).not.toContain('un-security-council');
    expect(relationTriples(r)).toEqual(['african-union -accusation-> guinea']);
  });

  it('leaves a coordination alone: "NATO and the Security Council" are two bodies', () => {
    const r = extractArticles('NATO and Security Council members condemned Syria on Friday.');
    expect(r.actors.map((a) => a.id)).toContain('un-security-council');
  });
});

describe('followers and armed nouns', () => {
  it('"Rebels loyal to X" and "X\'s forces" are one group of his followers', () => {
    const r = extractArticles('Rebels loyal to former vice president Riek Machar attacked South Sudan on Monday. Machar\'s forces seized Bor.');
    expect(relationTriples(r)).toEqual(['machar-loyalists -force-> south-sudan']);
    expect(r.actors.map((a) => a.id)).not.toContain('rebels');
  });

  it('"separatists" and "rebels" of one qualifier are one group', () => {
    const r = extractArticles('Baloch separatists attacked Pakistan on Thursday. Baloch rebels accused Islamabad of abuses.');
    expect(relationTriples(r)).toEqual(['baloch-separatists -accusation-> pakistan', 'baloch-separatists -force-> pakistan']);
  });

  it('the separatists of a breakaway state are that state; those of a recognised one are a group', () => {
    const r = extractArticles('Transnistrian separatists accused Moldova of provocations on Monday.');
    expect(relationTriples(r)).toEqual(['transnistria -accusation-> moldova']);
    expect(actorOf(r, 'transnistria')?.notes?.join(' ')).toContain('itself the breakaway state');
    expect(relationTriples(extractArticles('Kashmiri separatists accused India of abuses on Monday.'))).not.toContain('india -accusation-> india');
  });

  it('"<surname> fighters" are the followers of the person the document names so', () => {
    const r = extractArticles('Hekmatyar fighters shelled Kabul on Monday. Fighters loyal to Gulbuddin Hekmatyar attacked Afghan police.');
    expect(r.actors.map((a) => a.id)).not.toContain('hekmatyar-fighters');
    expect(actorOf(r, 'hekmatyar-loyalists')?.notes?.join(' ')).toContain('"Hekmatyar fighters" merged with "Hekmatyar loyalists"');
  });
});

describe('a title with a hyphenated suffix', () => {
  it('"Prime Minister-designate Tammam Salam" is Tammam Salam, and so is the later "Salam"', () => {
    const r = extractArticles('Prime Minister-designate Tammam Salam met Hezbollah leaders in Beirut on Monday. Salam later criticized Syria.');
    const persons = r.actors.filter((a) => a.kind === 'person').map((a) => a.id);
    expect(persons).toEqual(['tammam-salam']);
  });
});

describe('a surname with a joined particle', () => {
  it('"Al-Zawahri\'s fighters" are the followers of the person named in full before, not the one armed group of the article', () => {
    const r = extractArticles("Jihadist commander Abu Yusuf al-Zawahri accused Iraq of massacres on Monday. Al-Zawahri's fighters attacked Mosul. The Mahdi Army later threatened Iraq.");
    const followers = r.actors.find((a) => a.affiliation === 'abu-yusuf-al-zawahri');
    expect(followers?.label.toLowerCase()).toBe('al-zawahri loyalists');
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['abu-yusuf-al-zawahri']);
  });
});
