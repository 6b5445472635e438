// Armed groups a document describes but does not name ("rebels", "Colombian rebels") folded into the one
// armed group it names ("the FARC"), once the whole document is read; and the tests on group mentions
// that decide it (a name used as a qualifier, unarmed and anonymous group labels, a plural that
// introduces a new group). Used by groupActors.ts.
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isForcesLabel } from './definiteReferences';
import type { DiscoveryState } from './discoveryState';
import { wordClass } from '../wordClass';

/**
 * "al-Qaida-linked groups", "Iran-backed rebels", "al-Qaida inspired militants": a name before a
 * qualifier (hyphenated, or written apart before a noun) describes, it does not act; nor does a
 * dictionary name a longer name took over.
 */
export function isHyphenQualifier(s: DiscoveryState, m: Mention): boolean {
  if (s.isSuperseded(m)) return true;
  const next = s.tokens[m.tokenEnd];
  if (next?.norm === '-') return ACTOR_WORDS.hyphenQualifiers.has(s.tokens[m.tokenEnd + 1]?.norm ?? '');
  const after = s.tokens[m.tokenEnd + 1];
  return next !== undefined && ACTOR_WORDS.hyphenQualifiers.has(next.norm) && after?.sentence === next.sentence && wordClass(after) === 'NOUN';
}

/** A group named by an unarmed group noun ("Anti-Japan protesters", "Kenyan students"): no armed group "the separatists" could be. */
export function unarmedLabel(label: string): boolean {
  const last = label.split(/\s+/).pop() ?? '';
  const plural = ACTOR_WORDS.groupNouns.get(last) ?? ACTOR_WORDS.qualifiedGroupNouns.get(last);
  return plural !== undefined && !ACTOR_WORDS.armedGroupNouns.has(plural);
}

/** A group named by an anonymous group noun ("Gunmen", "unknown gunmen"): no group a bare "rebels" names. */
export function anonymousLabel(label: string): boolean {
  return ACTOR_WORDS.anonymousGroupNouns.has(label.split(/\s+/).pop() ?? '');
}

/** Both folds of a document's armed group nouns: described groups into the named one, then bare ones. */
export function foldArmedGroups(s: DiscoveryState, qualifiedArmed: Set<string>, bareArmed: Set<string>): void {
  foldIntoNamedGroup(s, new Set([...qualifiedArmed, ...bareArmed]));
  foldBareGroups(s, bareArmed);
}

/**
 * "Rebels attacked ..." before any armed group is named: once the whole document is read, a bare
 * "rebels" or "militants" is the one armed group the document names or describes ("Maoist rebels",
 * "the FARC"); with several, it could be any of them and names none; with none, it is a group of its
 * own, named by its role.
 */
function foldBareGroups(s: DiscoveryState, bareArmed: Set<string>): void {
  const left = [...bareArmed].filter((id) => s.actors.has(id));
  if (left.length === 0) return;
  const others = new Set(
    [...s.known, ...s.mentions]
      .filter((m) => m.form !== 'role' && !bareArmed.has(m.actorId) && s.kindOf(m.actorId) === 'group' && !isHyphenQualifier(s, m) && !s.followerGroups.has(m.actorId))
      .filter((m) => {
        const label = s.actors.get(m.actorId)?.label.toLowerCase() ?? s.dict.get(m.actorId)?.label.toLowerCase() ?? '';
        return !unarmedLabel(label) && !isForcesLabel(label) && !anonymousLabel(label);
      })
      .map((m) => m.actorId),
  );
  if (others.size === 0) return;
  const group = others.size === 1 ? [...others][0]! : null;
  const label = group ? (s.actors.get(group)?.label ?? s.dict.get(group)?.label ?? group) : '';
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (!left.includes(m.actorId)) continue;
    if (!group) {
      s.mentions.splice(k, 1);
      if (s.covered[m.tokenStart] === m) for (let t = m.tokenStart; t < m.tokenEnd; t++) s.covered[t] = undefined;
      continue;
    }
    m.actorId = group;
    m.form = 'role';
    m.note = `"${m.surface}" read as ${label}, the one armed group the article names`;
  }
  for (const id of left) s.actors.delete(id);
}

/**
 * "Colombian rebels ... the FARC", "Hutu militias ... the FDLR": when the document names exactly one
 * armed group, the rebels or militias it describes are that group, wherever it is named.
 */
function foldIntoNamedGroup(s: DiscoveryState, qualifiedArmed: Set<string>): void {
  if (qualifiedArmed.size === 0) return;
  const named = new Set([...s.known, ...s.mentions].filter((m) => m.form !== 'role' && !qualifiedArmed.has(m.actorId) && s.kindOf(m.actorId) === 'group' && !isHyphenQualifier(s, m) && !s.followerGroups.has(m.actorId) && !unarmedLabel(s.actors.get(m.actorId)?.label.toLowerCase() ?? '')).map((m) => m.actorId));
  if (named.size !== 1) return;
  const group = [...named][0]!;
  const label = s.actors.get(group)?.label ?? s.dict.get(group)?.label ?? group;
  const firstNamed = Math.min(...[...s.known, ...s.mentions].filter((m) => m.actorId === group).map((m) => m.tokenStart));
  const kept = new Set<string>();
  for (const m of s.mentions) {
    if (!qualifiedArmed.has(m.actorId)) continue;
    // "... Boko Haram. Troops attacked separatist rebels": no determiner after the group's name introduces another group.
    if (m.tokenStart > firstNamed && introducesGroup(s, m.tokenStart)) {
      kept.add(m.actorId);
      continue;
    }
    m.actorId = group;
    m.form = 'role';
    m.note = `"${m.surface}" read as ${label}, the one armed group the article names`;
  }
  for (const id of qualifiedArmed) if (!kept.has(id)) s.actors.delete(id);
}

/** "attacked separatist rebels": a plural with no determiner, number or partitive ("30 ...", "a number of ...") in front. */
export function introducesGroup(s: DiscoveryState, start: number): boolean {
  const before = s.tokens[start - 1];
  if (!before || before.sentence !== s.tokens[start]!.sentence) return true;
  return !ACTOR_WORDS.definiteDeterminers.has(before.norm) && wordClass(before) !== 'NUM' && wordClass(before) !== 'DET' && before.norm !== 'of' && !ACTOR_WORDS.countingWords.has(before.norm);
}
