// "Russia attacked Ukraine as well as Georgia", "is battling AU forces in Mogadishu, as well as Kenyan
// soldiers in the south" read with the second conjunct as a bare attachment of the verb: a nominal that
// opens with a coordinator and has no preposition of its own is a conjunct of the verb's argument
// written last before it, and shares that argument's role. Also a coordinated list the parser made a
// subject of its own before the noun it modifies.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
// Arguments the parser gives such a conjunct, and arguments it may continue.
const STRAY_DEPS = new Set(['obl', 'obj', 'obl:unmarked', 'obl:npmod', 'xcomp']);
const ARGUMENT_DEPS = new Set(['obj', 'iobj', 'obl']);

/** A word between the coordinator and the noun that belongs to them: the noun's modifier or the coordinator's own part. */
function phraseWord(tokens: readonly Token[], k: number, x: number, cc: number): boolean {
  const h = tokens[k]!.head ?? -1;
  return h === x || h === cc || (h >= cc && h < x && tokens[h]!.head === x);
}

/** "as well as" with its last word read as the noun's preposition: the coordinator's first word. */
function splitAsWellAs(tokens: readonly Token[], x: number, dependentsOf: DependentsOf): number | undefined {
  const as = dependentsOf(x).find((c) => c < x && tokens[c]!.dep === 'case');
  if (as === undefined || tokens[as]!.norm !== 'as' || tokens[as - 1]?.norm !== 'well' || tokens[as - 2]?.norm !== 'as') return undefined;
  return as - 2;
}

/** The coordinator opening `x` ("and", "or", "as" of "as well as"), before it and hung on it, or -1. */
function openingCoordinator(tokens: readonly Token[], x: number, dependentsOf: DependentsOf): number {
  const split = splitAsWellAs(tokens, x, dependentsOf);
  if (split !== undefined) return split;
  if (dependentsOf(x).some((c) => c < x && tokens[c]!.dep === 'case')) return -1;
  const cc = dependentsOf(x).find((c) => c < x && tokens[c]!.dep === 'cc');
  if (cc === undefined) return -1;
  // Only the noun's own modifiers may stand between the coordinator and the noun.
  for (let k = cc + 1; k < x; k++) if (!phraseWord(tokens, k, x, cc)) return -1;
  return cc;
}

/**
 * "Somali, Kenyan and African Union troops have been fighting" read with the list as a first subject
 * and "troops" as a second: a coordinated subject running up to the noun of a second subject right after
 * it modifies that noun.
 */
export function listBeforeSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    if (dependentsOf(v).length < 2) continue;
    const subjects = dependentsOf(v).filter((c) => c < v && tokens[c]!.dep === 'nsubj');
    if (subjects.length !== 2) continue;
    const [a, b] = subjects as [number, number];
    if (tokens[b]!.pos !== 'NOUN' || !dependentsOf(a).some((c) => c > a && tokens[c]!.dep === 'conj')) continue;
    // The whole list lies under the first subject, up to the noun (else "A and B C troops" is read as two subjects joined: treeRepairs.ts, secondSubject).
    let list = true;
    for (let k = a + 1; k < b && list; k++) list = under(tokens, k, a);
    if (list) out.set(a, { head: b, dep: 'compound' });
  }
  return out;
}

/** True when `node` lies under `top` in the parsed tree. */
function under(tokens: readonly Token[], node: number, top: number): boolean {
  for (let n = node, steps = 0; n >= 0 && steps < 40; n = tokens[n]!.head ?? -1, steps++) if (n === top) return true;
  return false;
}

/** Arcs making each such stray nominal the conjunct of the argument before it. */
export function strayConjuncts(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let x = sentence.firstToken + 2; x < sentence.endToken; x++) {
    const t = tokens[x]!;
    const v = t.head ?? -1;
    if (!STRAY_DEPS.has(t.dep ?? '') || !NOMINAL_POS.has(t.pos) || v < sentence.firstToken || v > x) continue;
    const cc = openingCoordinator(tokens, x, dependentsOf);
    if (cc < 0) continue;
    // The verb's argument written last before the coordinator; one without a preposition, like the stray nominal, first ("battling Afghan forces in Helmand, as well as ...").
    const before = dependentsOf(v).filter((c) => c > v && c < cc && ARGUMENT_DEPS.has(tokens[c]!.dep ?? '') && NOMINAL_POS.has(tokens[c]!.pos));
    const bare = before.filter((c) => !dependentsOf(c).some((k) => k < c && tokens[k]!.dep === 'case'));
    const argument = bare[bare.length - 1] ?? before[before.length - 1];
    if (argument === undefined) continue;
    out.set(x, { head: argument, dep: 'conj' });
    // "as well as" read as an adverb and a preposition: one coordinator on the conjunct.
    if (tokens[cc]!.head !== x) out.set(cc, { head: x, dep: 'cc' }).set(cc + 2, { head: cc, dep: 'fixed' });
  }
  return out;
}
