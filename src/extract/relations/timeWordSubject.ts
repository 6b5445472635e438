// "Denmark today accepted a formula", "Gaddafi and Zhivkov today signed a treaty": wire copy puts a bare
// time word between the subject and its verb, and the parser may take the time word for the subject,
// beside the real one or in its place (the real subject then hangs on the verb as a bare attachment).
// A time word (data/roleFrames.json, timeNouns) is when the act happened, never who did it.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
/** Bare attachments the parser gives the real subject when the time word took its place. */
const STRAY_SUBJECT_DEPS = new Set(['obl:unmarked', 'obl', 'obl:tmod', 'nmod', 'dep']);

export function timeWordSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let w = sentence.firstToken + 1; w < sentence.endToken; w++) {
    const t = tokens[w]!;
    const v = t.head ?? -1;
    if (t.dep !== 'nsubj' || v <= w || tokens[v]!.upos !== 'VERB' || !ROLE_FRAMES.timeNouns.has(t.norm) || dependentsOf(w).length > 0) continue;
    const before = dependentsOf(v).filter((c) => c < w && c !== w);
    const subject = before.find((c) => tokens[c]!.dep === 'nsubj');
    // The real subject read as a bare attachment right before the time word: no preposition of its own.
    const stray = before.filter((c) => STRAY_SUBJECT_DEPS.has(tokens[c]!.dep ?? '') && NOMINAL_POS.has(tokens[c]!.upos ?? '') && !dependentsOf(c).some((d) => tokens[d]!.dep === 'case')).pop();
    const real = subject ?? stray;
    if (real === undefined || ROLE_FRAMES.timeNouns.has(tokens[real]!.norm)) continue;
    out.set(w, { head: v, dep: 'obl:unmarked' });
    if (real === stray) out.set(real, { head: v, dep: 'nsubj' });
  }
  return out;
}
