// "was hit by Eritrean artillery", "were hit with rockets fired from Somalia", "struck by missiles
// fired by the Houthis": a passive act of force whose agent or means is a weapon is done by whoever
// owns or fired the weapon: its actor modifier or possessor, or the "by" agent or "from" origin of a
// participle of firing or setting it off on it (data/roleFrames.json weaponFire: verbs, usedBy).
import framesData from '../../../data/roleFrames.json';
import type { Mention } from '../types';
import { agentOf } from './clauseArguments';
import type { FrameContext } from './frameContext';
import { weaponMeans } from '../weaponCues';

// Participles of sending or setting off the weapon: their agent used it ("a bomb planted by X"); not "supplied by".
const FIRING: ReadonlySet<string> = new Set([...Object.keys(framesData.weaponFire.verbs), ...framesData.weaponFire.usedBy]);

/** The actors an origin names: its own, or those of a place it is in ("from two locations in Armenia"). */
function originActors(ctx: FrameContext, origin: number): Mention[] {
  const { tree, mentions } = ctx;
  const own = mentions.group(origin);
  if (own.length > 0) return own;
  const modifier = tree.children(origin, 'amod', 'compound').map((c) => mentions.modifierAt(c)).find((m) => m !== undefined);
  if (modifier) return [modifier];
  return mentions.group(tree.children(origin, 'nmod').find((c) => c > origin && tree.caseOf(c) === 'in'));
}

/** Who fired the weapon the passive verb `v` was done by or with, or none. */
export function weaponDoers(ctx: FrameContext, v: number): Mention[] {
  const { tree, mentions } = ctx;
  const weapon = weaponMeans(tree, v);
  if (weapon === undefined) return [];
  const named = mentions.group(weapon);
  if (named.length > 0) return named;
  for (const c of [...tree.children(weapon, 'nmod:poss'), ...tree.children(weapon, 'amod', 'compound').filter((k) => k < weapon)]) {
    const m = mentions.modifierAt(c) ?? mentions.group(c)[0];
    if (m) return [m];
  }
  for (const p of tree.children(weapon, 'acl')) {
    if (p < weapon || !FIRING.has(tree.token(p).lemma)) continue;
    // "planted by Boko Haram" with the agent labelled an object: the preposition says it is the agent.
    const agent = agentOf(tree, p) ?? tree.children(p).find((c) => c > p && tree.caseOf(c) === 'by');
    if (agent !== undefined && tree.caseOf(agent) === 'by') return mentions.group(agent);
    const origin = tree.children(p, 'obl').find((c) => tree.caseOf(c) === 'from');
    if (origin === undefined) continue;
    // "fired from two locations in Armenia" with "in Armenia" hung on the participle.
    const within = tree.children(p, 'obl').find((c) => c > origin && tree.caseOf(c) === 'in');
    const actors = originActors(ctx, origin);
    return actors.length > 0 || within === undefined ? actors : mentions.group(within);
  }
  return [];
}
