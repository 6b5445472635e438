// "Israel accused Hamas of using civilians as shields, a charge the group rejected" read with Hamas
// as a subject of "rejected": a claim noun after a comma, then a subject and a verb closing the
// sentence, is a relative clause on that noun, which stands in apposition to the clause before it.
// The verb's arguments the parser took from before the comma go back to that clause's verb.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const ENDS = new Set(['.', '!', '?']);

/** The claim noun after the comma at `comma` and the verb closing the sentence after its subject, or null. */
function claimAfterComma(tokens: readonly Token[], sentence: Sentence, comma: number): { claim: number; verb: number } | null {
  let claim = comma + 1;
  if (tokens[claim]?.pos === 'DET') claim++;
  const c = tokens[claim];
  if (!c || c.pos !== 'NOUN' || !ROLE_FRAMES.claimNouns.has(c.lemma)) return null;
  let verb = claim + 1;
  while (verb < sentence.endToken && SUBJECT_POS.has(tokens[verb]!.pos)) verb++;
  const last = sentence.endToken - 1;
  if (verb === claim + 1 || verb >= sentence.endToken || tokens[verb]!.pos !== 'VERB') return null;
  return verb === last || (verb + 1 === last && ENDS.has(tokens[last]!.norm)) ? { claim, verb } : null;
}

/** Arcs reading such a closing clause as a relative clause on a claim in apposition to the main clause. */
export function appositiveClaim(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  let root = -1;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if ((tokens[i]!.head ?? -1) < 0) root = i;
  if (root < 0 || tokens[root]!.pos !== 'VERB') return out;
  for (let comma = root + 2; comma < sentence.endToken - 3; comma++) {
    if (tokens[comma]!.norm !== ',') continue;
    const found = claimAfterComma(tokens, sentence, comma);
    if (!found) continue;
    const { claim, verb } = found;
    const subject = verb - 1;
    if (tokens[subject]!.pos !== 'NOUN' && tokens[subject]!.pos !== 'PROPN') return out;
    out.set(verb, { head: claim, dep: 'acl:relcl' }).set(claim, { head: root, dep: 'appos' }).set(subject, { head: verb, dep: 'nsubj' });
    for (let k = claim + 1; k < subject; k++) out.set(k, { head: subject, dep: tokens[k]!.pos === 'DET' ? 'det' : 'compound' });
    // What the parser hung on the closing verb from before the comma belongs to the main clause.
    const rootHasObject = dependentsOf(root).some((c) => tokens[c]!.dep === 'obj');
    for (const c of dependentsOf(verb)) {
      if (c >= comma) continue;
      const dep = tokens[c]!.dep ?? 'dep';
      out.set(c, { head: root, dep: dep === 'nsubj' && c > root && !rootHasObject ? 'obj' : dep });
    }
    if (verb === root) return new Map();
    return out;
  }
  return out;
}
