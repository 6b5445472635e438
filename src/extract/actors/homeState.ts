// "the army", "the regime", "government troops": an institution named without its state belongs to
// the state the article is about, when the article names one state far more often than the others.
// Read as that state, not as an institution of its own: the gold conventions code "Israeli forces"
// and "the Burmese government" as the state (test/gold/news/README.md, actors' aliases).
import type { ActorLookup } from '../actorLookup';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { FORCE_WORDS } from './forceWords';
import { isCalendarWord } from './nameParts';
import { wordClass } from '../wordClass';

export interface HomeState {
  id: string;
  /** Mentions of it, and of all states, in the document. */
  count: number;
  total: number;
}

/** The state the document names most, and in at least the set share of its state mentions, if one does. */
export function homeStateOf(mentions: readonly Mention[], dict: ActorLookup): HomeState | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (m.form === 'pronoun' || m.form === 'role' || dict.get(m.actorId)?.kind !== 'state') continue;
    counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    total++;
  }
  let best: HomeState | null = null;
  let tie = false;
  for (const [id, count] of counts) {
    if (best && count === best.count) tie = true;
    if (!best || count > best.count) {
      best = { id, count, total };
      tie = false;
    }
  }
  if (!best || tie || best.count < ACTOR_WORDS.homeStateMinMentions || best.count < ACTOR_WORDS.homeStateShare * total) return null;
  return best;
}

/** Words after the noun that name its state themselves: "the regime in Venezuela", "the government of Sudan". */
const OWNER_LINKS = new Set(['of', 'in', "'s"]);

const isNominal = (t: Token | undefined) => t !== undefined && (wordClass(t) === 'NOUN' || wordClass(t) === 'PROPN' || wordClass(t) === 'ADJ' || wordClass(t) === 'NUM');

/** Words that after "government" or "military" name the state's forces or craft ("troops", "fighter jets"). */
const FORCE_OPENERS = new Set(['government', 'military']);

/** How many words of a force noun start at token j after a force opener at j - 1 (0: none). */
function forceNounAt(tokens: Token[], j: number): number {
  const opener = tokens[j - 1]!;
  const t = tokens[j];
  if (!FORCE_OPENERS.has(opener.norm) || !t || t.sentence !== opener.sentence) return 0;
  const next = tokens[j + 1];
  if (next && next.sentence === t.sentence && FORCE_WORDS.forceNouns.has(`${t.norm} ${next.norm}`)) return 2;
  if (opener.norm === 'government' && ACTOR_WORDS.stateGroupNouns.has(t.norm)) return 1;
  return FORCE_WORDS.forceNouns.has(t.norm) ? 1 : 0;
}

/** [start, end) of "the army" / "government troops" / "military helicopters" at i, when nothing else qualifies it. */
export function institutionPhrase(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nextInSentence = next && next.sentence === t.sentence ? next : undefined;
  const words = nextInSentence ? forceNounAt(tokens, i + 1) : 0;
  if (words > 0) {
    // "government troops", "military helicopters", not "the Iraqi government forces" or "Assad government forces".
    if (prev && prev.sentence === t.sentence && (wordClass(prev) === 'PROPN' || wordClass(prev) === 'ADJ') && !isCalendarWord(prev)) return null;
    // "coalition military forces": a noun in front says whose they are.
    if (t.norm === 'military' && prev && prev.sentence === t.sentence && wordClass(prev) === 'NOUN') return null;
    const after = tokens[i + 1 + words];
    if (after && after.sentence === t.sentence && (wordClass(after) === 'NOUN' || wordClass(after) === 'PROPN')) return null;
    return [i, i + 1 + words];
  }
  if (!ACTOR_WORDS.homeInstitutionNouns.has(t.norm) || prev?.norm !== 'the' || prev.sentence !== t.sentence) return null;
  // "the army chief", "the government of Sudan", "the military's": part of a longer phrase or owned.
  if (nextInSentence && (isNominal(nextInSentence) || OWNER_LINKS.has(nextInSentence.norm))) return null;
  return [i - 1, i + 1];
}

/** The home state's mention for the institution phrase [start, end), with why in its note. */
export function homeInstitutionAt(tokens: Token[], span: readonly [number, number], home: HomeState, label: string): Mention {
  const [start, end] = span;
  const surface = tokens
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
  return {
    actorId: home.id,
    form: 'role',
    tokenStart: start,
    tokenEnd: end,
    sentence: tokens[start]!.sentence,
    surface,
    note: `"${surface}" read as ${label}: the state the article is about (${home.count} of its ${home.total} mentions of states)`,
  };
}
