// "The National Congress for People's Defense, a rebel group led by General Laurent Nkunda": an
// apposition that calls an organisation an armed group makes it a group actor, and the person it is
// led by leads it, so that the person's forces are that group (followerGroups.ts).
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { wordClass } from '../wordClass';

/** How many words the apposition may hold between "a" and "led" ("a Tutsi rebel group"). */
const MAX_DESCRIPTION_WORDS = 4;

/** The person named within a few words after "by": titles, demonyms and lowercase words may stand between. */
function leaderAfter(s: DiscoveryState, k: number): Mention | undefined {
  const sentence = s.tokens[k]?.sentence;
  for (let j = k; j < k + 6 && s.tokens[j]?.sentence === sentence; j++) {
    const m = s.covered[j];
    if (m && s.kindOf(m.actorId) === 'person') return m.tokenStart === j ? m : undefined;
    if (m ? m.form !== 'demonym' : s.tokens[j]!.norm === ',') return undefined;
  }
  return undefined;
}

/** The armed-group apposition after mention m: [the armed noun's plural, the leader if "led by" follows], or null. */
function armedApposition(s: DiscoveryState, m: Mention): { leader?: Mention } | null {
  const { tokens } = s;
  const k = m.tokenEnd;
  if (tokens[k]?.norm !== ',' || (tokens[k + 1]?.norm !== 'a' && tokens[k + 1]?.norm !== 'an')) return null;
  let armed = false;
  let j = k + 2;
  for (; j < k + 2 + MAX_DESCRIPTION_WORDS && tokens[j]?.sentence === m.sentence; j++) {
    const w = tokens[j]!;
    if (isCapitalized(w) && !s.covered[j]) continue;
    const plural = ACTOR_WORDS.groupNouns.get(w.norm);
    if (plural && ACTOR_WORDS.armedGroupNouns.has(plural)) armed = true;
    else if (!ACTOR_WORDS.armedBodyNouns.has(w.norm) && wordClass(w) !== 'ADJ') break;
  }
  if (!armed || !ACTOR_WORDS.armedBodyNouns.has(tokens[j - 1]?.norm ?? '')) return null;
  const leader = tokens[j]?.norm === 'led' && tokens[j + 1]?.norm === 'by' ? leaderAfter(s, j + 2) : undefined;
  return leader ? { leader } : {};
}

/** Organisations an apposition calls an armed group become groups; their leaders are recorded. */
export function readLedGroups(s: DiscoveryState): void {
  for (const m of s.mentions) {
    const entry = s.actors.get(m.actorId);
    if (!entry || (entry.kind !== 'organization' && entry.kind !== 'group') || m.form !== 'discovered') continue;
    const apposition = armedApposition(s, m);
    if (!apposition) continue;
    const description = s.slice(m.tokenEnd + 1, apposition.leader?.tokenEnd ?? m.tokenEnd + 3);
    if (entry.kind === 'organization') {
      entry.kind = 'group';
      entry.notes.push(`an armed group: "${entry.label}, ${description}"`);
      const at = s.groupTrail.findIndex((g) => g.tokenStart > m.tokenStart);
      s.groupTrail.splice(at < 0 ? s.groupTrail.length : at, 0, m);
    }
    const leader = apposition.leader;
    if (leader && !s.leaders.has(leader.actorId)) s.leaders.set(leader.actorId, m.actorId);
  }
}
