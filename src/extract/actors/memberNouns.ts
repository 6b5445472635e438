// Members standing for their organisation: "Members of the Kenya National Union of Teachers
// protested", "Hamas insiders told reporters". The member noun is a mention of the organisation or
// group named with it, with the reason in its note; a state's members are left to the state nouns.
import type { DiscoveryState } from './discoveryState';
import { ACTOR_WORDS } from './actorWords';
import type { Mention, Token } from '../types';
import { wordClass } from '../wordClass';

/** The organisation or group mention spanning from token k, or ending right before it. */
function bodyMention(s: DiscoveryState, k: number, ending: boolean): Mention | undefined {
  const m = s.covered[k];
  if (!m || (ending ? m.tokenEnd !== k + 1 : m.tokenStart !== k)) return undefined;
  const kind = s.kindOf(m.actorId);
  return kind === 'organization' || kind === 'group' ? m : undefined;
}

/** The body the member noun at i belongs to: "X insiders" or "members of (the) X". */
function bodyOf(s: DiscoveryState, i: number): Mention | undefined {
  const { tokens } = s;
  const t = tokens[i]!;
  const same = (k: number) => tokens[k] !== undefined && tokens[k]!.sentence === t.sentence;
  if (same(i - 1)) {
    const before = bodyMention(s, i - 1, true);
    if (before) return before;
  }
  if (!same(i + 1) || tokens[i + 1]!.norm !== 'of') return undefined;
  const k = tokens[i + 2]?.norm === 'the' ? i + 3 : i + 2;
  return same(k) ? bodyMention(s, k, false) : undefined;
}

/** "Members of ...": a capitalised member noun before "of" opens no name ("Members of Congress" is Congress's members). */
export function opensMemberPhrase(tokens: readonly Token[], i: number): boolean {
  return ACTOR_WORDS.memberNouns.has(tokens[i]!.norm) && tokens[i + 1]?.norm === 'of' && tokens[i + 1]!.sentence === tokens[i]!.sentence;
}

/** Member nouns ("members", "insiders") of an organisation or group named with them, read as it. */
export function discoverMembers(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (s.covered[i] || quiet[i] || !ACTOR_WORDS.memberNouns.has(t.norm)) continue;
    // "member states", "members' rights": the noun modifies another.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN' || next.norm === "'s" || next.norm === "'")) continue;
    const body = bodyOf(s, i);
    if (!body) continue;
    const label = s.actors.get(body.actorId)?.label ?? s.dict.get(body.actorId)?.label ?? body.actorId;
    const m = s.addMention(body.actorId, i, i + 1, 'role');
    m.note = `"${t.text}" read as ${label}: its members, named with it`;
  }
}
