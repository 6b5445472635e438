// Attribution of reported clauses: "..., officials said.", "..., said X.", "“...,” the minister said.",
// "according to X", "X said ...", and an attribution inside the clause ("Iran, officials said, ...").
// The reported relation is kept, marked 'reported', and attributed to the speaker only when the
// speaker is an actor.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/types';

const PUBLISHED = '2026-02-04'; // a Wednesday

const run = (body: string): ExtractionResult =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: ${PUBLISHED}\n---\n${body}` }], defaultResources());

const relations = (r: ExtractionResult): ExtractedEvent[] => r.events.filter((e) => e.relation !== 'affiliation');

/** "source -relation-> target modality speaker" for each relation edge, sorted. */
function readings(body: string): string[] {
  return relations(run(body))
    .map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.modality} ${e.attributedTo ?? '(no speaker)'}`)
    .sort();
}

describe('a trailing attribution keeps the relation it reports', () => {
  it.each([
    ['Iran accused Egypt of closing the crossing, officials said.', 'iran -accusation-> egypt reported (no speaker)'],
    ['Iran accused Egypt of closing the crossing, its spokesman said.', 'iran -accusation-> egypt reported (no speaker)'],
    ['Russia attacked Ukraine on Tuesday, officials told reporters in Kyiv.', 'russia -force-> ukraine reported (no speaker)'],
    ['Japan criticized China over the drills, the ministry added.', 'japan -accusation-> china reported (no speaker)'],
    ['Russia attacked Ukraine on Tuesday, according to officials.', 'russia -force-> ukraine reported (no speaker)'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });

  it('a speaker who is an actor is who the relation is attributed to (and, speaking for the side attacked, accuses the attacker)', () => {
    const accused = 'volodymyr-zelensky -accusation-> russia asserted (no speaker)';
    expect(readings('Russia attacked Ukraine on Tuesday, Zelensky said.')).toEqual(['russia -force-> ukraine reported volodymyr-zelensky', accused]);
    expect(readings('Russia attacked Ukraine on Tuesday, Zelensky told reporters.')).toEqual(['russia -force-> ukraine reported volodymyr-zelensky', accused]);
    expect(readings("China threatened the Philippines, Japan's foreign ministry said in a statement.")).toEqual(['china -threat-> philippines reported japan']);
    expect(readings('Russia attacked Ukraine on Tuesday, according to Reuters.')).toEqual(['russia -force-> ukraine reported reuters']);
  });

  it('the inverted order "..., said X" names X, and "said officials" nobody', () => {
    expect(readings('Israel struck Hezbollah positions overnight, said Netanyahu.')).toEqual(['israel -force-> hezbollah reported benjamin-netanyahu']);
    expect(readings('Israel struck Hezbollah positions overnight, said two officials.')).toEqual(['israel -force-> hezbollah reported (no speaker)']);
  });

  it('a closing quote before the attribution: "“...,” the minister said."', () => {
    expect(readings('"Russia attacked Ukraine again," the minister said.')).toEqual(['russia -force-> ukraine reported (no speaker)']);
    expect(readings('"Turkey will mediate between Russia and Ukraine," Erdogan said.')).toEqual([
      'turkiye -mediation-> russia planned recep-tayyip-erdogan',
      'turkiye -mediation-> ukraine planned recep-tayyip-erdogan',
    ]);
  });

  it('a quote that goes on after its attribution is still the speaker\'s', () => {
    expect(readings('"Russia attacked Ukraine," Zelensky said, "and Belarus helped Russia."')).toEqual([
      'belarus -aid-> russia reported volodymyr-zelensky',
      'russia -force-> ukraine reported volodymyr-zelensky',
      'volodymyr-zelensky -accusation-> russia asserted (no speaker)',
    ]);
    // "must" makes what is asked of Israel hypothetical.
    expect(readings('"We are ready," the minister said on Monday, "but Israel must stop attacking Lebanon."')).toEqual(['israel -force-> lebanon hypothetical (no speaker)']);
    expect(readings('Russia attacked Ukraine, Zelensky said, adding that Belarus helped Russia.')).toEqual([
      'belarus -aid-> russia reported volodymyr-zelensky',
      'russia -force-> ukraine reported volodymyr-zelensky',
      'volodymyr-zelensky -accusation-> russia asserted (no speaker)',
    ]);
  });

  it('after an attribution with no quote, the sentence goes on unreported', () => {
    expect(readings('"Russia attacked Ukraine," Zelensky said, and Belarus later helped Russia.')).toContain('belarus -aid-> russia asserted (no speaker)');
  });

  it('a date in the attribution is the report\'s, not the event\'s', () => {
    const [e] = relations(run('Russia attacked Ukraine on Tuesday, Zelensky said on Wednesday.'));
    expect(e).toMatchObject({ source: 'russia', target: 'ukraine', date: '2026-02-03', datePrecision: 'day', modality: 'reported' });
  });

  it('the user-reported sentence: a discovered assembly accuses Egypt, dated in its clause', () => {
    const r = run('The Quillan Assembly accused Egypt on Wednesday of closing the Rafah crossing to aid trucks, its spokesman said.');
    const events = relations(r);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ relation: 'accusation', target: 'egypt', modality: 'reported', date: '2026-02-04', datePrecision: 'day' });
    expect(r.actors.find((a) => a.id === events[0]!.source)?.label).toBe('Quillan Assembly');
    expect(events[0]!.attributedTo).toBeUndefined();
  });

  it('evidence is still the whole sentence, attribution included', () => {
    const s = 'Iran accused Egypt of closing the crossing, officials said.';
    const [e] = relations(run(s));
    expect(e!.evidence).toEqual({ text: s, start: 0, end: s.length });
  });
});

describe('an attribution set off inside the reported clause', () => {
  it.each([
    ['Russia, officials said, attacked Ukraine on Tuesday.', 'russia -force-> ukraine reported (no speaker)'],
    ['Iran, the ministry said on Sunday, had accused Egypt of closing the crossing.', 'iran -accusation-> egypt reported (no speaker)'],
    ['Hamas, Erdogan said, attacked Israel.', 'hamas -force-> israel reported recep-tayyip-erdogan'],
    ['Russia, according to officials, attacked Ukraine on Tuesday.', 'russia -force-> ukraine reported (no speaker)'],
    ['Hamas, according to Erdogan, attacked Israel.', 'hamas -force-> israel reported recep-tayyip-erdogan'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });
});

describe('an "according to" between a fronted date and the clause', () => {
  it('keeps both the attribution and the date: "On Tuesday, according to Reuters, Russia attacked Ukraine."', () => {
    const [e, ...rest] = relations(run('On Tuesday, according to Reuters, Russia attacked Ukraine.'));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ source: 'russia', target: 'ukraine', modality: 'reported', attributedTo: 'reuters', date: '2026-02-03' });
  });
});

describe('an attribution after a fronted phrase', () => {
  it.each([
    ['On Tuesday, officials said, Russia attacked Ukraine.', 'russia -force-> ukraine reported (no speaker)'],
    ['On Tuesday, Erdogan said, Russia attacked Ukraine.', 'russia -force-> ukraine reported recep-tayyip-erdogan'],
    ['In Kyiv, officials said, Russian troops attacked Ukraine.', 'russia -force-> ukraine reported (no speaker)'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });

  it('the fronted date dates the reported act', () => {
    expect(relations(run('On Tuesday, officials said, Russia attacked Ukraine.'))[0]).toMatchObject({ date: '2026-02-03', datePrecision: 'day' });
  });

  it('the speaker is never the subject of the reported clause: "On Tuesday, Zelensky said, troops attacked Ukraine."', () => {
    expect(readings('On Tuesday, Zelensky said, troops attacked Ukraine.')).toEqual([]);
  });
});

describe('leading attributions keep working', () => {
  it.each([
    ['Erdogan said Russia attacked Ukraine on Tuesday.', 'russia -force-> ukraine reported recep-tayyip-erdogan'],
    ['Erdogan said on Wednesday that Russia attacked Ukraine on Tuesday.', 'russia -force-> ukraine reported recep-tayyip-erdogan'],
    ['According to officials, Russia attacked Ukraine on Tuesday.', 'russia -force-> ukraine reported (no speaker)'],
    ['Officials said that Iran accused Egypt of closing the crossing.', 'iran -accusation-> egypt reported (no speaker)'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });
});

describe('"confirmed to X that ...": a listener before "that" does not hide the speech', () => {
  it.each([
    ['Araghchi confirmed to reporters that Iran had spoken to Oman.', 'iran -communication-> oman reported abbas-araghchi'],
    ['Zelensky said to journalists that Russia attacked Ukraine on Tuesday.', 'russia -force-> ukraine reported volodymyr-zelensky'],
    ['Erdogan explained to parliament that Turkey would mediate between Russia and Ukraine.', 'turkiye -mediation-> russia planned recep-tayyip-erdogan'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });

  it('"wrote to X" with no "that" is still writing to X', () => {
    expect(readings('Iran wrote to Ukraine on Monday.')).toEqual(['iran -communication-> ukraine asserted (no speaker)']);
  });
});

describe('what an attribution must not do', () => {
  it('an actor inside the reported clause is never its speaker', () => {
    for (const e of relations(run('Iran accused Egypt of closing the crossing, officials said.'))) expect(e.attributedTo).toBeUndefined();
    for (const e of relations(run('Russia attacked Ukraine on Tuesday, the ministry added.'))) expect(e.attributedTo).toBeUndefined();
  });

  it('a fronted phrase with no verb is not reported speech: "On Sunday, Iran said it had spoken to Egypt."', () => {
    expect(readings('On Sunday, Iran said it had spoken to Egypt.')).toEqual(['iran -communication-> egypt reported iran']);
  });

  it('a relation with no attribution stays asserted', () => {
    expect(readings('Iran accused Egypt of closing the crossing, a move that angered Cairo.')).toEqual(['iran -accusation-> egypt asserted (no speaker)']);
  });

  it('"..., Hamas responded with rockets" is Hamas acting, neither a speaker nor the target of the strike', () => {
    expect(readings('Israel struck Gaza on Monday, Hamas responded with rockets.')).toEqual([]);
    expect(readings('Russia attacked Ukraine on Monday, Kyiv replied with drones.')).toEqual(['russia -force-> ukraine asserted (no speaker)']);
    expect(readings('Israel struck Lebanon on Monday, Hezbollah fired rockets at Israel.')).not.toContain('israel -force-> hezbollah asserted (no speaker)');
  });

  it('a verb the tagger reads as an adjective still makes a clause for the attribution; every coordinated mediator mediates', () => {
    expect(readings('Egypt and the United States mediated between Israel and Hamas, officials said.')).toEqual([
      'egypt -mediation-> hamas reported (no speaker)',
      'egypt -mediation-> israel reported (no speaker)',
      'united-states -mediation-> hamas reported (no speaker)',
      'united-states -mediation-> israel reported (no speaker)',
    ]);
    expect(readings('Qatar and Egypt mediated between Israel and Hamas.')).toHaveLength(4);
    expect(readings('Turkey mediated between Russia and Ukraine.')).toEqual(['turkiye -mediation-> russia asserted (no speaker)', 'turkiye -mediation-> ukraine asserted (no speaker)']);
  });

  it('the speaker of an attribution is never made a party to the relation', () => {
    const parties = relations(run('Israel will strike Hamas, Netanyahu said.')).flatMap((e) => [e.source, e.target]);
    expect(parties).not.toContain('benjamin-netanyahu');
  });
});

describe('the charge of an accusation is what the accuser says happened', () => {
  it('"accused X of backing Y": the backing is reported by the accuser, the accusation asserted', () => {
    expect(readings('Chad accused Sudan of backing Boko Haram.')).toEqual(['chad -accusation-> sudan asserted (no speaker)', 'sudan -support-> boko-haram reported chad']);
  });

  it('a passive accusation with its accuser after "by" reads the same', () => {
    expect(readings('Sudan is accused by Chad of backing Boko Haram.')).toContain('sudan -support-> boko-haram reported chad');
  });
});
