// Everyday diplomatic verbs of data/relations.json (invite, receive, summon, travel to, thank, recognise,
// rebuke, cut ties, blacklist) and the modality of acts someone is asked or invited to do.
// Each cue is checked on several sentences and on one where it must not make a relation.
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { extractArticles, relationTriples } from '../support/extractText';
import type { ExtractedEvent } from '../../src/extract/types';

const PUBLISHED = '2026-02-04'; // a Wednesday

const events = (body: string): ExtractedEvent[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: ${PUBLISHED}\n---\n${body}` }], defaultResources()).events.filter(
    (e) => e.relation !== 'affiliation',
  );

/** "source -relation-> target cameo modality" for each relation edge, sorted. */
const readings = (body: string): string[] => events(body).map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.cameo} ${e.modality}`).sort();

describe('invitations are planned meetings (CAMEO 036)', () => {
  it('"Egypt invited Iran to talks in Cairo next week." → planned communication, dated next week', () => {
    const [e, ...rest] = events('Egypt invited Iran to talks in Cairo next week.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ source: 'egypt', target: 'iran', relation: 'communication', cameo: '036', modality: 'planned', cue: 'invited' });
    expect(e!.date >= '2026-02-09' && e!.date <= '2026-02-15').toBe(true);
  });

  it.each([
    ['Qatar invited Hamas and Israel to a new round of talks.', ['qatar -communication-> hamas 036 planned', 'qatar -communication-> israel 036 planned']],
    ['Oman has invited Araghchi to Muscat.', ['oman -communication-> abbas-araghchi 036 planned']],
    ['Qatar extended an invitation to Hamas.', ['qatar -communication-> hamas 036 planned']],
    ['Egypt did not invite Iran to the summit.', ['egypt -communication-> iran 036 negated']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it('an invitation between no actors makes no relation', () => {
    expect(readings('The festival invited artists from across the region.')).toEqual([]);
  });
});

describe('receiving, summoning and travelling are communication', () => {
  it.each([
    ['Putin received Araghchi in the Kremlin on Tuesday.', ['vladimir-putin -communication-> abbas-araghchi 043 asserted']],
    ['Erdogan received a Hamas delegation in Ankara.', ['recep-tayyip-erdogan -communication-> hamas 043 asserted']],
    ['Iran summoned the British ambassador on Monday.', ['iran -communication-> united-kingdom 040 asserted']],
    ["Poland summoned Russia's ambassador.", ['poland -communication-> russia 040 asserted']],
    ['China summoned the Japanese envoy over the remarks.', ['china -communication-> japan 040 asserted']],
    ['Araghchi travelled to Moscow on Sunday.', ['abbas-araghchi -communication-> russia 042 asserted']],
    ['Netanyahu will travel to Washington next week.', ['benjamin-netanyahu -communication-> united-states 042 planned']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it('things received, people summoned to court and pilgrims travelling make no relation', () => {
    expect(readings('Ukraine received tanks from Germany.')).toEqual([]);
    expect(readings('Iran received a letter from Trump.')).toEqual([]);
    expect(readings('The court summoned witnesses.')).toEqual([]);
    expect(readings('Thousands of pilgrims travelled to Mecca.')).toEqual([]);
  });
});

describe('praise, recognition, rebukes, broken ties and blacklists', () => {
  it.each([
    ['Zelensky thanked the United States for its support.', ['volodymyr-zelensky -support-> united-states 051 asserted']],
    ['Macron commended Qatar for its mediation.', ['emmanuel-macron -support-> qatar 051 asserted']],
    ['Iran congratulated Venezuela on its election.', ['iran -support-> venezuela 051 asserted']],
    ['Spain recognised Palestine in 2024.', ['spain -support-> palestine 054 asserted']],
    ["Russia does not recognize Ukraine's borders.", ['russia -support-> ukraine 054 negated']],
    ['Biden rebuked Netanyahu over the strikes.', ['joe-biden -accusation-> benjamin-netanyahu 111 asserted']],
    ["The EU decried Russia's annexation.", ['european-union -accusation-> russia 111 asserted']],
    ['Bahrain cut ties with Iran in 2016.', ['bahrain -sanction-> iran 161 asserted']],
    ['Colombia severed diplomatic ties with Israel.', ['colombia -sanction-> israel 161 asserted']],
    ["Washington blacklisted Venezuela's oil company.", ['united-states -sanction-> venezuela 163 asserted']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it('the same verbs with no actor on the other side make no relation', () => {
    expect(readings('The minister thanked the volunteers.')).toEqual([]);
    expect(readings('Ireland recognized the need for talks.')).toEqual([]);
    expect(readings('The company cut ties with its supplier.')).toEqual([]);
  });
});

describe('everyday verbs the ontology already had keep working', () => {
  it.each([
    ['Biden met with Netanyahu on Tuesday.', 'joe-biden -communication-> benjamin-netanyahu 044 asserted'],
    ['Oman hosted Araghchi in Muscat.', 'oman -communication-> abbas-araghchi 043 asserted'],
    ['Russia expelled two British diplomats.', 'russia -sanction-> united-kingdom 160 asserted'],
    ['The EU sanctioned Iran.', 'european-union -sanction-> iran 163 asserted'],
    ['China warned Japan.', 'china -threat-> japan 130 asserted'],
    ['Egypt condemned Israel.', 'egypt -accusation-> israel 111 asserted'],
    ['Macron praised Qatar.', 'emmanuel-macron -support-> qatar 051 asserted'],
    ['The UN called on Israel to allow aid.', 'united-nations -appeal-> israel 020 asserted'],
    ['Germany urged Russia to withdraw.', 'germany -appeal-> russia 020 asserted'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });
});

describe('what someone is asked or invited to do has not happened', () => {
  it.each([
    ['The UN urged Israel to talk with Hamas.', 'israel -communication-> hamas 040 hypothetical'],
    ['Kenya asked Ethiopia to press Eritrea on the border.', 'ethiopia -appeal-> eritrea 020 hypothetical'],
    ['Egypt called on Israel to negotiate with Hamas.', 'israel -negotiation-> hamas 046 hypothetical'],
    ['Jordan appealed to Iran to talk with Saudi Arabia.', 'iran -communication-> saudi-arabia 040 hypothetical'],
    ['Oman invited Iran to meet the United States in Muscat.', 'iran -communication-> united-states 044 planned'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });

  it('the request itself still happened', () => {
    expect(readings('The UN urged Israel to talk with Hamas.')).toContain('united-nations -appeal-> israel 020 asserted');
  });

  it('an act someone was helped to do did happen', () => {
    expect(readings('Iran helped Hezbollah to attack Israel.')).toContain('hezbollah -force-> israel 190 asserted');
  });
});

describe('a second verb after "and" keeps the first verb\'s subject', () => {
  it.each([
    ['Macron met Chancellor Merz in Paris and praised Germany for its support.', 'emmanuel-macron -support-> germany 051 asserted'],
    ['Macron met Chancellor Merz in Paris and later praised Germany for its support.', 'emmanuel-macron -support-> germany 051 asserted'],
    ['Russia condemned NATO and accused the EU of escalation.', 'russia -accusation-> european-union 112 asserted'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });

  it('the object of the first verb is not the subject of the second', () => {
    const parties = events('Erdogan received President Zelensky in Ankara on Tuesday and thanked Qatar for its help.').filter((e) => e.relation === 'support');
    expect(parties.map((e) => `${e.source}>${e.target}`)).toEqual(['recep-tayyip-erdogan>qatar']);
  });

  it('a new subject after "and" is its own: "Iran met Oman and Qatar praised Egypt."', () => {
    expect(readings('Iran met Oman and Qatar praised Egypt.')).toContain('qatar -support-> egypt 051 asserted');
    expect(readings('Iran met Oman and Qatar praised Egypt.')).not.toContain('iran -support-> egypt 051 asserted');
  });
});

describe('data/relations.json', () => {
  it('lists every CAMEO code its cues give among its relation\'s codes', () => {
    const missing = relationsFile.relations.flatMap((r) =>
      [r.cues.verbs, r.cues.nouns, r.cues.phrases].flatMap((cues) =>
        Object.entries(cues as Record<string, string>)
          .filter(([, code]) => !r.cameo.includes(code))
          .map(([cue, code]) => `${r.id}: "${cue}" gives ${code}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('marks as planned only cues the relation has', () => {
    for (const r of relationsFile.relations) {
      const planned = 'planned' in r ? (r.planned as string[]) : [];
      const cues = new Set([r.cues.verbs, r.cues.nouns, r.cues.phrases].flatMap((c) => Object.keys(c as Record<string, string>)));
      expect(planned.filter((p) => !cues.has(p)), r.id).toEqual([]);
    }
  });
});

describe('a trip whose purpose names someone else', () => {
  it('"will travel to Nairobi to brief the African Union": the city is the venue, the briefed party the target', () => {
    const r = relationTriples(extractArticles('Deputy Secretary Wendy Sherman will travel to Nairobi on Monday to brief the African Union.'));
    expect(r).toContain('wendy-sherman -communication-> african-union');
    expect(r).not.toContain('wendy-sherman -communication-> kenya');
  });

  it('a trip with no such purpose still visits its destination', () => {
    expect(relationTriples(extractArticles('Deputy Secretary Wendy Sherman traveled to Nairobi on Monday.'))).toEqual(['wendy-sherman -communication-> kenya']);
  });
});
