// Which words say that their subject did a wrong, as data/speechReadings.json declares them:
// verbs that always do ("undermined the talks"), verbs that do only with a given object or
// complement ("broke its promise", "failed to answer questions"), attempts at such a wrong
// ("was trying to destabilize"), and adjectives of blame ("responsible for the attack").
import readingsData from '../../../data/speechReadings.json';
import type { DependencyTree } from './dependencyTree';

interface WrongCondition {
  objects?: string[];
  complements?: string[];
  onlyPrepositions?: string[];
}

const WRONG_VERBS: ReadonlySet<string> = new Set(readingsData.wrongdoingVerbs);
const CONDITIONED: ReadonlyMap<string, WrongCondition> = new Map(Object.entries(readingsData.conditionedWrongdoingVerbs as Record<string, WrongCondition>));
const WRONG_ADVERBS: ReadonlySet<string> = new Set(readingsData.wrongdoingAdverbs);
const ATTEMPTING: ReadonlySet<string> = new Set(readingsData.attemptingVerbs);
const BLAME: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(readingsData.blameAdjectives));
const HARM: ReadonlySet<string> = new Set(readingsData.harmNouns);
// Attachments that, on a verb allowed only some prepositions, make it another verb ("lies north of the river").
const ATTACHMENT_DEPS = ['obj', 'xcomp', 'obl', 'nmod', 'advmod', 'obl:npmod', 'obl:tmod'];

/** Whether the lemma may name a wrong as a verb. */
export function isWrongdoingVerb(lemma: string): boolean {
  return WRONG_VERBS.has(lemma) || CONDITIONED.has(lemma);
}

/** The verb whose act the adverb `a` calls a wrong ("is holding the sailors illegally"), or undefined. */
export function wrongedActOf(tree: DependencyTree, a: number): number | undefined {
  const v = tree.head(a);
  const onVerb = WRONG_ADVERBS.has(tree.token(a).norm) && tree.baseDep(a) === 'advmod' && v >= 0;
  return onVerb && tree.token(v).pos === 'VERB' ? v : undefined;
}

/** Whether an adjective of that lemma may blame its subject. */
export function isBlameAdjective(lemma: string): boolean {
  return BLAME.has(lemma);
}

/** The "to"-infinitive complement of `v` ("failed to answer"), if any. */
function infinitiveOf(tree: DependencyTree, v: number): number | undefined {
  return tree.children(v, 'xcomp', 'advcl').find((c) => c > v && tree.children(c, 'mark').some((m) => tree.token(m).norm === 'to'));
}

/** Whether the verb `v` says its subject did a wrong, with what its condition asks of its attachments. */
export function saysWrong(tree: DependencyTree, v: number): boolean {
  const lemma = tree.token(v).lemma;
  if (WRONG_VERBS.has(lemma)) return true;
  const condition = CONDITIONED.get(lemma);
  if (!condition) return false;
  if (condition.objects) {
    // The object, or a modifier naming what it is ("supports terrorist groups").
    const object = tree.children(v, 'obj')[0];
    const words = object === undefined ? [] : [object, ...tree.children(object, 'amod', 'compound').filter((c) => c < object)];
    return words.some((w) => condition.objects!.includes(tree.token(w).lemma) || condition.objects!.includes(tree.token(w).norm));
  }
  if (condition.complements) {
    const complement = infinitiveOf(tree, v);
    return complement !== undefined && condition.complements.includes(tree.token(complement).lemma);
  }
  const allowed = condition.onlyPrepositions ?? [];
  return tree.children(v, ...ATTACHMENT_DEPS).every((c) => {
    if (tree.baseDep(c) === 'advmod') return tree.token(c).norm.endsWith('ly');
    return tree.baseDep(c) === 'obl' && allowed.includes(tree.caseOf(c) ?? '');
  });
}

/** The clause stating the wrong at `v`: the attempt it is the aim of ("was trying to destabilize"), or `v` itself. */
export function wrongClause(tree: DependencyTree, v: number): number {
  const h = tree.head(v);
  if (h < 0 || h > v || !ATTEMPTING.has(tree.token(h).lemma)) return v;
  return infinitiveOf(tree, h) === v ? h : v;
}

/** Whether the blame adjective `a` names a harm it blames for ("responsible for the attack", "guilty of war crimes"). */
export function blamesHarm(tree: DependencyTree, a: number): boolean {
  const prepositions = BLAME.get(tree.token(a).lemma);
  if (!prepositions || tree.children(a, 'cop').length === 0) return false;
  return tree.children(a, 'obl', 'nmod').some((c) => prepositions.includes(tree.caseOf(c) ?? '') && HARM.has(tree.token(c).lemma));
}
