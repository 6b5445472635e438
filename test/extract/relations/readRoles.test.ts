// Roles read from the dependency tree, on sentences about other actors and conflicts than the seed
// articles. Each sentence runs through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { SourceDocument } from '../../../src/extract/types';

function triples(body: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources())
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target}${e.modality === 'asserted' ? '' : ` [${e.modality}]`}${e.attributedTo ? ` @${e.attributedTo}` : ''}`)
    .sort();
}

describe('verbal frames', () => {
  it('subject and object of a cue verb', () => {
    expect(triples('Pakistan condemned India on Monday.')).toEqual(['pakistan -accusation-> india']);
  });

  it('a passive verb takes its "by" agent as source and its subject as target', () => {
    expect(triples('Armenia was attacked by Azerbaijan on Monday.')).toEqual(['azerbaijan -force-> armenia']);
  });


  it('coordinated subjects give one event each', () => {
    expect(triples('Kenya and Uganda criticized Somalia.')).toEqual(['kenya -accusation-> somalia', 'uganda -accusation-> somalia']);
  });

  it('object control: the one urged to act is the subject of the infinitive', () => {
    expect(triples('Egypt urged Israel to negotiate with Hamas.')).toEqual(['egypt -appeal-> israel', 'israel -negotiation-> hamas [hypothetical]']);
  });

  it('a relative clause takes its antecedent as subject', () => {
    // "mediated" is tagged as an adjective; the tree gives it a subject ("which"), so it is read as a verb.
    expect(triples('Oman, which mediated between Iran and Saudi Arabia, hosted the talks.')).toEqual(['oman -mediation-> iran', 'oman -mediation-> saudi-arabia']);
  });

  it('a gerund with an object of its own is read as a verb: "before meeting X"', () => {
    expect(triples('Kenyan President William Ruto flew to Addis Ababa before meeting Prime Minister Abiy Ahmed.')).toEqual(['william-ruto -communication-> abiy-ahmed']);
  });

  it('a clause opened by "as" whose subject the parser hung on the main verb keeps its subject', () => {
    expect(triples('Fighting resumed as Ethiopia attacked Eritrea on Monday.')).toEqual(['ethiopia -force-> eritrea']);
  });

  it('reported speech two clauses deep is attributed to the speaker', () => {
    expect(triples('Lavrov said the report showed that Ukraine had shelled Russia.')).toEqual(['sergei-lavrov -accusation-> ukraine', 'ukraine -force-> russia [reported] @sergei-lavrov']);
  });
});

describe('nominal frames', () => {
  it('a possessor is the source and "on" the target: "Ethiopia\'s attack on Eritrea"', () => {
    expect(triples("Ethiopia's attack on Eritrea drew protests.")).toEqual(['ethiopia -force-> eritrea']);
  });

  it('coordinated subjects of a light verb with "both" act on each other', () => {
    expect(triples('India and Pakistan both carried out strikes.')).toEqual(['india -force-> pakistan', 'pakistan -force-> india']);
  });

  it('a light verb passes its subject to the event noun: "Egypt held talks with Hamas"', () => {
    expect(triples('Egypt held talks with Hamas in Cairo.')).toContain('egypt -negotiation-> hamas');
  });

  it('"talks between A and B" pair the two parties', () => {
    expect(triples('The talks between Armenia and Azerbaijan resumed in Geneva.')).toEqual(['armenia -negotiation-> azerbaijan']);
  });

  it('the speaker\'s "our target" names the subject of the predicate as threatened', () => {
    expect(triples('Erdogan said, "Russian bases will be our legitimate target."')).toEqual(['recep-tayyip-erdogan -threat-> russia [planned] @recep-tayyip-erdogan']);
  });
});

describe('event nouns whose doer a clause on them names', () => {
  it('a light verb relative clause gives its subject as source and its attachments as target', () => {
    expect(triples('Iran cited threats Russia has made to Ukraine.')).toEqual(['russia -threat-> ukraine']);
  });

  it('a light verb concluding a visit passes its subject to the visit', () => {
    expect(triples("Turkey's foreign minister concluded a two-day visit to Iraq.")).toEqual(['turkiye -communication-> iraq']);
  });
});

describe('arguments shared or implied across clauses', () => {
  it('coordinated verbs share the object of the last one', () => {
    expect(triples("The Security Council condemned and opposed North Korea's nuclear test.")).toEqual([
      'un-security-council -accusation-> north-korea',
      'un-security-council -rejection-> north-korea',
    ]);
  });

  it('"accused each other" makes each subject the target of the other', () => {
    expect(triples('Azerbaijan and Armenia accused each other of new attacks.')).toEqual(['armenia -accusation-> azerbaijan', 'azerbaijan -accusation-> armenia']);
  });

  it('a participle on a statement is said by whoever issues the statement', () => {
    expect(triples('Egypt released a statement condemning Israel.')).toEqual(['egypt -accusation-> israel']);
  });
});

describe('places as targets', () => {
  it('a place after "inside" is not the target when the verb has an object', () => {
    expect(triples('Colombian forces attacked Ecuadorian rebels inside Peru on Saturday.')).toEqual(['colombia -force-> ecuadorian-rebels']);
  });

  it('a place is the target when nothing else is', () => {
    expect(triples('Israel struck targets in Lebanon.')).toEqual(['israel -force-> lebanon']);
  });
});

describe('fighting', () => {
  it('"fighting between A and B" with no subject: one side on the other', () => {
    expect(triples('Heavy fighting between Sudan and Chad continued on Monday.')).toEqual(['sudan -force-> chad']);
  });

  it('"fought" and "battled" are uses of force on their object', () => {
    expect(triples('Ethiopian troops fought Eritrea near the border.')).toEqual(['ethiopia -force-> eritrea']);
  });

  it('a negation on a governing "able to" keeps the event and negates it', () => {
    expect(triples('The Malian army was not able to fight Algeria alone.')).toEqual(['mali -force-> algeria [negated]']);
  });
});
