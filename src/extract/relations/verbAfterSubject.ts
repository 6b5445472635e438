// A repair of the parse (see treeRepairs.ts): "Ethiopian troops shelled Eritrean positions", "Nkunda's
// forces fired rockets at a convoy", "Ethiopian forces seized control of the town" read as one noun
// phrase, with the verb as a modifier of the noun after it and no verb heading the sentence. The noun
// before the verb is its subject, the noun it modified its object, and the verb heads the sentence.
import type { Sentence, Token } from '../types';
import type { Rewired } from './dependencyTree';

type DependentsOf = (n: number) => readonly number[];

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
const MODIFIER_DEPS = new Set(['amod', 'compound']);
// A verb may also be read as the preposition of the noun after it ("fighters overran the town").
const LOST_VERB_DEPS = new Set([...MODIFIER_DEPS, 'case']);
// What may stand between the verb and the noun it was hung on: that noun's own modifiers.
const NOUN_PHRASE_DEPS = new Set(['det', 'amod', 'compound', 'nummod', 'nmod:poss', 'case', 'punct', 'flat']);
// The labels a dependent of the old head takes on the verb.
const ON_VERB: Record<string, string> = { nmod: 'obl', acl: 'advcl', appos: 'obl' };

function inside(tokens: readonly Token[], node: number, top: number): boolean {
  for (let n = node, steps = 0; n >= 0 && steps < 40; n = tokens[n]!.head ?? -1, steps++) if (n === top) return true;
  return false;
}

/** The arcs of one lost verb at `v`, or none when the shape is not this misparse. */
function lostVerb(tokens: readonly Token[], sentence: Sentence, v: number, dependentsOf: DependentsOf): Map<number, Rewired> | undefined {
  const verb = tokens[v]!;
  const subject = v - 1;
  const object = verb.head ?? -1;
  if (verb.pos !== 'VERB' || verb.norm.endsWith('ing') || !LOST_VERB_DEPS.has(verb.dep ?? '') || object <= v || subject < sentence.firstToken) return undefined;
  const s = tokens[subject]!;
  if (!NOMINAL_POS.has(s.pos) || !NOMINAL_POS.has(tokens[object]!.pos) || dependentsOf(subject).some((c) => tokens[c]!.dep === 'case' && c < subject)) return undefined;
  for (let k = v + 1; k < object; k++) if (!inside(tokens, k, object) || !NOUN_PHRASE_DEPS.has(tokens[k]!.dep ?? '')) return undefined;
  // The noun phrase heads the sentence: either the subject noun with the object hung on it, or the object noun with the subject as its modifier.
  const subjectTop = s.head === -1 && tokens[object]!.head === subject;
  const objectTop = tokens[object]!.head === -1 && s.head === object && MODIFIER_DEPS.has(s.dep ?? '');
  if (!subjectTop && !objectTop) return undefined;
  const out = new Map<number, Rewired>();
  out.set(v, { head: -1, dep: 'root' }).set(subject, { head: v, dep: 'nsubj' }).set(object, { head: v, dep: 'obj' });
  const top = subjectTop ? subject : object;
  for (const c of dependentsOf(top)) {
    if (c === v || c === subject || c === object) continue;
    const dep = tokens[c]!.dep ?? '';
    // Words before the verb belong to the subject ("The Ethiopian forces"); after the object, to the verb ("at a convoy"), unless they qualify the object noun itself.
    if (c < subject) {
      if (top === object) out.set(c, { head: subject, dep });
    } else if (c > object && (top === subject || dep === 'punct')) out.set(c, { head: v, dep: ON_VERB[dep] ?? dep });
  }
  return out;
}

/** Every lost verb's arcs in one sentence. */
export function verbAfterSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  for (let v = sentence.firstToken + 1; v < sentence.endToken; v++) {
    const arcs = lostVerb(tokens, sentence, v, dependentsOf);
    // One verb heads the sentence: the first such reading.
    if (arcs) return arcs;
  }
  return new Map();
}
