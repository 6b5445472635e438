// Actors the dictionary lacks, spelling variants, coreference through roles and "his country",
// and reports that accuse: sentences about actors and conflicts outside the seed corpus.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../support/extractText';
import { nameSkeleton } from '../../src/extract/nameSkeleton';

const run = extractArticles;
const triples = relationTriples;
const actor = actorOf;

describe('discovering actors the dictionary lacks', () => {
  it('a person after a title, with the state in front as affiliation', () => {
    const r = run('Kenyan Foreign Minister Musalia Mudavadi met Somali President Hassan Sheikh Mohamud on Tuesday.');
    expect(triples(r)).toEqual(['musalia-mudavadi -communication-> hassan-sheikh-mohamud']);
    expect(actor(r, 'musalia-mudavadi')).toMatchObject({ kind: 'person', affiliation: 'kenya' });
    expect(actor(r, 'hassan-sheikh-mohamud')).toMatchObject({ kind: 'person', affiliation: 'somalia' });
    expect(r.events.filter((e) => e.relation === 'affiliation').map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      'hassan-sheikh-mohamud>somalia',
      'musalia-mudavadi>kenya',
    ]);
  });

  it('a later surname-only mention is the same person', () => {
    const r = run('Defence Minister Yoav Gallant spoke on Monday. Gallant warned Lebanon.');
    expect(triples(r)).toEqual(['yoav-gallant -threat-> lebanon']);
  });

  it('an organisation defined with its acronym, then named by the acronym alone', () => {
    const r = run('The Armed Conflict Location and Event Data Project (ACLED) recorded the clashes. ACLED accused Ethiopia of shelling.');
    const id = 'armed-conflict-location-and-event-data-project';
    expect(actor(r, id)).toMatchObject({ kind: 'organization' });
    expect(actor(r, id)!.aliases).toContain('ACLED');
    expect(triples(r)).toEqual([`${id} -accusation-> ethiopia`]);
  });

  it('a group noun names the kind: "the militant group Tahrir al-Sham", "the news agency Bernama"', () => {
    const r = run('The militant group Jabhat Tahrir attacked Syria. The news agency Bernama reported the attack.');
    expect(actor(r, 'jabhat-tahrir')).toMatchObject({ kind: 'group' });
    expect(actor(r, 'bernama')).toMatchObject({ kind: 'media' });
    expect(triples(r)).toEqual(['jabhat-tahrir -force-> syria']);
  });

  it('an apposition describes a person: "Jane Doe, a researcher at ..., said"', () => {
    const r = run('Jane Doe, a former Canadian diplomat, said the talks could fail.');
    expect(actor(r, 'jane-doe')).toMatchObject({ kind: 'person', description: 'a former Canadian diplomat' });
    // A former office is not a current affiliation.
    expect(actor(r, 'jane-doe')!.affiliation).toBeUndefined();
  });

  it('capitalised words that name nobody are not actors', () => {
    const r = run('However, Monday Night Football and the Big Mac Index were discussed. Nobody Knows what happened.');
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('spelling variants and merging', () => {
  it('transliteration folding gives one skeleton to Araqchi / Araghchi / Aragci, Baghaei / Baqaei, Qalibaf / Ghalibaf', () => {
    expect(new Set(['Araqchi', 'Araghchi', 'Aragci'].map(nameSkeleton)).size).toBe(1);
    expect(nameSkeleton('Baghaei')).toBe(nameSkeleton('Baqaei'));
    expect(nameSkeleton('Qalibaf')).toBe(nameSkeleton('Ghalibaf'));
    expect(nameSkeleton('Witkoff')).not.toBe(nameSkeleton('Whitaker'));
  });

  it('an unseen spelling of a known person becomes that person, with the reason recorded', () => {
    const r = run('Foreign Minister Abbas Araghchy met Marco Rubio on Tuesday.');
    expect(triples(r)).toEqual(['abbas-araghchi -communication-> marco-rubio']);
    const notes = actor(r, 'abbas-araghchi')!.notes ?? [];
    expect(notes.join(' ')).toMatch(/Araghchy.*spelling variant/);
  });

  it('two people who share a surname stay two actors', () => {
    const r = run('President Joe Rubio met Prime Minister Anna Rubio on Monday. Senator Marco Rubio spoke.');
    const people = r.actors.filter((a) => a.kind === 'person').map((a) => a.id).sort();
    expect(people).toEqual(['anna-rubio', 'joe-rubio', 'marco-rubio']);
  });

  it('the same discovered person spelled differently in two documents is one node', () => {
    const r = run('Commander Yevgeny Prigozhin attacked Ukraine on Monday.', 'Commander Yevgeniy Prigojin threatened Ukraine on Tuesday.');
    const people = r.actors.filter((a) => a.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.notes!.join(' ')).toMatch(/merged/);
    expect(triples(r)).toEqual(['yevgeny-prigozhin -force-> ukraine', 'yevgeny-prigozhin -threat-> ukraine']);
  });
});

describe('coreference', () => {
  it('"his country" is the speaker\'s state', () => {
    const r = run('Netanyahu said his country would strike Hamas.');
    expect(triples(r)).toEqual(['israel -force-> hamas']);
    expect(r.events[0]).toMatchObject({ attributedTo: 'benjamin-netanyahu', modality: 'planned' });
  });

  it('role nouns resolve to the one known actor with that role and state: "the Israeli prime minister"', () => {
    const r = run('Netanyahu spoke on Monday. Later the Israeli prime minister warned Hamas.');
    expect(triples(r)).toEqual(['benjamin-netanyahu -threat-> hamas']);
  });
});

describe('reports that accuse', () => {
  it('"according to" a rights group: the event is attributed, and the group accuses the doer', () => {
    const r = run('According to Amnesty International, Russia attacked Ukraine on Monday.');
    expect(triples(r)).toEqual(['amnesty-international -accusation-> russia', 'russia -force-> ukraine']);
    const force = r.events.find((e) => e.relation === 'force')!;
    expect(force).toMatchObject({ attributedTo: 'amnesty-international', modality: 'reported' });
  });

  it('a news outlet reporting an attack does not accuse anyone', () => {
    const r = run('Reuters reported that Russia attacked Ukraine.');
    expect(triples(r)).toEqual(['russia -force-> ukraine']);
  });
});

describe('wire-copy conventions', () => {
  it('a dateline names a place and an outlet, not actors', () => {
    const r = run('CAIRO, March 3 (Northline) - Egyptian officials met Israeli negotiators on Monday.');
    expect(triples(r)).toEqual(['egypt -communication-> israel']);
    expect(r.actors.map((a) => a.id).sort()).toEqual(['egypt', 'israel']);
  });

  it('a dateline with the outlet in brackets, or a bare dash, names no actor and no affiliation', () => {
    const r = run('BEIRUT (VOA) — Israeli warplanes struck Hezbollah positions on Monday.');
    expect(r.events.map((e) => `${e.source} -${e.relation}-> ${e.target}`)).toEqual(['israel -force-> hezbollah']);
    expect(triples(run('ANKARA — Turkish troops shelled PKK positions on Monday.'))).toEqual(['turkiye -force-> pkk']);
  });

  it('a name in capitals opening a later sentence before a dash is no dateline', () => {
    const r = run('Turkey spoke on Monday. Ankara said more. Ankara said more again. NATO — the alliance — criticized Russia on Tuesday.');
    expect(triples(r)).toContain('nato -accusation-> russia');
  });

  it('an organisation named after its state is one actor that belongs to the state', () => {
    const r = run('The China Coast Guard fired water cannon at a Philippine vessel on Tuesday. Philippine Navy spokesman Roy Trinidad condemned the attack.');
    expect(actor(r, 'china-coast-guard')).toMatchObject({ kind: 'organization', affiliation: 'china' });
    expect(triples(r)).toContain('china-coast-guard -force-> philippines');
    // Inside a title phrase the service is part of the title; the person belongs to the state.
    expect(actor(r, 'roy-trinidad')).toMatchObject({ kind: 'person', affiliation: 'philippines' });
  });

  it('a comma clause that merely follows a name is not a description of a person', () => {
    const r = run('Nairobi, 3 March - Kenya and Somalia agreed to talks. Mudavadi, meeting reporters, said nothing.');
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});
