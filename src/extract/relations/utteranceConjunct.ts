// "Kan's remarks followed a statement from China's Foreign Ministry that called the detention unlawful
// and asked Japan to apologize" read with "asked" coordinated with the main verb: a verb with no subject
// of its own, coordinated right after a relative clause on an utterance noun, goes on that clause
// (the statement asked), not on the main clause.
import type { Sentence, Token } from '../types';
import type { Rewired } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

type DependentsOf = (n: number) => readonly number[];

function under(tokens: readonly Token[], node: number, top: number): boolean {
  for (let n = node, steps = 0; n >= 0 && steps < 40; n = tokens[n]!.head ?? -1, steps++) if (n === top) return true;
  return false;
}

/** The relative clause on an utterance noun under `main` that ends right before `coordinator`, or -1. */
function clauseBefore(tokens: readonly Token[], main: number, coordinator: number): number {
  for (let v1 = coordinator - 1; v1 > main; v1--) {
    const t = tokens[v1]!;
    const noun = t.head ?? -1;
    if (t.dep !== 'acl:relcl' || t.pos !== 'VERB' || noun < main || !ROLE_FRAMES.utteranceNouns.has(tokens[noun]!.lemma)) continue;
    for (let k = v1 + 1; k < coordinator; k++) if (!under(tokens, k, v1)) return -1;
    return under(tokens, noun, main) ? v1 : -1;
  }
  return -1;
}

/** Arcs moving such a conjunct onto the relative clause it continues. */
export function utteranceConjunct(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v2 = sentence.firstToken + 2; v2 < sentence.endToken; v2++) {
    const t = tokens[v2]!;
    const main = t.head ?? -1;
    if (t.dep !== 'conj' || t.pos !== 'VERB' || main < sentence.firstToken || main >= v2 || tokens[main]!.pos !== 'VERB') continue;
    if (dependentsOf(v2).some((c) => tokens[c]!.dep === 'nsubj' || tokens[c]!.dep === 'nsubj:pass')) continue;
    const coordinator = v2 - 1;
    if (tokens[coordinator]!.dep !== 'cc' || tokens[coordinator]!.head !== v2) continue;
    const v1 = clauseBefore(tokens, main, coordinator);
    if (v1 >= 0) out.set(v2, { head: v1, dep: 'conj' });
  }
  return out;
}
