// What a verbal or nominal frame reads: the tree, the sentence's mentions, the cue and its relation's
// traits, and the pairs it collects (one per source and target actor, both ways for mutual cues).
import type { CueMatch, RolePair } from '../assignRoles';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import type { DependencyTree } from './dependencyTree';
import { hyphenatedBefore } from './hyphenChain';
import { headsPhrase } from './prepositionHeads';
import { ROLE_FRAMES } from './roleFrames';

export interface FrameContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  cue: CueMatch;
  /** Token of the cue that heads it in the tree (its head lies outside the cue). */
  head: number;
  /** Who says the sentence, for "our" and "my". */
  speaker?: Mention;
}

/** What a frame read: its pairs, and whether the tree gave the frame an argument at all (else it looks broken). */
export interface FrameReading {
  pairs: RolePair[];
  /** False when the tree gave the cue no subject, owner or target node: a parse that lost the cue's arguments. */
  anchored: boolean;
  /** The pairs describe a standing state rather than an act of the clause's time ("Russia-backed rebels"): dated by the document. */
  standing?: boolean;
  /** The tree rules every pair out ("travel to Brussels to brief NATO": the city is only the venue): no positional guess either. */
  settled?: boolean;
}

/** One of the actors a plural reference stands for, as a mention of its own. */
function asMember(m: Mention, actorId: string): Mention {
  const copy: Mention = { ...m, actorId };
  delete copy.members;
  return copy;
}

/** "the agreement the two countries struck": one mention standing for the actors it names gives one mention each. */
export function pluralMembers(parties: readonly Mention[]): readonly Mention[] {
  const only = parties.length === 1 ? parties[0]! : undefined;
  return only?.members && only.members.length >= 2 ? only.members.map((actorId) => asMember(only, actorId)) : parties;
}

export class PairCollector {
  readonly pairs: RolePair[] = [];
  constructor(private readonly cue: CueMatch) {}

  push(sources: readonly Mention[], targets: readonly Mention[], strength: number, bothWays = false): void {
    for (const s of sources)
      for (const t of targets) {
        if (s.actorId === t.actorId || this.has(s, t)) continue;
        this.pairs.push({ source: s, target: t, strength });
        if ((this.cue.mutual || bothWays) && !this.has(t, s)) this.pairs.push({ source: t, target: s, strength });
      }
  }

  /**
   * Coordinated parties acting among themselves: "Araghchi and Witkoff talked" (one event for a
   * symmetric relation), "India and Pakistan both carried out strikes" (each on the other).
   */
  pushGroup(group: readonly Mention[], strength: number, reciprocal: boolean): void {
    if (group.length < 2) return;
    if (reciprocal) {
      for (const a of group) this.push([a], group.filter((b) => b !== a), strength);
    } else if (group.length === 2) this.push([group[0]!], [group[1]!], strength);
  }

  private has(s: Mention, t: Mention): boolean {
    return this.pairs.some((p) => p.source.actorId === s.actorId && p.target.actorId === t.actorId);
  }
}

/** The cue's token whose head lies outside the cue: "held" in "held talks with". */
export function cueHead(tree: DependencyTree, cue: CueMatch): number {
  for (let i = cue.tokenStart; i < cue.tokenEnd; i++) {
    const h = tree.head(i);
    if (h < cue.tokenStart || h >= cue.tokenEnd) return i;
  }
  return cue.tokenStart;
}

/** Attachments naming both sides ("between Russia and Ukraine", "between the two") under any of `nodes`: the coordinated nominal. */
export function partiesUnder(ctx: FrameContext, nodes: readonly number[]): readonly Mention[] {
  const { tree } = ctx;
  // "talks Friday between A and B": the phrase hung on the time word after the noun is the noun's.
  const times = nodes.flatMap((n) => tree.children(n).filter((c) => c === n + 1 && ROLE_FRAMES.timeNouns.has(tree.token(c).norm)));
  for (const n of [...nodes, ...times]) {
    for (const c of ctx.tree.children(n, 'obl', 'nmod')) {
      if (!ROLE_FRAMES.parties.has(ctx.tree.caseOf(c) ?? '')) continue;
      // "between the two countries": one reference standing for both parties.
      const group = pluralMembers(ctx.mentions.group(c));
      if (group.length >= 2) return group;
    }
  }
  return [];
}

/** "both", "each other", "one another" on the verb, its subject or its object. */
export function reciprocalMarked(ctx: FrameContext, nodes: readonly number[]): boolean {
  const { tree } = ctx;
  const norm = (i: number) => (tree.contains(i) ? tree.token(i).norm : undefined);
  for (const n of nodes) {
    // "tit-for-tat tariffs": a hyphen-joined marker before the noun.
    const joined = hyphenatedBefore(norm, n);
    if (joined !== undefined && ROLE_FRAMES.reciprocalMarkers.has(joined)) return true;
    // "imposed tariffs on each other" read with the preposition heading "each other": its words count too.
    const around = tree.children(n).flatMap((c) => (headsPhrase(tree, c) ? [c, ...tree.children(c)] : [c]));
    for (const c of around) {
      const t = tree.token(c);
      if (ROLE_FRAMES.reciprocalMarkers.has(t.norm)) return true;
      const det = tree.children(c, 'det', 'nummod')[0];
      if (det !== undefined && ROLE_FRAMES.reciprocalMarkers.has(`${tree.token(det).norm} ${t.norm}`)) return true;
      // "each other" read as one word with a fixed second part.
      const fixed = tree.children(c, 'fixed')[0];
      if (fixed !== undefined && ROLE_FRAMES.reciprocalMarkers.has(`${t.norm} ${tree.token(fixed).norm}`)) return true;
    }
  }
  return false;
}
