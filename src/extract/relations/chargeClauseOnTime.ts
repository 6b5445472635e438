// "Kenya accused Somalia last week of arming militias": the parser hangs "of arming" on the bare
// time phrase ("week", obl:unmarked) instead of on "accused". A clause opened by a charge mark
// ("of", "for") cannot describe a time phrase; it is the charge, an adverbial clause of the verb
// the time phrase modifies, so the accused does the act and the act is only reported. It reads the
// tags the parse read (`upos`), as every repair of the tree should.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

/** Bare noun phrases of time hung on a verb ("last week", "Monday"). */
const TIME_PHRASE_DEPS = new Set(['obl:unmarked', 'obl:tmod', 'nmod:tmod']);

export function chargeClauseOnTime(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    const time = t.head ?? -1;
    if (t.upos !== 'VERB' || t.dep !== 'acl' || time < 0 || !TIME_PHRASE_DEPS.has(tokens[time]!.dep ?? '')) continue;
    const verb = tokens[time]!.head ?? -1;
    if (verb < 0 || tokens[verb]!.upos !== 'VERB' || !dependentsOf(verb).some((c) => tokens[c]!.dep === 'obj')) continue;
    if (!dependentsOf(v).some((c) => tokens[c]!.dep === 'mark' && ROLE_FRAMES.chargeMarks.has(tokens[c]!.norm))) continue;
    out.set(v, { head: verb, dep: 'advcl' });
  }
  return out;
}
