// Which actor a tree node stands for: the mention whose span holds it, or, for a noun that stands in
// for an actor ("Iranian officials", "Russia's forces", "ships of the China Coast Guard"), the
// mention modifying it. Coordinated nodes ("Israel and the U.S.") give one mention each.
import { speaksFor } from '../speakingFor';
import type { Mention, Token } from '../types';
import type { DependencyTree } from './dependencyTree';
import { listedAfter } from './nameLists';
import { premodifierList } from './premodifierLists';
import { ROLE_FRAMES } from './roleFrames';
import { FORCE_WORDS } from '../actors/forceWords';

const OWNER_DEPS = ['nmod:poss', 'amod', 'compound', 'nmod'];
const NAME_DEPS = ['flat', 'appos'];
const OWNER_CASES = new Set(['of', 'from']);

/** "al-Qaida-linked groups", "Iran-backed militias": a mention hyphenated to a describing participle names no party to the sentence's acts. */
export function describesGroup(tokens: readonly Token[], m: Mention): boolean {
  const dash = tokens[m.tokenEnd];
  const participle = tokens[m.tokenEnd + 1];
  return dash?.text === '-' && participle !== undefined && participle.sentence === m.sentence && ROLE_FRAMES.describingParticiples.has(participle.norm);
}

export class SentenceMentions {
  private readonly cover = new Map<number, Mention>();
  private readonly looseDemonyms = new Map<number, Mention>();

  /**
   * `demonyms` are demonyms the mention finder kept out because no actor noun follows them
   * ("Indian strikes"); they may still own an event noun.
   */
  constructor(
    readonly tree: DependencyTree,
    mentions: readonly Mention[],
    readonly demonyms: readonly Mention[] = [],
  ) {
    for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) this.cover.set(i, m);
    for (const m of demonyms) if (m.tokenEnd - m.tokenStart === 1 && !this.cover.has(m.tokenStart)) this.looseDemonyms.set(m.tokenStart, m);
  }

  /** The actor modifying an event noun at `i` ("US" in "US warnings", "Indian" in "Indian strikes"). */
  modifierAt(i: number): Mention | undefined {
    return this.covering(i) ?? this.looseDemonyms.get(i);
  }

  /** The mention whose span holds token `i`, read as the actor it modifies when it is a modifier. */
  covering(i: number): Mention | undefined {
    const m = this.cover.get(i);
    if (m?.modifierOf === undefined) return m;
    return this.cover.get(m.modifierOf) ?? m;
  }

  /** The mention that covers `i` itself, modifier or not. */
  spanAt(i: number): Mention | undefined {
    return this.cover.get(i);
  }

  /** Actors node `i` stands for (more than one for "Russian and Ukrainian officials"). */
  actorsOf(i: number, depth = 0): Mention[] {
    const own = this.covering(i);
    if (own) return [own];
    // "Egyptian-brokered", "Qatari-mediated": a demonym hyphenated to a participle names its state.
    const hyphenated = this.tree.contains(i + 1) && this.tree.token(i + 1).text === '-' ? this.looseDemonyms.get(i) : undefined;
    if (hyphenated) return [hyphenated];
    const t = this.tree.token(i);
    // "positions held by X": the place stands for who holds it.
    const holder = FORCE_WORDS.heldPlaceNouns.has(t.norm) ? this.holderOf(i) : undefined;
    if (holder) return [holder];
    const standIn = ROLE_FRAMES.standInNouns.has(t.norm) || ROLE_FRAMES.standInNouns.has(t.lemma);
    const demonymOwned = ROLE_FRAMES.demonymStandInNouns.has(t.norm) || ROLE_FRAMES.demonymStandInNouns.has(t.lemma);
    const out: Mention[] = [];
    for (const c of this.tree.children(i)) {
      const dep = this.tree.dep(c);
      // "Hamas-led fighters", "the US-led coalition": the leader stands for them.
      if (dep === 'amod' && ROLE_FRAMES.agentParticiples.has(this.tree.token(c).norm)) {
        const leader = this.tree.children(c, 'obl', 'compound', 'nmod', 'obl:npmod').find((k) => k < c);
        const m = leader === undefined ? undefined : this.covering(leader);
        if (m) return [m];
      }
      const ownerCase = this.tree.caseOf(c) ?? '';
      // "the town from Syria" is where the act came from, not whose town it is.
      const placeFrom = ownerCase === 'from' && (ROLE_FRAMES.placeStandInNouns.has(t.norm) || ROLE_FRAMES.placeStandInNouns.has(t.lemma));
      // "a spokesman for Hamas": whom the noun speaks for.
      const spokenFor = dep === 'nmod' && c > i && speaksFor(ownerCase, t);
      const owner = (standIn && OWNER_DEPS.includes(dep) && (dep !== 'nmod' || (OWNER_CASES.has(ownerCase) && !placeFrom))) || spokenFor;
      const name = NAME_DEPS.includes(dep) || (dep === 'compound' && (t.pos === 'PROPN' || ROLE_FRAMES.timeNouns.has(t.norm)));
      if (!owner && !name) continue;
      for (const k of this.tree.conjuncts(c)) {
        // "al-Qaida-linked groups", "Iran-backed militias": a name hyphenated to a describing participle is not who they are.
        if (this.describedBy(k)) continue;
        // "Prime Minister Benjamin Netanyahu's office": the owner may be a title heading the name.
        // "Indian posts": a demonym the mention finder kept out still owns a stand-in noun.
        // "Indian posts": a demonym the mention finder kept out still owns a stand-in noun.
        const m = this.covering(k) ?? (owner && demonymOwned ? this.looseDemonyms.get(k) : undefined) ?? (depth === 0 ? this.actorsOf(k, 1)[0] : undefined);
        if (m && !out.includes(m)) out.push(m);
      }
      if (out.length && name) break;
    }
    // "Afghan, NATO and U.S. troops", "French and Malian forces": a list written before the noun owns it, however the parser hung it.
    if (standIn || demonymOwned) for (const m of premodifierList(this.tree, i, (k) => this.ownerAt(k))) if (!out.some((o) => o.actorId === m.actorId)) out.push(m);
    return out.sort((a, b) => a.tokenStart - b.tokenStart);
  }

  /** The "by" agent of a holding participle on the place noun at `i` ("positions held by X"). */
  private holderOf(i: number): Mention | undefined {
    for (const p of this.tree.children(i, 'acl')) {
      if (p < i || !FORCE_WORDS.holdingParticiples.has(this.tree.token(p).norm)) continue;
      const agent = this.tree.children(p, 'obl:agent', 'obl').find((k) => this.tree.caseOf(k) === 'by');
      const m = agent === undefined ? undefined : this.covering(agent);
      if (m) return m;
    }
    return undefined;
  }

  /** A name written right before "-linked", "-backed" (`describingParticiples`): it describes the noun it modifies. */
  private describedBy(k: number): boolean {
    const m = this.cover.get(k);
    return m !== undefined && describesGroup(this.tree.tokens, m);
  }

  /** The mention written at token `k` that may own a noun after it: not one modifying a named actor ("Iranian" in "Iranian FM Araghchi"). */
  private ownerAt(k: number): Mention | undefined {
    const m = this.cover.get(k) ?? this.looseDemonyms.get(k);
    return m?.modifierOf !== undefined && m.modifierOf !== k + 1 && this.cover.has(m.modifierOf) ? undefined : m;
  }

  /** Actors of `i` and of every node coordinated with it, one mention per actor, in text order. */
  group(i: number | undefined): Mention[] {
    if (i === undefined) return [];
    const out: Mention[] = [];
    const seen = new Set<string>();
    for (const k of this.tree.conjuncts(i)) {
      for (const m of this.actorsOf(k)) {
        if (seen.has(m.actorId)) continue;
        seen.add(m.actorId);
        out.push(m);
      }
    }
    // "met President A, Prime Minister B and C": a written-out list the parser did not coordinate.
    const first = out.length > 0 ? out.reduce((a, b) => (b.tokenStart < a.tokenStart ? b : a)) : undefined;
    if (first && this.cover.get(first.tokenStart) === first)
      for (const m of listedAfter(this.tree, first, (k) => this.cover.get(k))) {
        if (seen.has(m.actorId)) continue;
        seen.add(m.actorId);
        out.push(m);
      }
    return out;
  }
}
