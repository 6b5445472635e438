// "handed medicine to the Red Crescent, according to the Swiss agency": the parser may hang an
// "according to X" phrase on a noun before it, as an apposition or a modifier, which makes X a second
// name for that noun (a target, a victim). The phrase names where the sentence's news comes from: it
// attaches to the sentence's main verb.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

/** Attachments to a noun the parser may give the phrase. */
const NOUN_ATTACHMENTS = new Set(['appos', 'nmod', 'conj', 'acl']);

export function accordingToSource(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  let root = -1;
  for (let i = sentence.firstToken; i < sentence.endToken && root < 0; i++) if ((tokens[i]!.head ?? -1) < 0) root = i;
  if (root < 0 || tokens[root]!.upos !== 'VERB') return out;
  for (let n = sentence.firstToken; n < sentence.endToken; n++) {
    const t = tokens[n]!;
    // Only a phrase after the verb, hung on a noun of its clause: a fronted one ("According to X, ...") is read as parsed.
    if (n < root || (t.dep === 'obl' && t.head === root) || !NOUN_ATTACHMENTS.has(t.dep ?? '')) continue;
    if (!dependentsOf(n).some((c) => c < n && tokens[c]!.dep === 'case' && tokens[c]!.norm === 'according')) continue;
    out.set(n, { head: root, dep: 'obl' });
  }
  return out;
}
