// References to actors named before, beyond pronouns and role nouns: "his counterpart", "the two
// countries", "both sides", and a role noun followed by the name in apposition ("The Parliament
// speaker, Qalibaf, said"); "it", "its", "they" and "their" are actorPronouns.ts. Each resolution
// says why in `note`.
import type { ActorLookup } from '../actorLookup';
import { LEXICON } from '../lexicon';
import { MentionIndex } from '../mentionIndex';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { apartSides, sideOf, stateReference } from './definiteReferences';
import { coordinatedPairBefore, isThirdParty, isVenue, LOOK_BACK, type PairContext } from './namedPairs';
import type { HomeState } from './homeState';
import readingsData from '../../../data/speechReadings.json';
import { wordClass } from '../wordClass';

interface Context extends PairContext {
  /** The state the article is about, found once per document when first asked (null: none). */
  home?: HomeState | null;
  /** Organisations named so far, by each word of their label; filled as the reading moves on (mentions in text order). */
  bodies?: { next: number; byWord: Map<string, Set<string>> };
}

/** The organisations named before token `end`, by the words of their labels (grown, never rescanned). */
function bodiesBefore(c: Context, end: number): Map<string, Set<string>> {
  const b = (c.bodies ??= { next: 0, byWord: new Map() });
  for (; b.next < c.mentions.length && c.mentions[b.next]!.tokenStart < end; b.next++) {
    const m = c.mentions[b.next]!;
    if (m.form === 'pronoun' || c.dict.get(m.actorId)?.kind !== 'organization') continue;
    for (const w of labelOf(c, m.actorId).toLowerCase().split(/[^\p{L}]+/u)) {
      const set = b.byWord.get(w) ?? new Set<string>();
      set.add(m.actorId);
      b.byWord.set(w, set);
    }
  }
  return b.byWord;
}

/** Reciprocal subjects and the objects that make them so (data/speechReadings.json). */
const RECIPROCAL = {
  subjects: new Set(readingsData.reciprocalSubjects),
  subjectNouns: new Set(readingsData.reciprocalSubjectNouns),
  objects: new Set(readingsData.reciprocalObjects),
};

const RECIPROCAL_SUBJECT_DEPS = new Set(['nsubj', 'obl:unmarked', 'advmod']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

const labelOf = (c: Context, id: string) => c.dict.get(id)?.label ?? id;

/** Actors named in the sentences before token i (its own sentence first), most recent first, without repeats. */
function namedBefore(c: Context, i: number, fits: (m: Mention) => boolean): string[] {
  const sentence = c.tokens[i]!.sentence;
  const out: string[] = [];
  for (let s = sentence; s >= sentence - LOOK_BACK && s >= 0; s--) {
    const list = c.index.inSentence(s).filter((m) => (s < sentence || m.tokenEnd <= i) && m.modifierOf === undefined && fits(m));
    for (const m of [...list].reverse()) for (const id of m.members ?? [m.actorId]) if (!out.includes(id)) out.push(id);
  }
  return out;
}

function firstOfSentence(c: Context, i: number): number {
  let k = i;
  while (k > 0 && c.tokens[k - 1]!.sentence === c.tokens[i]!.sentence) k--;
  return k;
}

/** The last `count` parties of that sort named before token `i` (its own sentence too for a subject), or null. */
function partiesBefore(c: Context, i: number, subject: boolean, count: number, sort: 'state' | 'person' | 'any'): string[] | null {
  // "Pakistani officials ... The two sides": a demonym standing for its state is a party too.
  // "talks in Sweden ... The two parties agreed": where the parties met is none of them.
  // "Chinese Vice Premier Liu He and U.S. Trade Representative Robert Lighthizer ... both countries": a person named with a state stands for it among states.
  const personsState = (id: string) => (sort === 'state' && c.dict.get(id)?.kind === 'person' ? c.dict.affiliationOn(id, c.published) : undefined);
  const ofSort = (id: string) => sort === 'any' || c.dict.get(id)?.kind === sort || c.dict.get(personsState(id) ?? '')?.kind === 'state';
  // A described group ("reporters", "40 villagers") is people acted on or spoken to, never one of the sides.
  const described = (id: string) => { const e = c.dict.get(id); return e !== undefined && 'onlyAsParticipant' in e; };
  const fits = (m: Mention) => (m.form !== 'demonym' || sort !== 'person') && ofSort(m.actorId) && !isVenue(c.tokens, m) && !described(m.actorId);
  // "Russia criticized both sides": a reference that is not the subject leaves out its own sentence.
  const from = subject ? i - 1 : firstOfSentence(c, i);
  // Actors the text calls mediators or guarantors are not among "both sides".
  const named = namedBefore(c, from, fits).filter((id) => sort !== 'any' || !isThirdParty(c, id));
  // "The Indian Army ... India ... Pakistan": a state's own institution stands on its side.
  const sides = named.map((id) => (sort === 'any' ? sideOf(c.dict, c.published, id) : (personsState(id) ?? id)));
  const members = [...new Set(sides)].slice(0, count);
  if (members.length !== count || (sort === 'any' && !(apartSides(c.dict, c.published, members) && personsApart(c, members)))) return null;
  return members.reverse();
}

/** Persons among "the two sides" are apart only where each one's state or group is known ("President X ... government negotiator Y ... both sides" is no pair). */
function personsApart(c: Context, ids: readonly string[]): boolean {
  const persons = ids.filter((id) => c.dict.get(id)?.kind === 'person');
  return persons.length < 2 || persons.every((id) => c.dict.affiliationOn(id, c.published) !== undefined);
}

function pluralMention(c: Context, start: number, end: number, members: string[], why: string): Mention {
  const surface = c.tokens
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
  const names = members.map((id) => labelOf(c, id)).join(' and ');
  return { actorId: members[0]!, members, form: 'role', tokenStart: start, tokenEnd: end, sentence: c.tokens[start]!.sentence, surface, note: `"${surface}" read as ${names}: ${why}` };
}

/** "the two countries", "both sides", "the three nations": the last N actors of that sort named before. */
function pluralReference(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  const count = c.tokens[i - 1] ? ACTOR_WORDS.pluralReferences.get(c.tokens[i - 1]!.norm) : undefined;
  const sort = ACTOR_WORDS.pluralReferenceNouns.get(t.norm);
  if (!count || !sort) return null;
  const opener = c.tokens[i - 2]?.norm;
  if (c.tokens[i - 1]!.norm !== 'both' && opener !== 'the' && opener !== 'these' && opener !== 'those') return null;
  const subject = t.dep === undefined || t.dep.startsWith('nsubj');
  // "A and B clashed. France urged calm. The two sides agreed": the pair named together, not the last two named.
  const together = count === 2 ? pairOfSort(c, coordinatedPairBefore(c, subject ? i - 1 : firstOfSentence(c, i)), sort) : null;
  if (together) return pluralMention(c, i - 1, i + 1, together, `the two ${sort === 'state' ? 'states' : sort === 'person' ? 'persons' : 'parties'} last named together before it ("A and B")`);
  const members = partiesBefore(c, i, subject, count, sort);
  if (!members) return count === 2 && sort === 'any' ? earlierPair(c, i, subject) : null;
  const why = sort === 'any' ? `the last ${count} parties named before it (mediators left out)` : `the last ${count} ${sort === 'state' ? 'states' : 'persons'} named before it`;
  return pluralMention(c, i - 1, i + 1, members, why);
}

/**
 * "The government of A and the rebels B are talking ... [a negotiator said] ... The two sides agreed":
 * where the sentences just before name no two parties apart, "the two sides" are the pair the text
 * last named together anywhere before.
 */
function earlierPair(c: Context, i: number, subject: boolean): Mention | null {
  const pair = coordinatedPairBefore(c, subject ? i - 1 : firstOfSentence(c, i), Number.POSITIVE_INFINITY);
  return pair && pluralMention(c, i - 1, i + 1, pair, 'the two parties last named together before it ("A and B"), earlier in the text');
}

/**
 * "A and B met in Jakarta. The leaders agreed ...": a definite plural noun of parties with no count
 * ("the leaders", "the neighbours", "the parties") stands for the pair of that sort named together
 * before it, and for nobody where none was (never for the last two named).
 */
function uncountedReference(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  const sort = ACTOR_WORDS.pluralReferenceNouns.get(t.norm);
  const prev = c.tokens[i - 1];
  const next = c.tokens[i + 1];
  if (!sort || wordClass(t) !== 'NOUN' || prev?.norm !== 'the' || prev.sentence !== t.sentence) return null;
  // "the leaders of the group", "the countries' envoys", "the parties involved": the noun must end its phrase.
  if (next && next.sentence === t.sentence && (NOMINAL_POS.has(wordClass(next)) || next.norm === 'of' || next.norm === "'s" || next.norm === "'" || wordClass(next) === 'VERB' && next.norm.endsWith('ed') && next.dep === 'acl')) return null;
  const subject = t.dep === undefined || t.dep.startsWith('nsubj');
  const together = pairOfSort(c, coordinatedPairBefore(c, subject ? i - 1 : firstOfSentence(c, i)), sort);
  const what = sort === 'state' ? 'states' : sort === 'person' ? 'persons' : 'parties';
  return together && pluralMention(c, i - 1, i + 1, together, `the two ${what} last named together before it ("A and B")`);
}

/** A pair named together, where both are of the sort a plural noun asks for ("the two countries": states). */
function pairOfSort(c: Context, pair: string[] | null, sort: 'state' | 'person' | 'any'): string[] | null {
  if (!pair) return null;
  return sort === 'any' || pair.every((id) => c.dict.get(id)?.kind === sort) ? pair : null;
}

/**
 * "Since then, the two have held talks", "talks between the two": a bare "the two" as a subject or after "between" stands for the two parties last
 * named together ("A and B", or a reference read as two parties), never for any two named last.
 */
function bareTwo(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  const next = c.tokens[i + 1];
  if (ACTOR_WORDS.pluralReferences.get(t.norm) !== 2 || t.norm === 'both' || c.tokens[i - 1]?.norm !== 'the' || c.tokens[i - 1]!.sentence !== t.sentence) return null;
  // A subject, or the object of "between" ("talks between the two"), that no noun follows.
  const between = c.tokens[i - 2]?.norm === 'between' && c.tokens[i - 2]!.sentence === t.sentence;
  if (!(t.dep?.startsWith('nsubj') || between) || (next && next.sentence === t.sentence && (NOMINAL_POS.has(wordClass(next)) || next.norm === 'of'))) return null;
  const members = coordinatedPairBefore(c, between ? firstOfSentence(c, i) : i);
  return members && pluralMention(c, i - 1, i + 1, members, 'the two parties last named together before it ("A and B")');
}

/**
 * "Each side blamed the other", "with both accusing the other": a subject "each" or "both" (with
 * "side" or "party" after it) of a verb whose object is "the other" or "each other" stands for the
 * last two parties named before (data/speechReadings.json).
 */
function reciprocalSubject(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  if (!RECIPROCAL.subjects.has(t.norm)) return null;
  const next = c.tokens[i + 1];
  const noun = next && next.sentence === t.sentence && RECIPROCAL.subjectNouns.has(next.norm) ? i + 1 : i;
  const subject = c.tokens[noun]!;
  // The parser may label it a modifier of the verb ("with both accusing", "Each side blamed" as an unmarked oblique).
  if (!RECIPROCAL_SUBJECT_DEPS.has(subject.dep ?? '') || subject.head === undefined || subject.head < noun) return null;
  const verb = subject.head;
  // "blamed the other", "accused each other" (read as "each" with "other" fixed to it).
  const reciprocalObject = c.tokens.some(
    (w, k) => w.head === verb && w.dep === 'obj' && (RECIPROCAL.objects.has(`${c.tokens[k - 1]?.norm} ${w.norm}`) || RECIPROCAL.objects.has(`${w.norm} ${c.tokens[k + 1]?.norm}`)),
  );
  if (!reciprocalObject) return null;
  const members = coordinatedPairBefore(c, i);
  return members && pluralMention(c, i, noun + 1, members, 'the two parties last named together before it ("A and B"), each acting on the other');
}

/** A person named after a comma right after the noun at `i`, with only title words before the name, hung on the noun by the parse. */
function apposedPerson(c: Context, i: number): Mention | undefined {
  if (c.tokens[i + 1]?.norm !== ',') return undefined;
  for (let k = i + 2; k <= i + 6 && c.tokens[k]?.sentence === c.tokens[i]!.sentence; k++) {
    const m = c.index.at(k);
    if (!m) {
      if (wordClass(c.tokens[k]!) !== 'PROPN') return undefined;
      continue;
    }
    const hung = c.tokens.slice(m.tokenStart, m.tokenEnd).some((w) => w.head === i && (w.dep === 'appos' || w.dep === 'nmod'));
    return hung && c.dict.get(m.actorId)?.kind === 'person' ? m : undefined;
  }
  return undefined;
}

/** "his counterpart", "her Omani counterpart": a person of another state with the same role as the possessor, or the one named in apposition. */
function counterpart(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  if (!ACTOR_WORDS.counterpartNouns.has(t.norm)) return null;
  let j = i - 1;
  while (j >= 0 && c.tokens[j]!.sentence === t.sentence && wordClass(c.tokens[j]!) === 'ADJ' && !c.index.at(j)) j--;
  const qualifier = c.index.at(j);
  const possessor = qualifier && qualifier.tokenEnd === j + 1 && c.dict.get(qualifier.actorId)?.kind === 'person' ? qualifier : c.index.at(j - 1);
  const state = qualifier && c.dict.get(qualifier.actorId)?.kind === 'state' ? qualifier.actorId : undefined;
  const owner = possessor && c.dict.get(possessor.actorId)?.kind === 'person' ? possessor.actorId : undefined;
  if (!owner) return null;
  // "his British counterpart, Defense Secretary Liam Fox": the name in apposition says who it is.
  const named = apposedPerson(c, i);
  if (named) {
    possessor!.modifierOf ??= i;
    if (qualifier && qualifier !== possessor) qualifier.modifierOf ??= i;
    const note = `"${t.text}" of ${labelOf(c, owner)} read as ${labelOf(c, named.actorId)}: the name in apposition to it`;
    return { actorId: named.actorId, form: 'role', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text, note };
  }
  const ownerState = c.dict.affiliationOn(owner, c.published);
  const ownerRoles = new Set((c.dict.get(owner)?.roles ?? []).map((r) => r.toLowerCase().split(/\s+/).pop()!));
  const candidates = [...new Set(c.mentions.filter((m) => m.form !== 'pronoun' && m.actorId !== owner && c.dict.get(m.actorId)?.kind === 'person').map((m) => m.actorId))].filter((id) => {
    const theirState = c.dict.affiliationOn(id, c.published);
    if (!theirState || theirState === ownerState || (state && theirState !== state)) return false;
    return (c.dict.get(id)?.roles ?? []).some((r) => ownerRoles.has(r.toLowerCase().split(/\s+/).pop()!));
  });
  if (candidates.length !== 1) return null;
  const id = candidates[0]!;
  // "his" qualifies the counterpart; it is not a party of its own.
  possessor!.modifierOf ??= i;
  if (qualifier && qualifier !== possessor) qualifier.modifierOf ??= i;
  return {
    actorId: id,
    form: 'role',
    tokenStart: i,
    tokenEnd: i + 1,
    sentence: t.sentence,
    surface: t.text,
    note: `"${t.text}" of ${labelOf(c, owner)} read as ${labelOf(c, id)}: the one person of another state with the same role named in the text`,
  };
}

/** "The Parliament speaker, Mohammad Bagher Qalibaf, said": the role noun is the person in apposition to it. */
function roleBeforeName(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  if (wordClass(t) !== 'NOUN' || c.index.at(i) || !c.tokens[i - 1] || c.tokens[i + 1]?.norm !== ',') return null;
  if (!LEXICON.personTitles.some((title) => title[title.length - 1] === t.norm)) return null;
  const name = c.index.at(i + 2);
  const appos = name ? c.tokens.slice(name.tokenStart, name.tokenEnd).some((w) => w.dep === 'appos' && w.head === i) : false;
  if (!name || !appos || c.dict.get(name.actorId)?.kind !== 'person') return null;
  return { actorId: name.actorId, form: 'role', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text, note: `"${t.text}" read as ${labelOf(c, name.actorId)}: the name in apposition to it` };
}

/** "The court said" after "the Permanent Court of Arbitration": the one organisation named before with that body noun in its name. */
function definiteBody(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  const prev = c.tokens[i - 1];
  if (wordClass(t) !== 'NOUN' || prev?.norm !== 'the' || prev.sentence !== t.sentence || !ACTOR_WORDS.governmentBodies.has(t.norm)) return null;
  if (ACTOR_WORDS.homeInstitutionNouns.has(t.norm) || ACTOR_WORDS.stateGroupNouns.has(t.norm)) return null;
  const next = c.tokens[i + 1];
  if (next && next.sentence === t.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN' || next.norm === 'of' || next.norm === "'s")) return null;
  const named = bodiesBefore(c, i - 1).get(t.norm) ?? new Set<string>();
  const only = named.size === 1 ? [...named][0]! : undefined;
  const id = only ?? latestBody(c, i - 1, named);
  if (!id) return null;
  const surface = `${prev.text} ${t.text}`;
  const why = only ? 'the one organisation named before' : 'of the organisations named before, the one named last';
  return { actorId: id, form: 'role', tokenStart: i - 1, tokenEnd: i + 1, sentence: t.sentence, surface, note: `"${surface}" read as ${labelOf(c, id)}: ${why} with "${t.norm}" in its name` };
}

/**
 * Of several bodies the noun fits, the one named last ("the court" after two courts: the later), when
 * no other is named in that same sentence (two courts in one sentence leave "the court" unread).
 */
function latestBody(c: Context, end: number, named: ReadonlySet<string>): string | undefined {
  if (named.size === 0) return undefined;
  let latest: Mention | undefined;
  // bodiesBefore(c, end) has read the mentions up to `end`: start there, not at the document's end.
  for (let k = Math.min(c.bodies?.next ?? c.mentions.length, c.mentions.length) - 1; k >= 0; k--) {
    const m = c.mentions[k]!;
    if (m.tokenStart >= end || m.form === 'pronoun' || m.form === 'role' || !named.has(m.actorId)) continue;
    if (latest && m.sentence < latest.sentence) break;
    if (latest && m.actorId !== latest.actorId) return undefined;
    latest ??= m;
  }
  return latest?.actorId;
}

const RULES = [pluralReference, uncountedReference, bareTwo, reciprocalSubject, counterpart, roleBeforeName, definiteBody, stateReference];

/** Mentions of actors named before (or in apposition), read from plural references, counterparts and role nouns. */
export function findDiscourseMentions(tokens: Token[], mentions: Mention[], dict: ActorLookup, published: string | null): Mention[] {
  const index = new MentionIndex(mentions, tokens.length);
  const out: Mention[] = [];
  const c: Context = { tokens, mentions, index, dict, published, found: out };
  let takenUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < takenUntil || index.at(i)) continue;
    for (const rule of RULES) {
      const m = rule(c, i);
      if (!m || m.tokenStart < takenUntil || index.at(m.tokenStart)) continue;
      out.push(m);
      takenUntil = m.tokenEnd;
      break;
    }
  }
  return out;
}

/** A role pair whose side is a plural reference ("the two countries") becomes one pair per actor it stands for. */
export function expandMembers<P extends { source: Mention; target: Mention }>(pairs: P[], tokens: Token[]): P[] {
  const out: P[] = [];
  for (const p of pairs) {
    // "The two sides joined ranks": a plural reference the tree makes the subject is never the target.
    if (p.target.members && tokens[p.target.tokenEnd - 1]?.dep?.startsWith('nsubj')) continue;
    const sources = p.source.members ?? [p.source.actorId];
    const targets = p.target.members ?? [p.target.actorId];
    for (const s of sources) {
      // "Venezuela and Ecuador ordered troops to their borders": each to its own, no pair between them.
      if (p.target.form === 'pronoun' && p.target.members?.includes(s)) continue;
      for (const t of targets) {
        if (s === t) continue;
        const source = s === p.source.actorId ? p.source : { ...p.source, actorId: s };
        const target = t === p.target.actorId ? p.target : { ...p.target, actorId: t };
        out.push({ ...p, source, target });
      }
    }
  }
  return out;
}
