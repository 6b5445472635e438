// "Gates met Cameron on Friday. They discussed ...": a clause where one actor meets another makes
// the two of them an antecedent of a later "they" (a split antecedent). Only two single actors
// (persons, states, organisations) form such a pair: "Kerry met opposition leaders. They asked ..." is
// the leaders. The parties are read from the tree loosely (a title or adjective the parser hung
// wrongly between a name and the verb does not hide it), but no other verb may stand between.
// Word lists: meetingVerbs, meetingObjectVerbs, meetingLightVerbs and meetingNouns in data/pronounWords.json.
import data from '../../../data/pronounWords.json';
import type { ActorLookup } from '../actorLookup';
import type { Mention, Token } from '../types';
import { wordClass } from '../wordClass';

const MEETING_VERBS = new Set(data.meetingVerbs);
const OBJECT_VERBS = new Set(data.meetingObjectVerbs);
const LIGHT_VERBS = new Set(data.meetingLightVerbs);
const MEETING_NOUNS = new Set(data.meetingNouns);
const SINGLE_KINDS = new Set(['person', 'state', 'organization']);
const CLAUSAL_POS = new Set(['VERB', 'AUX']);
const OBJECT_DEPS = new Set(['obj', 'obl', 'iobj', 'xcomp']);

export interface MeetingView {
  tokens: Token[];
  dict: ActorLookup;
  /** The mention covering token `i`, if any. */
  mentionAt(i: number): Mention | undefined;
}

/** The arc label by which mention `m` reaches verb `verb` through nominal words only, if it does. */
function arcInto(v: MeetingView, m: Mention, verb: number): string | undefined {
  let n = m.tokenStart;
  while (n < m.tokenEnd && (v.tokens[n]!.head ?? -1) >= m.tokenStart && (v.tokens[n]!.head ?? -1) < m.tokenEnd) n++;
  if (n >= m.tokenEnd) return undefined;
  for (let steps = 0; steps < 6; steps++) {
    const up = v.tokens[n]!.head ?? -1;
    if (up === verb) return v.tokens[n]!.dep;
    if (up < 0 || CLAUSAL_POS.has(wordClass(v.tokens[up]!))) return undefined;
    n = up;
  }
  return undefined;
}

const single = (v: MeetingView, m: Mention) => !(m.members && m.members.length > 1) && m.modifierOf === undefined && SINGLE_KINDS.has(v.dict.get(m.actorId)?.kind ?? '');

/** Whether the words between the verb and the partner make a meeting with it ("met", "spoke with", "held talks with"). */
function meetsPartner(v: MeetingView, verb: number, partner: Mention): boolean {
  const between = v.tokens.slice(verb + 1, partner.tokenStart);
  const lemma = v.tokens[verb]!.lemma;
  const withAt = between.findIndex((w) => w.norm === 'with');
  // "received Chile's envoy", "met with B", "met yesterday with B"; not "received a letter from Chile".
  if (MEETING_VERBS.has(lemma)) return OBJECT_VERBS.has(lemma) ? withAt >= 0 || !between.some((w) => wordClass(w) === 'ADP') : withAt >= 0;
  if (!LIGHT_VERBS.has(lemma) || withAt < 0) return false;
  return between.slice(0, withAt).some((w) => MEETING_NOUNS.has(w.norm));
}

/**
 * Whether token `t` may head a meeting ("met", "held talks"): a cheap check before any reading of the
 * sentence. "had a meeting with": wink reads "had" as an auxiliary; the parse's own verb tag counts.
 */
export const mayMeet = (t: Token): boolean =>
  (wordClass(t) === 'VERB' && (MEETING_VERBS.has(t.lemma) || LIGHT_VERBS.has(t.lemma))) || (wordClass(t) === 'AUX' && t.upos === 'VERB' && LIGHT_VERBS.has(t.lemma));

/** The two actors meeting at verb `i` of the sentence [first, end): its subject and the one it meets. */
export function meetingPairAt(v: MeetingView, i: number, first: number, end: number): [string, string] | null {
  if (!mayMeet(v.tokens[i]!)) return null;
  let subject: Mention | undefined;
  let partner: Mention | undefined;
  for (let k = first; k < end; k++) {
    const m = v.mentionAt(k);
    if (!m || m.tokenStart !== k || !single(v, m)) continue;
    const arc = arcInto(v, m, i);
    if (!arc) continue;
    if (k < i && arc === 'nsubj') subject = m;
    else if (k > i && !partner && OBJECT_DEPS.has(arc.split(':')[0]!) && meetsPartner(v, i, m)) partner = m;
  }
  return subject && partner && subject.actorId !== partner.actorId ? [subject.actorId, partner.actorId] : null;
}
