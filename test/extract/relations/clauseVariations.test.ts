// The clause-variation battery (issue 17): each act of clauseBattery.ts told plainly and with time and
// place adjuncts, appositions, relative clauses, coordination, reported speech, auxiliaries, modals
// and passives, for subjects and objects of every kind. Every sentence runs through the whole
// pipeline with the committed syntax model, published on Friday 2014-12-19. A variation the
// extractor still misreads is listed in KNOWN_GAPS with the cause, and runs as `it.fails`.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { ExtractedEvent, SourceDocument } from '../../../src/extract/types';
import { SCENARIOS, variations, type Variation } from './clauseBattery';

const PUBLISHED = '2014-12-19';

function events(body: string): ExtractedEvent[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: PUBLISHED, publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.filter((e) => e.relation !== 'affiliation');
}

/** "source -relation-> target [modality] @speaker" (modality when not asserted, speaker when attributed), sorted. */
const readingsOf = (list: ExtractedEvent[]): string[] =>
  list.map((e) => `${e.source} -${e.relation}-> ${e.target}${e.modality === 'asserted' ? '' : ` [${e.modality}]`}${e.attributedTo ? ` @${e.attributedTo}` : ''}`).sort();

const readings = (body: string): string[] => readingsOf(events(body));

// The tagger reads "free" after a modal or "to" as an adjective, so the tree has no verb there and
// the name after it no argument position: the name is never found as an actor.
const FREE_AS_ADJECTIVE = 'the tagger reads "free" after an auxiliary as an adjective: no verb cue, and the name after it is found as no actor';
// "plan" after a plural subject is read as a noun heading the sentence ("rebels plan"): the group, its
// subject, is found (groupActors.ts reads a subject as no modifier), but "free" then has no tree to read.
const PLAN_AS_NOUN = '"plan" after a plural group is parsed as a noun heading the sentence, and "free" after "to" as an adjective: no verb reads the group as its subject';

const FREED_AS_NOUN =
  'the parser reads "freed" as a noun under "said", so the tree gives it no object, and "free" may only target the object the tree names (targetRules in data/relations.json): no positional guess';

// Person pronouns are read in src/extract/actors/coreference.ts, not with the states' and groups' (actorPronouns.ts).
const UNDISCOVERED_ANTECEDENT =
  'a two-word name that is no argument of a relation verb ("Omar Haddad is facing an election") is not discovered as a person, so "He"/"him" after it has no antecedent';

/** Sentences the extractor still misreads, with why (the cause lies outside the role reading unless said). */
const KNOWN_GAPS: Record<string, string> = {
  'Cuba will free Alan Gross.': FREE_AS_ADJECTIVE,
  'Cuba plans to free Alan Gross.': FREE_AS_ADJECTIVE,
  'Cuba could free Alan Gross.': FREE_AS_ADJECTIVE,
  'Cuba did not free Alan Gross.': FREE_AS_ADJECTIVE,
  'Cuba may free Alan Gross.': FREE_AS_ADJECTIVE,
  'If Kenya agreed, Cuba would free Alan Gross.': FREE_AS_ADJECTIVE,
  'Sudanese rebels may free Omar Haddad.': FREE_AS_ADJECTIVE,
  'If Kenya agreed, Sudanese rebels would free Omar Haddad.': FREE_AS_ADJECTIVE,
  'Sudanese rebels will free Omar Haddad.': FREE_AS_ADJECTIVE,
  'Sudanese rebels could free Omar Haddad.': FREE_AS_ADJECTIVE,
  'Sudanese rebels did not free Omar Haddad.': FREE_AS_ADJECTIVE,
  'Sudanese rebels plan to free Omar Haddad.': PLAN_AS_NOUN,
  'Cuba freed Alan Gross, Kenya said.': FREED_AS_NOUN,
  'Sudanese rebels freed Omar Haddad, Kenya said.': FREED_AS_NOUN,
  'Cuba freed Alan Gross in 2009.':
    'the parser hangs "Alan" on "Cuba" and "Gross in 2009" on the verb as a place-like oblique: no argument position names the person, who is not found as an actor',
  'Sudanese rebels, who freed Omar Haddad, are facing an election.':
    'the parser reads "freed Omar Haddad" as a participle modifying "who": the relative clause has no subject, and the name none of its arguments',
  'Luis Ortega plans to accuse President Nicolas Maduro of abuses.':
    'the subject of "plans" is no subject of a relation verb, so the two-word name is not found as an actor (control through "plans to" is not followed in discovery)',
  'Omar Haddad is facing an election. Ethiopia arrested him.': UNDISCOVERED_ANTECEDENT,
  'Luis Ortega is facing an election. Venezuela arrested him.': UNDISCOVERED_ANTECEDENT,
  'Alan Gross is facing an election. Cuba freed him.': UNDISCOVERED_ANTECEDENT,
  'Omar Haddad is facing an election. Sudanese rebels freed him.': UNDISCOVERED_ANTECEDENT,
  'Luis Ortega is facing an election. He accused President Nicolas Maduro of abuses.': UNDISCOVERED_ANTECEDENT,
  'Omar Haddad is facing an election. Prime Minister Shehbaz Sharif praised him.': UNDISCOVERED_ANTECEDENT,
};

function check(v: Variation, relation: string): void {
  const list = events(v.text);
  expect(readingsOf(list)).toEqual(v.readings);
  if (!v.date) return;
  const e = list.find((x) => x.relation === relation)!;
  expect(e.datePrecision).toBe(v.date.precision);
  expect(e.date >= v.date.from).toBe(true);
  expect((e.dateEnd ?? e.date) <= `${v.date.to}~`).toBe(true);
}

for (const sc of SCENARIOS) {
  describe(`${sc.act.relation}: ${sc.source.kind} "${sc.source.name}" → ${sc.target.kind} "${sc.target.name}"`, () => {
    for (const v of variations(sc)) {
      const gap = KNOWN_GAPS[v.text];
      (gap ? it.fails : it)(`${v.name}: "${v.text}"${gap ? ` (known gap: ${gap})` : ''}`, () => check(v, sc.act.relation));
    }
  });
}

describe('a person named earlier by a full name, then by the surname alone', () => {
  it('"Cuba freed Gross" after "Alan Gross" was named: the surname is the person', () => {
    expect(readings('Alan Gross, an American contractor, was jailed in 2009. Cuba freed Gross on Wednesday.')).toEqual(['cuba -retreat-> alan-gross']);
    expect(readings('Cuba arrested Alan Gross in 2009. Cuba freed Gross on Wednesday.')).toEqual(['cuba -coercion-> alan-gross', 'cuba -retreat-> alan-gross']);
  });

  it('"Ethiopia arrested Haddad" after "Omar Haddad" was named', () => {
    expect(readings('Omar Haddad, an opposition leader, was jailed in 2009. Ethiopia arrested Haddad last week.')).toEqual(['ethiopia -coercion-> omar-haddad']);
  });

  it('"Alan Gross, a US government contractor," introduces a person', () => {
    expect(readings('Alan Gross, a US government contractor, was jailed in 2009. Cuba freed Gross on Wednesday.')).toEqual(['cuba -retreat-> alan-gross']);
  });

  // Nobody introduced the full name: a person named by worked/lives/leads is not found, so neither is the surname.
  it.fails('"Alan Gross worked in Havana" introduces the person the surname names later', () => {
    expect(readings('Alan Gross worked in Havana for five years. Cuba freed Gross on Wednesday.')).toEqual(['cuba -retreat-> alan-gross']);
  });

  // A surname never introduced names nobody the extractor can know.
  it('a bare surname never introduced makes no relation', () => {
    expect(readings('Ethiopia arrested Haddad.')).toEqual([]);
  });
});

describe('describing the object before its name', () => {
  it.each([
    ['Cuba freed the American contractor Alan Gross.', ['cuba -retreat-> alan-gross']],
    ['Cuba jailed the American contractor Alan Gross in Havana in 2009.', ['cuba -coercion-> alan-gross']],
    ['Ethiopia arrested the opposition leader Omar Haddad on Wednesday.', ['ethiopia -coercion-> omar-haddad']],
    ['Venezuela detained the journalist Luis Ortega.', ['venezuela -coercion-> luis-ortega']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it.fails('"Japan released the Chinese captain.": an unnamed captain is no actor, and his demonym is not read as his state', () => {
    expect(readings('Japan released the Chinese captain.')).toEqual(['japan -retreat-> china']);
  });
});

describe('coordinated verbs and a relative clause stating the act', () => {
  it('"condemned and sanctioned" share their object', () => {
    expect(readings('The African Union condemned and sanctioned Eritrea.')).toEqual(['african-union -accusation-> eritrea', 'african-union -sanction-> eritrea']);
  });

  it('a relative clause on a state gives the state as source, dated by its own adjunct', () => {
    const list = events('Chad, which attacked Sudanese rebels last year, said it wanted peace.');
    expect(readingsOf(list)).toEqual(['chad -force-> sudanese-rebels']);
    expect(list[0]).toMatchObject({ date: '2013', datePrecision: 'year' });
  });

  it('the passive agent of a participle is the source: "Omar Haddad, arrested by Ethiopia in 2009,"', () => {
    expect(readings('Omar Haddad, arrested by Ethiopia in 2009, spoke to reporters.')).toEqual(['ethiopia -coercion-> omar-haddad']);
  });
});

describe('forces, their targets and the acts they are named by', () => {
  it.each([
    // A demonym the mention finder keeps out ("Indian posts") still names the state owning forces, goods or posts.
    ['Pakistani troops fired on Indian posts on Monday, India said.', ['india -accusation-> pakistan', 'pakistan -force-> india [reported] @india']],
    ['Kenyan and Ugandan troops killed twelve Somali militants on Monday.', ['kenya -force-> somali-militants', 'uganda -force-> somali-militants']],
    ['Helicopters from the African Union fired on Sudanese rebels near Goma on Monday.', ['african-union -force-> sudanese-rebels']],
    // The doer of an event named after "by" is whom a reaction to it targets.
    ['Kenya condemned the attack by Somali militants.', ['kenya -accusation-> somali-militants']],
    ['Ethiopia praised the decision by the African Union.', ['ethiopia -support-> african-union']],
    ['Ethiopia and Eritrea exchanged fire on Monday.', ['eritrea -force-> ethiopia', 'ethiopia -force-> eritrea']],
    ['Sudan expelled the Chadian ambassador on Friday.', ['sudan -sanction-> chad']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it('a party outside the fighting the cue names between two sides is not its source', () => {
    const read = readings('Kenya closed its border with Somalia because of fighting between Ethiopians and Eritreans.');
    expect(read.filter((r) => r.startsWith('kenya'))).toEqual([]);
  });

  // "its" is the state that speaks, not the plural troops (src/extract/actors/actorPronouns.ts).
  it('"Eritrea says Ethiopian troops shelled its border posts": "its" is Eritrea', () => {
    expect(readings('Eritrea says Ethiopian troops shelled its border posts on Thursday.')).toEqual(['eritrea -accusation-> ethiopia', 'ethiopia -force-> eritrea [reported] @eritrea']);
  });

  // The tagger read "fired" as a participle ("convoy" headed the sentence) until the predicate constraint.
  it('"Chad\'s forces fired rockets at an African Union convoy"', () => {
    expect(readings("Chad's forces fired rockets at an African Union convoy on Sunday.")).toEqual(['chad -force-> african-union']);
  });

  // "Police in Kenya": a state's police named by the state after "in" are the state (groupActors.ts).
  it('"Police in Kenya arrested Omar Haddad"', () => {
    expect(readings('Police in Kenya arrested Omar Haddad on Tuesday.')).toEqual(['kenya -coercion-> omar-haddad']);
  });
});

describe('coalitions, demonyms and titles around the verb', () => {
  it.each([
    ['Kenya and African Union troops attacked Somali militants.', ['african-union -force-> somali-militants', 'kenya -force-> somali-militants']],
    ['The African Union and Kenyan troops attacked Somali militants.', ['african-union -force-> somali-militants', 'kenya -force-> somali-militants']],
    ['Eritrean troops shelled Ethiopian positions on Thursday, Ethiopia said.', ['eritrea -force-> ethiopia [reported] @ethiopia', 'ethiopia -accusation-> eritrea']],
    ['Sudanese rebels led attacks on Chadian towns near the border.', ['sudanese-rebels -force-> chad']],
    ['Chad has repeatedly accused Sudan of backing rebels.', ['chad -accusation-> sudan', 'sudan -support-> rebels [reported] @chad']],
    ['The Sudanese president, Omar al-Bashir, met Chad\'s president in Tripoli.', ['omar-al-bashir -communication-> chad']],
    ['Chadian President Idriss Deby met Sudanese President Omar al-Bashir in Tripoli.', ['idriss-deby -communication-> omar-al-bashir']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  // The names written as a list before "troops" own it, however the parser hung them (src/extract/relations/premodifierLists.ts).
  it('"Kenyan and African Union troops killed 30 Somali militants": both forces act', () => {
    expect(readings('Kenyan and African Union troops killed 30 Somali militants on Monday.')).toEqual(['african-union -force-> somali-militants', 'kenya -force-> somali-militants']);
  });

  // "rebel" in the singular before "attack" makes no group actor (src/extract/actors/groupActors.ts).
  it.fails('"Chad\'s government condemned the Sudanese rebel attack": the rebels are accused', () => {
    expect(readings("Chad's government condemned the Sudanese rebel attack.")).toEqual(['chad -accusation-> sudanese-rebels']);
  });
});

describe('the same acts named by nouns', () => {
  it.each([
    ["Ethiopia's attack on Eritrea on Monday killed twelve people.", ['ethiopia -force-> eritrea']],
    ['The Ethiopian attack on Eritrea killed twelve people.', ['ethiopia -force-> eritrea']],
    // "on Eritrea" hung on the agent's name attaches to the attack.
    ['An attack by Ethiopia on Eritrea killed twelve people.', ['ethiopia -force-> eritrea']],
    ['Ethiopia launched an attack on Eritrea last week.', ['ethiopia -force-> eritrea']],
    ['Ethiopia held talks with Eritrea in Geneva on Monday.', ['ethiopia -negotiation-> eritrea']],
    ['The African Union imposed sanctions on Eritrea in 2009.', ['african-union -sanction-> eritrea']],
    ["The African Union's sanctions against Eritrea took effect on Monday.", ['african-union -sanction-> eritrea']],
    ['Ethiopia issued threats against Eritrea.', ['ethiopia -threat-> eritrea']],
    ["Ethiopia's appeal to Eritrea went unanswered.", ['ethiopia -appeal-> eritrea']],
    ["Ethiopia's support for Sudanese rebels angered Chad.", ['ethiopia -support-> sudanese-rebels']],
    ['Ethiopia made accusations against Eritrea on Monday.', ['ethiopia -accusation-> eritrea']],
    ['Ethiopia held a meeting with Eritrea on Monday.', ['ethiopia -communication-> eritrea']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  // A name after "arrest of" is the arrested person; "by Ethiopia" hung on that name attaches to the arrest.
  it.each([
    ["Ethiopia's arrest of Omar Haddad drew protests.", ['ethiopia -coercion-> omar-haddad']],
    ['The arrest of Omar Haddad by Ethiopia drew protests.', ['ethiopia -coercion-> omar-haddad']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  // "release" is no verb cue of data/relations.json, so an unknown name after "release of" is no argument of a relation word.
  it.fails('"Colombia welcomed the release of Luis Ortega by Venezuela."', () => {
    expect(readings('Colombia welcomed the release of Luis Ortega by Venezuela.')).toContain('venezuela -retreat-> luis-ortega');
  });

  // Sentence-initial "Talks": a common noun, however wink tags it (src/extract/wordClassRepairs.ts).
  it('"Talks between Ethiopia and Eritrea resumed on Monday."', () => {
    expect(readings('Talks between Ethiopia and Eritrea resumed on Monday.')).toEqual(['ethiopia -negotiation-> eritrea']);
  });
});

describe('a second clause opened by "after" or "before"', () => {
  it.each([
    // The parser hangs "after Kenya" on the object and makes the object the second verb's subject.
    ['Ethiopia attacked Eritrea after Kenya criticized Eritrea.', ['ethiopia -force-> eritrea', 'kenya -accusation-> eritrea']],
    ['Ethiopia attacked Eritrea after Eritrea attacked Kenya.', ['eritrea -force-> kenya', 'ethiopia -force-> eritrea']],
    ['Ethiopia attacked Eritrea before Kenya intervened.', ['ethiopia -force-> eritrea']],
    // Here the parser gives "seized" two subjects, the second with "after".
    // Abeche is a Chadian town (data/gazetteer/places.json): the rebels seizing it act against Chad.
    ['Chad attacked Sudanese rebels after the rebels seized Abeche.', ['chad -force-> sudanese-rebels', 'sudanese-rebels -force-> chad']],
    ['Ethiopia attacked Eritrea because Eritrea had attacked Kenya.', ['eritrea -force-> kenya', 'ethiopia -force-> eritrea']],
    ['Kenya arrested Omar Haddad after he criticized the government.', ['kenya -coercion-> omar-haddad']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });
});

