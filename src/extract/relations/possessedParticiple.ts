// "condemned and opposed North Korea's announced nuclear test" read as a clause: "North Korea" the
// subject of "announced", "test" its object. A possessor never heads a clause: the participle after
// it modifies the noun, which the possessor owns, and the noun takes the participle's place (the
// object of the verb before it when the participle stood as a further conjunct).
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const POSSESSIVE_MARKS = new Set(["'s", "'", '’s', '’']);
const NOUN_PHRASE_DEPS = new Set(['amod', 'compound', 'nummod']);

/** The verb before the possessor that lacks an object, among the participle's coordination; or -1. */
function objectlessConjunct(tokens: readonly Token[], first: number, before: number, dependentsOf: DependentsOf): number {
  const verbs = [first, ...dependentsOf(first).filter((c) => tokens[c]!.dep === 'conj' && tokens[c]!.pos === 'VERB')].filter((c) => c < before);
  const last = verbs[verbs.length - 1];
  return last !== undefined && !dependentsOf(last).some((c) => tokens[c]!.dep === 'obj') ? last : -1;
}

/** Arcs reading such a participle as a modifier inside the possessed noun phrase. */
export function possessedParticiple(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 2; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' || !t.norm.endsWith('ed')) continue;
    const owner = dependentsOf(v).find((c) => tokens[c]!.dep === 'nsubj' && c < v);
    if (owner === undefined || !POSSESSIVE_MARKS.has(tokens[v - 1]!.norm) || tokens[v - 1]!.head !== owner) continue;
    const object = dependentsOf(v).find((c) => tokens[c]!.dep === 'obj' && c > v);
    if (object === undefined || tokens[object]!.pos !== 'NOUN') continue;
    let phrase = true;
    for (let k = v + 1; k < object && phrase; k++) phrase = tokens[k]!.head === object && NOUN_PHRASE_DEPS.has(tokens[k]!.dep ?? '');
    if (!phrase) continue;
    const h = t.head ?? -1;
    const conjunct = t.dep === 'conj' && h >= 0 ? objectlessConjunct(tokens, h, owner, dependentsOf) : -1;
    out.set(object, conjunct >= 0 ? { head: conjunct, dep: 'obj' } : { head: h, dep: t.dep ?? 'root' });
    out.set(v, { head: object, dep: 'amod' }).set(owner, { head: object, dep: 'nmod:poss' });
  }
  return out;
}

const NAME_RUN_MAX = 3;
const NOUN_RUN_MAX = 4;
const NOUN_RUN_POS = new Set(['PROPN', 'NOUN', 'ADJ']);

/** The ancestor of `node` whose head is `top`, or -1 when `node` is not under `top`. */
function childOnPathTo(tokens: readonly Token[], node: number, top: number): number {
  for (let n = node, steps = 0; n >= 0 && steps < 40; steps++) {
    const h = tokens[n]!.head ?? -1;
    if (h === top) return n;
    n = h;
  }
  return -1;
}

/**
 * "Yemen's Iran-backed Houthi rebels attacked", "Syria's Russia-backed government" read with the
 * possessor as a clause subject or the participle as a clause: a possessor, a name hyphenated to a
 * participle and the nouns after it are one noun phrase. The participle modifies the last noun, whose
 * agent is the hyphenated name and whose owner is the possessor; a clause the noun was read inside
 * takes the participle's place, so no arc loops.
 */
export function possessedHyphenParticiple(tokens: readonly Token[], sentence: Sentence): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 4; v < sentence.endToken - 1; v++) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' || !t.norm.endsWith('ed') || tokens[v - 1]!.text !== '-' || tokens[v - 2]!.pos !== 'PROPN') continue;
    let mark = v - 2;
    while (mark > v - 2 - NAME_RUN_MAX && tokens[mark - 1]?.pos === 'PROPN' && tokens[mark - 1]!.sentence === t.sentence) mark--;
    mark--;
    const owner = tokens[mark]?.head ?? -1;
    if (mark <= sentence.firstToken || !POSSESSIVE_MARKS.has(tokens[mark]!.norm) || owner < sentence.firstToken || owner >= mark) continue;
    let n = v;
    while (n + 1 < sentence.endToken && n - v < NOUN_RUN_MAX && NOUN_RUN_POS.has(tokens[n + 1]!.pos)) n++;
    if (n === v || tokens[n]!.pos === 'ADJ') continue;
    if (t.head === n && t.dep === 'amod' && tokens[owner]!.head === n) continue;
    const clause = childOnPathTo(tokens, n, v);
    if (clause >= 0) out.set(clause, { head: t.head ?? -1, dep: t.dep ?? 'root' });
    // The possessor read as a clause's subject: the noun takes that place.
    else if ((tokens[owner]!.dep ?? '').startsWith('nsubj') && tokens[n]!.head === owner) out.set(n, { head: tokens[owner]!.head ?? -1, dep: tokens[owner]!.dep! });
    out.set(v, { head: n, dep: 'amod' }).set(v - 2, { head: v, dep: 'obl:unmarked' }).set(owner, { head: n, dep: 'nmod:poss' });
    for (let k = v + 1; k < n; k++) if (tokens[k]!.head !== n) out.set(k, { head: n, dep: tokens[k]!.pos === 'ADJ' ? 'amod' : 'compound' });
  }
  return out;
}
