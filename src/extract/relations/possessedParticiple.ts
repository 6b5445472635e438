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
