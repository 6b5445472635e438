// Two nodes one document made for one actor, merged before the documents meet (issue 17: one node
// per actor). Each merge says why in the kept node's notes. The rules (word lists in
// data/actorAliases.json):
// - a state's own armed forces named after it ("Kenyan Defense Forces") are the state;
// - an organ the dictionary lacks, named after its organisation ("EU Political and Security
//   Committee", "North Atlantic Council" with NATO named), is the organisation;
// - a body described by its owner and lowercase words ("the U.N. arbitration court") is the one body
//   of the document whose name holds those words ("Permanent Court of Arbitration");
// - a role-named group whose phrase the document already read as another actor is that actor;
// - role-named groups with the same qualifiers and nouns of one class ("Islamist militants",
//   "Islamist insurgents") are one group.
import data from '../../../data/actorAliases.json';
import type { ActorDictionary } from '../actorDictionary';
import { tokenize } from '../tokenize';
import type { ExtractedEvent, Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import type { DiscoveredEntry } from './discoveryState';

export interface DocumentActors {
  events: ExtractedEvent[];
  mentions: Mention[];
  discovered: DiscoveredEntry[];
}

interface Merge {
  into: string;
  why: string;
}

const ORGAN_NOUNS = new Set(data.organNouns);
const STATE_FORCE_NAMES = new Set(data.stateForceNames);
const COMMON_NAME_WORDS = new Set(data.commonNameWords);
const BREAKAWAY_STATES = data.breakawayStates;
const NOUN_CLASS = new Map(data.groupNounClasses.flatMap((nouns, c) => nouns.map((n, rank): [string, [number, number]] => [n, [c, rank]])));

const lowerWords = (label: string) => label.toLowerCase().split(/\s+/).filter((w) => w);

/** The dictionary actor a name opens with ("Kenyan", "EU", "U.N."), and the words after it (a possessive skipped). */
function leadingActor(label: string, dict: ActorDictionary): { id: string; rest: { text: string; norm: string }[] } | undefined {
  const words = tokenize(label).tokens;
  const m = dict.matchAt(words, 0);
  if (!m || m.length >= words.length) return undefined;
  let k = m.length;
  if (words[k]?.norm === "'s" || words[k]?.norm === "'") k++;
  return { id: m.actorId, rest: words.slice(k) };
}

/** "Kenya's Defense Force", "Kenyan Defense Forces": the state whose own armed forces the name names. */
function stateForces(e: DiscoveredEntry, dict: ActorDictionary): Merge | undefined {
  if (e.kind !== 'organization') return undefined;
  const lead = leadingActor(e.label, dict);
  const state = lead && dict.get(lead.id);
  if (!lead || state?.kind !== 'state' || !STATE_FORCE_NAMES.has(lead.rest.map((w) => w.norm).join(' '))) return undefined;
  return { into: state.id, why: `the armed forces of ${state.label}, named after it, stand for the state as its soldiers do` };
}

/** Sentences each actor is named in. */
type NamedIn = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * "EU Political and Security Committee"; "North Atlantic Council" in a sentence naming the North
 * Atlantic Treaty Organization, by leading words one of which says more than a common word
 * ("Human Rights Council" is no organ of the Human Rights Activists News Agency).
 */
function organOf(e: DiscoveredEntry, dict: ActorDictionary, namedIn: NamedIn): Merge | undefined {
  const words = lowerWords(e.label);
  if (e.kind !== 'organization' || !ORGAN_NOUNS.has(words[words.length - 1]!)) return undefined;
  const lead = leadingActor(e.label, dict);
  const owner = lead && dict.get(lead.id);
  // "NATO-Russia Council", "EU-Ukraine Committee": a body of two parties is neither's organ.
  const joint = lead !== undefined && lead.rest.some((w, k) => w.norm === '-' || dict.get(dict.matchAt(lead.rest, k)?.actorId ?? '')?.kind === 'state');
  if (owner?.kind === 'organization' && !joint) return { into: owner.id, why: `an organ of ${owner.label} the dictionary lacks, named after it` };
  const head = words.slice(0, -1).join(' ');
  const own = namedIn.get(e.id) ?? new Set<number>();
  if (words.slice(0, -1).every((w) => COMMON_NAME_WORDS.has(w))) return undefined;
  const parents = [...namedIn.keys()].filter((id) => {
    const p = dict.get(id);
    const together = [...(namedIn.get(id) ?? [])].some((n) => own.has(n));
    return p?.kind === 'organization' && together && p.aliases.some((a) => {
      const long = lowerWords(a);
      return words.length >= 3 && long.length > words.length - 1 && long.slice(0, words.length - 1).join(' ') === head;
    });
  });
  if (parents.length !== 1) return undefined;
  const parent = dict.get(parents[0]!)!;
  return { into: parent.id, why: `an organ of ${parent.label}, which the document names, called by the first words of its name` };
}

/** "the U.N. arbitration court": the one named body of the document whose name holds its two or more lowercase words. */
function describedBody(e: DiscoveredEntry, dict: ActorDictionary, others: readonly DiscoveredEntry[]): Merge | undefined {
  if (e.kind !== 'organization') return undefined;
  const lead = leadingActor(e.label, dict);
  if (!lead || lead.rest.length < 2 || !lead.rest.every((w) => /^\p{Ll}/u.test(w.text))) return undefined;
  const found = others.filter((o) => {
    if (o.id === e.id || o.kind !== 'organization' || !/^\p{Lu}/u.test(o.label)) return false;
    const words = new Set(lowerWords(o.label));
    return lead.rest.every((w) => words.has(w.norm)) && !o.affiliations.some((a) => a.actor !== lead.id && dict.get(a.actor)?.kind === 'state');
  });
  if (found.length !== 1) return undefined;
  return { into: found[0]!.id, why: `the body the document names "${found[0]!.label}", described by its owner and the words of its name` };
}

/** A name rather than a description: the dictionary's, an acronym, or two capitalised words ("Revolutionary Armed Forces"). */
const isProperName = (id: string, label: string, dict: ActorDictionary) => dict.get(id) !== undefined || /^\p{Lu}{2,}/u.test(label) || (label.match(/(^|\s)\p{Lu}/gu)?.length ?? 0) >= 2;

/**
 * "Leftist guerrillas" where the document read "leftist guerrillas" as the FARC: a role-named group is
 * the actor with a name the same words were read as; never one described by a role itself ("Armed groups").
 */
function samePhrase(e: DiscoveredEntry, mentions: readonly Mention[], labelOf: (id: string) => string, dict: ActorDictionary): Merge | undefined {
  const phrase = e.label.toLowerCase();
  if (e.kind !== 'group' || !phrase.includes(' ')) return undefined;
  const said = mentions.filter((m) => m.actorId !== e.id && m.form !== 'pronoun' && m.surface.toLowerCase().replace(/^the /, '') === phrase);
  const owners = new Set(said.map((m) => m.actorId));
  if (![...owners].every((id) => isProperName(id, labelOf(id), dict))) return undefined;
  if (owners.size !== 1) return undefined;
  return { into: [...owners][0]!, why: `the document reads the same words "${phrase}" as this actor elsewhere` };
}

/** "South Ossetian separatists": where the state is itself the breakaway one, its separatists are its authorities and forces. */
function breakawayForces(e: DiscoveredEntry, dict: ActorDictionary): Merge | undefined {
  const words = lowerWords(e.label);
  const noun = words[words.length - 1]!;
  if (e.kind !== 'group' || !ACTOR_WORDS.armedGroupNouns.has(ACTOR_WORDS.groupNouns.get(noun) ?? noun)) return undefined;
  const qualifier = words.slice(0, -1).join(' ');
  const state = BREAKAWAY_STATES.map((id) => dict.get(id)).find((st) => st?.demonyms.some((d) => d.toLowerCase() === qualifier));
  return state && { into: state.id, why: `${state.label} is itself the breakaway state: its ${noun} are its authorities and forces` };
}

/** "Gadhafi forces" where the document has the followers of Moammar Gadhafi ("forces loyal to Moammar Gadhafi"). */
function namedFollowers(e: DiscoveredEntry, entries: readonly DiscoveredEntry[], labelOf: (id: string) => string): Merge | undefined {
  const words = lowerWords(e.label);
  if (e.kind !== 'group' || words.length !== 2 || !ACTOR_WORDS.followerNouns.has(words[1]!)) return undefined;
  const followers = entries.filter((o) => o.id !== e.id && o.kind === 'group' && o.affiliations.some((a) => lowerWords(labelOf(a.actor)).pop() === words[0]));
  if (followers.length !== 1) return undefined;
  return { into: followers[0]!.id, why: `the followers of ${labelOf(followers[0]!.affiliations[0]!.actor)}, named by that name` };
}

/** Groups of one noun class and the same qualifiers, kept under the class's first noun, then the first named. */
function sameGroups(entries: readonly DiscoveredEntry[], firstMention: (id: string) => number): Map<string, Merge> {
  const byKey = new Map<string, { e: DiscoveredEntry; rank: number }[]>();
  for (const e of entries) {
    const words = lowerWords(e.label);
    const noun = words[words.length - 1]!;
    const cls = NOUN_CLASS.get(ACTOR_WORDS.groupNouns.get(noun) ?? noun);
    if (e.kind !== 'group' || !cls) continue;
    const key = `${cls[0]}|${words.slice(0, -1).sort().join(' ')}`;
    byKey.set(key, [...(byKey.get(key) ?? []), { e, rank: cls[1] }]);
  }
  const out = new Map<string, Merge>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.rank - b.rank || firstMention(a.e.id) - firstMention(b.e.id));
    const kept = list[0]!.e;
    for (const { e } of list.slice(1)) out.set(e.id, { into: kept.id, why: `one group however it is called: the same qualifiers and a noun of one kind as "${kept.label}"` });
  }
  return out;
}

/** Each discovered actor of the document that is another node, with the node it is and why. */
function findMerges(doc: DocumentActors, dict: ActorDictionary): Map<string, Merge> {
  const namedIn = new Map<string, Set<number>>();
  for (const m of doc.mentions) namedIn.set(m.actorId, (namedIn.get(m.actorId) ?? new Set()).add(m.sentence));
  const first = new Map<string, number>();
  for (const m of doc.mentions) if (!first.has(m.actorId)) first.set(m.actorId, m.tokenStart);
  const labels = new Map(doc.discovered.map((e) => [e.id, e.label]));
  const labelOf = (id: string) => labels.get(id) ?? dict.get(id)?.label ?? id;
  const merges = new Map<string, Merge>();
  const left = () => doc.discovered.filter((e) => !merges.has(e.id));
  for (const e of doc.discovered) {
    const merge = stateForces(e, dict) ?? organOf(e, dict, namedIn) ?? describedBody(e, dict, doc.discovered) ?? samePhrase(e, doc.mentions, labelOf, dict) ?? breakawayForces(e, dict) ?? namedFollowers(e, doc.discovered, labelOf);
    if (merge) merges.set(e.id, merge);
  }
  for (const [id, merge] of sameGroups(left(), (id) => first.get(id) ?? Number.MAX_SAFE_INTEGER)) merges.set(id, merge);
  return merges;
}

/** The node an id ends up in, following merges into merged nodes. */
function resolver(merges: ReadonlyMap<string, Merge>): (id: string) => string {
  return (id) => {
    const seen = new Set<string>();
    while (merges.has(id) && !seen.has(id)) {
      seen.add(id);
      id = merges.get(id)!.into;
    }
    return id;
  };
}

function remapEvents(events: readonly ExtractedEvent[], to: (id: string) => string): ExtractedEvent[] {
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of events) {
    const moved: ExtractedEvent = { ...e, source: to(e.source), target: to(e.target) };
    if (e.attributedTo) moved.attributedTo = to(e.attributedTo);
    if (moved.source === moved.target) continue;
    const key = `${moved.relation}|${moved.source}|${moved.target}|${moved.evidence.start}`;
    const prev = byKey.get(key);
    if (!prev || prev.confidence < moved.confidence) byKey.set(key, moved);
  }
  return [...byKey.values()];
}

/** The document's actors with nodes that are one actor merged; the kept node's notes say why. */
export function mergeDocumentAliases(doc: DocumentActors, dict: ActorDictionary): DocumentActors {
  const merges = findMerges(doc, dict);
  if (merges.size === 0) return doc;
  const to = resolver(merges);
  const kept = new Map(doc.discovered.filter((e) => !merges.has(e.id)).map((e) => [e.id, { ...e, aliases: [...e.aliases], notes: [...e.notes] }]));
  const labelOf = (id: string) => kept.get(id)?.label ?? dict.get(id)?.label ?? id;
  const why = new Map<string, string>();
  for (const e of doc.discovered) {
    const merge = merges.get(e.id);
    if (!merge) continue;
    const into = kept.get(to(e.id));
    const reason = `"${e.label}" merged with "${labelOf(to(e.id))}": ${merge.why}`;
    why.set(e.id, reason);
    if (!into) continue;
    for (const a of [e.label, ...e.aliases]) if (a !== into.label && !into.aliases.includes(a)) into.aliases.push(a);
    into.notes.push(reason);
  }
  for (const e of kept.values()) e.affiliations = e.affiliations.map((a) => ({ ...a, actor: to(a.actor) })).filter((a) => a.actor !== e.id);
  const mentions = doc.mentions.map((m) => {
    if (!merges.has(m.actorId) && !m.members?.some((id) => merges.has(id))) return m;
    const moved: Mention = { ...m, actorId: to(m.actorId) };
    if (m.members) moved.members = [...new Set(m.members.map(to))];
    // A merge into a dictionary actor has no discovered entry to keep its reason: the mention keeps it.
    if (!moved.note && why.has(m.actorId) && !kept.has(moved.actorId)) moved.note = why.get(m.actorId);
    return moved;
  });
  return { events: remapEvents(doc.events, to), mentions, discovered: [...kept.values()] };
}
