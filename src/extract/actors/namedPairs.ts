// Pairs of parties a text names together, for the references that stand for them ("both sides",
// "each side ... the other", "the two", "the leaders"): a coordination of two parties ("Armenia and
// Azerbaijan", read on the repaired tree too) or a reference read before as two parties ("the two
// sides"); never the last two of a longer list, a mediator, or one state twice.
import type { ActorLookup } from '../actorLookup';
import type { MentionIndex } from '../mentionIndex';
import { DependencyTree } from '../relations/dependencyTree';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { apartSides, sideOf } from './definiteReferences';

/** How far back (in sentences) a plural reference or "they" looks for the actors it stands for. */
export const LOOK_BACK = 2;

export interface PairContext {
  tokens: Token[];
  mentions: Mention[];
  index: MentionIndex;
  dict: ActorLookup;
  published: string | null;
  /** Actors the text calls mediators or guarantors, found once per document when first asked. */
  thirdParties?: Set<string>;
  /** References this pass has read so far, in text order ("the two sides" before "each side"). */
  found: Mention[];
  /** Sentence trees as the relation reading repairs them, built when first asked (null: no parse). */
  trees?: Map<number, DependencyTree | null>;
}

/**
 * Actors the text calls mediators or guarantors ("the mediator Qatar", "the mediation of Norway",
 * "Norway's mediation", "UN-brokered talks"): never one of "both sides".
 */
export function isThirdParty(c: PairContext, id: string): boolean {
  c.thirdParties ??= new Set(c.mentions.filter((m) => namedThirdParty(c.tokens, m)).map((m) => m.actorId));
  return c.thirdParties.has(id);
}

function namedThirdParty(tokens: readonly Token[], m: Mention): boolean {
  if (tokens.slice(m.tokenEnd, m.tokenEnd + 3).some((w) => ACTOR_WORDS.thirdPartyNouns.has(w.norm))) return true;
  // "UN-brokered", "Norway-mediated": the participle joined to the name by a hyphen (one token or three).
  const hyphened = tokens[m.tokenEnd]?.norm === '-' && ACTOR_WORDS.thirdPartyParticiples.has(tokens[m.tokenEnd + 1]?.norm ?? '');
  const fused = tokens.slice(m.tokenStart, m.tokenEnd).some((w) => {
    const dash = w.norm.lastIndexOf('-');
    return dash > 0 && ACTOR_WORDS.thirdPartyParticiples.has(w.norm.slice(dash + 1));
  });
  return hyphened || fused || ownerOfThirdPartyNoun(tokens, m);
}

/** "the mediation of (the Kingdom of) Norway", "Qatar's mediation": the name hangs on a mediator noun as its owner. */
function ownerOfThirdPartyNoun(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    let head = tokens[k]!.head;
    let dep = tokens[k]!.dep;
    // Up through "the Kingdom of": at most one more nmod link.
    for (let hop = 0; hop < 2 && head !== undefined && (head < m.tokenStart || head >= m.tokenEnd); hop++) {
      if ((dep === 'nmod' || dep === 'nmod:poss') && ACTOR_WORDS.thirdPartyNouns.has(tokens[head]!.norm)) return true;
      if (dep !== 'nmod') break;
      dep = tokens[head]!.dep;
      head = tokens[head]!.head;
    }
  }
  return false;
}

/** "talks in Sweden", "met at Camp David": a name that is where a meeting or signing happens, not a side of it. */
export function isVenue(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const w = tokens[k]!;
    if (w.head !== undefined && w.head >= m.tokenStart && w.head < m.tokenEnd) continue;
    if ((w.dep !== 'obl' && w.dep !== 'nmod') || w.head === undefined || !ACTOR_WORDS.venueEventLemmas.has(tokens[w.head]?.lemma ?? '')) return false;
    return tokens.some((x, j) => x.head === k && x.dep === 'case' && j < k && ACTOR_WORDS.venuePrepositions.has(x.norm));
  }
  return false;
}

/**
 * The two sides of the latest pair named before token `i`: a coordination of two parties ("Armenia and
 * Azerbaijan", "the Cambodian and Thai governments") or a reference read before as two parties ("the
 * two sides"); null when there is none in the look-back (LOOK_BACK sentences unless told).
 */
export function coordinatedPairBefore(c: PairContext, i: number, lookBack = LOOK_BACK): string[] | null {
  const sentence = c.tokens[i]!.sentence;
  for (let s = sentence; s >= sentence - lookBack && s >= 0; s--) {
    const coordinated = coordinatedPairIn(c, s, i);
    const referred = referredPairIn(c, s, i);
    const latest = coordinated && referred ? (coordinated.end >= referred.end ? coordinated : referred) : (coordinated ?? referred);
    if (latest) return latest.pair;
  }
  return null;
}

interface NamedPair {
  pair: string[];
  /** Token after the pair's last word. */
  end: number;
}

/** Two parties that are apart (not one state twice, no mediator), as their sides. */
export function sidesOf(c: PairContext, first: string, second: string): string[] | null {
  if (isThirdParty(c, first) || isThirdParty(c, second)) return null;
  const pair = [sideOf(c.dict, c.published, first), sideOf(c.dict, c.published, second)];
  return pair[0] !== pair[1] && apartSides(c.dict, c.published, pair) ? pair : null;
}

/** The latest coordination of two parties in sentence `s` ending before token `i`. */
function coordinatedPairIn(c: PairContext, s: number, i: number): NamedPair | null {
  const list = c.index.inSentence(s).filter((m) => m.tokenEnd <= i && m.modifierOf === undefined && !m.members);
  for (let b = list.length - 1; b > 0; b--) {
    const second = list[b]!;
    // Joined by the tree (as repaired: "Thai Prime Minister A and Cambodian Prime Minister B"), or by a bare "and" between them where the parse lost the coordination.
    const joined = (first: Mention) =>
      (first.tokenEnd + 1 === second.tokenStart && c.tokens[first.tokenEnd]!.norm === 'and') ||
      c.tokens.slice(second.tokenStart, second.tokenEnd).some((w) => w.dep === 'conj' && w.head !== undefined && ((w.head >= first.tokenStart && w.head < first.tokenEnd) || w.head === institutionOf(c, first))) ||
      conjoinedInTree(c, s, first, second);
    const first = list.slice(0, b).reverse().find(joined);
    if (!first || longerList(c, list, first, second)) continue;
    const pair = sidesOf(c, first.actorId, second.actorId);
    if (pair) return { pair, end: second.tokenEnd };
  }
  return null;
}

/** "the government of Colombia": the institution noun a state is named as the owner of (its token), which stands for it in a coordination. */
function institutionOf(c: PairContext, m: Mention): number | undefined {
  const w = c.tokens[m.tokenEnd - 1]!;
  const head = w.head === undefined ? undefined : c.tokens[w.head];
  const owned = w.dep === 'nmod' && c.tokens[m.tokenStart - 1]?.norm === 'of' && w.head === m.tokenStart - 2;
  return owned && head && ACTOR_WORDS.homeInstitutionNouns.has(head.norm) && c.dict.get(m.actorId)?.kind === 'state' ? w.head : undefined;
}

/** The repaired tree of sentence `s` (cached per document). */
function treeOf(c: PairContext, s: number): DependencyTree | null {
  c.trees ??= new Map();
  if (!c.trees.has(s)) {
    // Tokens run in sentence order: the sentence's first token by bisection, no scan of the document.
    let lo = 0;
    let hi = c.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c.tokens[mid]!.sentence < s) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    let end = first;
    while (end < c.tokens.length && c.tokens[end]!.sentence === s) end++;
    const sentence = { index: s, start: c.tokens[first]?.start ?? 0, end: c.tokens[end - 1]?.end ?? 0, firstToken: first, endToken: end };
    c.trees.set(s, DependencyTree.of(c.tokens, sentence));
  }
  return c.trees.get(s) ?? null;
}

/** Whether the repaired tree makes a word of `second` a conjunct of a word of `first`. */
function conjoinedInTree(c: PairContext, s: number, first: Mention, second: Mention): boolean {
  const tree = treeOf(c, s);
  if (!tree) return false;
  for (let w = second.tokenStart; w < second.tokenEnd; w++) if (tree.dep(w) === 'conj' && tree.head(w) >= first.tokenStart && tree.head(w) < first.tokenEnd) return true;
  return false;
}

/** "Putin, Merkel, Hollande and Poroshenko": the last two of a longer list are no pair of their own. */
function longerList(c: PairContext, list: readonly Mention[], first: Mention, second: Mention): boolean {
  const before = c.tokens[first.tokenStart - 1];
  const listedBefore = before?.norm === ',' && list.some((m) => m.tokenEnd === first.tokenStart - 1);
  const conjunctOfFirst = (m: Mention) =>
    m !== second && m !== first && c.tokens.slice(m.tokenStart, m.tokenEnd).some((w) => w.dep === 'conj' && w.head !== undefined && w.head >= first.tokenStart && w.head < first.tokenEnd);
  // The first is itself a later conjunct of an earlier name ("A, B and C" parsed with B and C on A).
  const firstIsConjunct = c.tokens.slice(first.tokenStart, first.tokenEnd).some((w) => w.dep === 'conj' && w.head !== undefined && list.some((m) => m !== first && w.head! >= m.tokenStart && w.head! < m.tokenEnd));
  return listedBefore || firstIsConjunct || list.some(conjunctOfFirst);
}

/** The latest reference in sentence `s` before token `i` that this pass read as exactly two parties ("the two sides"). */
function referredPairIn(c: PairContext, s: number, i: number): NamedPair | null {
  for (let k = c.found.length - 1; k >= 0; k--) {
    const m = c.found[k]!;
    if (m.sentence !== s || m.tokenEnd > i || m.members?.length !== 2) continue;
    const pair = sidesOf(c, m.members[0]!, m.members[1]!);
    if (pair) return { pair, end: m.tokenEnd };
  }
  return null;
}
