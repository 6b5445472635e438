// The sentences of the clause-variation battery (clauseVariations.test.ts) and what an analyst reads
// in each: acts whose cues data/relations.json holds, told by actors of every kind, each act in a
// plain clause and in variations of it. Kept apart from the test so a probe can print every reading.

/** An actor as the text names it and the id the extractor gives it. */
export interface Actor {
  kind: 'state' | 'titled person' | 'person' | 'organisation' | 'group';
  /** The name inside a sentence ("the African Union"). */
  name: string;
  id: string;
  /** "which" or "who", for a relative clause on it. */
  relative: 'which' | 'who';
  /** A describing apposition ("a veteran opposition figure"). */
  apposition: string;
  /** Named in the plural ("Sudanese rebels"): the verb agrees. */
  plural?: boolean;
}

const state = (name: string, id: string): Actor => ({ kind: 'state', name, id, relative: 'which', apposition: 'a member of the African Union' });
const person = (name: string, id: string, apposition: string): Actor => ({ kind: 'person', name, id, relative: 'who', apposition });
const titled = (name: string, id: string): Actor => ({ kind: 'titled person', name, id, relative: 'who', apposition: 'a former bus driver' });
const organisation = (name: string, id: string): Actor => ({ kind: 'organisation', name, id, relative: 'which', apposition: 'a body of many members' });
const group = (name: string, id: string): Actor => ({ kind: 'group', name, id, relative: 'who', apposition: 'fighters from the south', plural: true });

export const ACTORS = {
  ethiopia: state('Ethiopia', 'ethiopia'),
  eritrea: state('Eritrea', 'eritrea'),
  chad: state('Chad', 'chad'),
  pakistan: state('Pakistan', 'pakistan'),
  india: state('India', 'india'),
  venezuela: state('Venezuela', 'venezuela'),
  cuba: state('Cuba', 'cuba'),
  colombia: state('Colombia', 'colombia'),
  kenya: state('Kenya', 'kenya'),
  maduro: titled('President Nicolas Maduro', 'nicolas-maduro'),
  sharif: titled('Prime Minister Shehbaz Sharif', 'shehbaz-sharif'),
  haddad: person('Omar Haddad', 'omar-haddad', 'a veteran opposition figure'),
  ortega: person('Luis Ortega', 'luis-ortega', 'a Venezuelan journalist'),
  gross: person('Alan Gross', 'alan-gross', 'a US government contractor'),
  africanUnion: organisation('the African Union', 'african-union'),
  hrw: organisation('Human Rights Watch', 'human-rights-watch'),
  sudaneseRebels: group('Sudanese rebels', 'sudanese-rebels'),
  kurdishMilitants: group('Kurdish militants', 'kurdish-militants'),
};

/** A cue verb in its forms, with what completes it after the object. */
export interface Act {
  relation: string;
  base: string;
  past: string;
  /** Words after the object that complete the act ("of abuses", "to show restraint"). */
  tail: string;
  /** The object's preposition ("met with"); such acts have no passive. */
  preposition?: string;
}

const act = (relation: string, base: string, past: string, tail = '', preposition?: string): Act => ({ relation, base, past, tail, ...(preposition ? { preposition } : {}) });

/** One act by one actor on another. */
export interface Scenario {
  act: Act;
  source: Actor;
  target: Actor;
}

const A = ACTORS;
const force = act('force', 'attack', 'attacked');
const coercion = act('coercion', 'arrest', 'arrested');
const retreat = act('retreat', 'free', 'freed');
const communication = act('communication', 'meet', 'met', '', 'with');
const accusation = act('accusation', 'accuse', 'accused', ' of abuses');
const support = act('support', 'praise', 'praised');
const sanction = act('sanction', 'sanction', 'sanctioned');
const threat = act('threat', 'threaten', 'threatened');
const appeal = act('appeal', 'urge', 'urged', ' to show restraint');
const negotiation = act('negotiation', 'negotiate', 'negotiated', '', 'with');

/** Every act at least twice, every kind of actor on both sides. */
export const SCENARIOS: Scenario[] = [
  { act: force, source: A.sudaneseRebels, target: A.chad },
  { act: force, source: A.ethiopia, target: A.eritrea },
  { act: coercion, source: A.ethiopia, target: A.haddad },
  { act: coercion, source: A.venezuela, target: A.ortega },
  { act: retreat, source: A.cuba, target: A.gross },
  { act: retreat, source: A.sudaneseRebels, target: A.haddad },
  { act: communication, source: A.maduro, target: A.sharif },
  { act: communication, source: A.africanUnion, target: A.sudaneseRebels },
  { act: accusation, source: A.hrw, target: A.ethiopia },
  { act: accusation, source: A.ortega, target: A.maduro },
  { act: support, source: A.africanUnion, target: A.ethiopia },
  { act: support, source: A.sharif, target: A.haddad },
  { act: sanction, source: A.colombia, target: A.maduro },
  { act: sanction, source: A.africanUnion, target: A.eritrea },
  { act: threat, source: A.kurdishMilitants, target: A.pakistan },
  { act: threat, source: A.india, target: A.pakistan },
  { act: appeal, source: A.africanUnion, target: A.sudaneseRebels },
  { act: appeal, source: A.sharif, target: A.india },
  { act: negotiation, source: A.chad, target: A.sudaneseRebels },
  { act: negotiation, source: A.colombia, target: A.venezuela },
];

/** A sentence and what it says: readings "source -relation-> target [modality] @speaker", and the event date where one is given. */
export interface Variation {
  name: string;
  text: string;
  readings: string[];
  /** The first and last day the event's date may name, for clauses that date it. */
  date?: { from: string; to: string; precision: string };
}

const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const objectOf = (a: Act, o: string) => `${a.preposition ? `${a.preposition} ` : ''}${o}`;
const reading = (sc: Scenario, note = '', source = sc.source, target = sc.target) => `${source.id} -${sc.act.relation}-> ${target.id}${note}`;
/** The clause after its subject: "attacked Chad of abuses" with `extra` after the object and tail. */
const predicate = (sc: Scenario, verb: string, extra = '', target = sc.target.name) => `${verb} ${objectOf(sc.act, target)}${sc.act.tail}${extra}`;

const WEDNESDAY = { from: '2014-12-17', to: '2014-12-17', precision: 'day' };
const LAST_WEEK = { from: '2014-12-08', to: '2014-12-14', precision: 'day' };
const IN_2009 = { from: '2009', to: '2009', precision: 'year' };

/** The plain clause and its variations for one scenario. */
export function variations(sc: Scenario): Variation[] {
  const { act: a, source: s, target: o } = sc;
  const S = capitalised(s.name);
  const plain = [reading(sc)];
  // Verb forms agreeing with the subject.
  const [has, plans, is] = s.plural ? ['have', 'plan', 'are'] : ['has', 'plans', 'is'];
  const out: Variation[] = [
    { name: 'plain', text: `${S} ${predicate(sc, a.past)}.`, readings: plain },
    { name: 'time adjunct "on Wednesday"', text: `${S} ${predicate(sc, a.past, ' on Wednesday')}.`, readings: plain, date: WEDNESDAY },
    { name: 'time adjunct "last week"', text: `${S} ${predicate(sc, a.past, ' last week')}.`, readings: plain, date: LAST_WEEK },
    { name: 'time adjunct "in 2009"', text: `${S} ${predicate(sc, a.past, ' in 2009')}.`, readings: plain, date: IN_2009 },
    { name: 'fronted time adjunct', text: `On Wednesday, ${s.name} ${predicate(sc, a.past)}.`, readings: plain, date: WEDNESDAY },
    { name: 'place adjunct', text: `${S} ${predicate(sc, a.past, ' in Geneva')}.`, readings: plain },
    { name: 'place and time adjuncts', text: `${S} ${predicate(sc, a.past, ' in Geneva on Wednesday')}.`, readings: plain, date: WEDNESDAY },
    { name: 'apposition on the subject', text: `${S}, ${s.apposition}, ${predicate(sc, a.past)}.`, readings: plain },
    { name: 'apposition on the object', text: `${S} ${predicate(sc, a.past, `, ${o.apposition},`)} on Wednesday.`, readings: plain, date: WEDNESDAY },
    { name: 'relative clause on the subject', text: `${S}, ${s.relative} ${predicate(sc, a.past)}, ${is} facing an election.`, readings: plain },
    { name: 'relative clause on the object', text: `${S} ${predicate(sc, a.past)}, ${o.relative} ${o.plural ? 'have' : 'has'} not commented.`, readings: plain },
    { name: 'coordinated subjects', text: `${S} and Kenya ${predicate(sc, a.past)}.`, readings: [reading(sc), reading(sc, '', A.kenya)].sort() },
    { name: 'coordinated objects', text: `${S} ${predicate(sc, a.past, '', `${o.name} and Kenya`)}.`, readings: [reading(sc), reading(sc, '', s, A.kenya)].sort() },
    { name: 'reported speech', text: `Kenya said ${s.name} ${predicate(sc, a.past)}.`, readings: [reading(sc, ' [reported] @kenya')] },
    { name: 'reported speech with a dated "that" clause', text: `Kenya said on Monday that ${s.name} had ${predicate(sc, a.past)}.`, readings: [reading(sc, ' [reported] @kenya')], date: { from: '2014-12-15', to: '2014-12-15', precision: 'day' } },
    { name: '"according to"', text: `According to Kenya, ${s.name} ${predicate(sc, a.past)}.`, readings: [reading(sc, ' [reported] @kenya')] },
    { name: 'perfect', text: `${S} ${has} ${predicate(sc, a.past)}.`, readings: plain },
    { name: 'future "will"', text: `${S} will ${predicate(sc, a.base)}.`, readings: [reading(sc, ' [planned]')] },
    { name: 'intention "plans to"', text: `${S} ${plans} to ${predicate(sc, a.base)}.`, readings: [reading(sc, ' [planned]')] },
    { name: 'modal "could"', text: `${S} could ${predicate(sc, a.base)}.`, readings: [reading(sc, ' [hypothetical]')] },
    { name: 'negation "did not"', text: `${S} did not ${predicate(sc, a.base)}.`, readings: [reading(sc, ' [negated]')] },
    { name: 'negation "never"', text: `${S} never ${predicate(sc, a.past)}.`, readings: [reading(sc, ' [negated]')] },
  ];
  out.push(
    { name: 'time adjunct "in March"', text: `${S} ${predicate(sc, a.past, ' in March')}.`, readings: plain, date: { from: '2014-03', to: '2014-03', precision: 'month' } },
    { name: 'time adjunct "on December 3"', text: `${S} ${predicate(sc, a.past, ' on December 3')}.`, readings: plain, date: { from: '2014-12-03', to: '2014-12-03', precision: 'day' } },
    { name: 'adverb before the verb', text: `${S} also ${predicate(sc, a.past)}.`, readings: plain },
    { name: 'speech after the clause', text: `${S} ${predicate(sc, a.past)}, Kenya said.`, readings: [reading(sc, ' [reported] @kenya')] },
    { name: 'negation "has not"', text: `${S} ${has} not ${predicate(sc, a.past)}.`, readings: [reading(sc, ' [negated]')] },
    { name: 'modal "may"', text: `${S} may ${predicate(sc, a.base)}.`, readings: [reading(sc, ' [hypothetical]')] },
    { name: 'modal "would" with a condition', text: `If Kenya agreed, ${s.name} would ${predicate(sc, a.base)}.`, readings: [reading(sc, ' [hypothetical]')] },
  );
  // Pronouns for actors named in the sentence before: "It", "They", "He" as subject; "it", "them", "him" as object.
  const pronoun = (x: Actor, subject: boolean) => (x.plural ? (subject ? 'They' : 'them') : x.kind === 'state' || x.kind === 'organisation' ? (subject ? 'It' : 'it') : subject ? 'He' : 'him');
  const facing = (x: Actor) => `${capitalised(x.name)} ${x.plural ? 'are' : 'is'} facing an election.`;
  out.push(
    { name: 'pronoun subject in the next sentence', text: `${facing(s)} ${pronoun(s, true)} ${predicate(sc, a.past)}.`, readings: plain },
    { name: 'pronoun object in the next sentence', text: `${facing(o)} ${S} ${predicate(sc, a.past, '', pronoun(o, false))}.`, readings: plain },
  );
  if (!a.preposition && !a.tail && a.relation !== 'accusation')
    out.push({ name: 'coordinated verbs', text: `${S} criticized and ${predicate(sc, a.past)}.`, readings: [reading(sc), `${s.id} -accusation-> ${o.id}`].sort() });
  if (!a.preposition) {
    out.push(
      { name: 'passive with a by-agent', text: `${capitalised(o.name)} was ${a.past} by ${s.name}${a.tail} on Wednesday.`, readings: plain, date: WEDNESDAY },
      { name: 'passive without an agent', text: `${capitalised(o.name)} was ${a.past}${a.tail} on Wednesday.`, readings: [] },
    );
  }
  return out;
}
