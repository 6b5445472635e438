// "fired rockets at a convoy", "lobbed mortar shells into the town", "launched missiles at X": a verb
// that sends a weapon is an act of force when the parse gives it a weapon as its object
// (`weaponFire` in data/roleFrames.json); alone, "fired" may dismiss someone and "launched" may open
// anything, so the object decides. "exchanged artillery fire", "traded gunfire": fire sent both ways.
import framesData from '../../data/roleFrames.json';
import type { FoundCue } from './findCues';
import { roleTraits, type Ontology } from './ontology';
import { DependencyTree } from './relations/dependencyTree';
import type { Sentence, Token } from './types';

const FIRE = framesData.weaponFire;
const VERBS = new Map<string, string>(Object.entries(FIRE.verbs));
const WEAPONS = new Set(FIRE.weapons);
// "exchanged artillery fire", "traded gunfire": fire sent both ways.
const EXCHANGE_VERBS = new Map<string, string>(Object.entries(FIRE.exchangeVerbs));
const EXCHANGED = new Set(FIRE.exchanged);
const VERB_POS = new Set(['VERB', 'AUX']);
// "was hit by Thai artillery", "were hit with missiles": a verb of being struck whose agent or means is a weapon or fire.
const HIT_VERBS = new Map<string, string>(Object.entries(FIRE.hitVerbs));
const HIT_BY = new Set([...FIRE.weapons, ...FIRE.hitBy]);
const MEANS_CASES = new Set(['by', 'with']);

/** A weapon as the passive verb's "by" agent or "with" means ("hit by mortar shells", "hit with missiles"). */
export function weaponMeans(tree: DependencyTree, v: number): number | undefined {
  return tree.children(v, 'obl', 'obl:agent').find((c) => c > v && MEANS_CASES.has(tree.caseOf(c) ?? '') && (HIT_BY.has(tree.token(c).lemma) || HIT_BY.has(tree.token(c).norm)));
}

/** An object of the verb in the tree as repaired that is one of `nouns` ("mortar shells", "artillery fire"). */
function objectAmong(tree: DependencyTree, v: number, nouns: ReadonlySet<string>): boolean {
  return tree.children(v, 'obj').some((o) => nouns.has(tree.token(o).lemma) || nouns.has(tree.token(o).norm));
}

/** Cues of weapons fired at someone in one sentence, at verbs no other cue covers. */
export function weaponFireCues(tokens: readonly Token[], sentence: Sentence, covered: ReadonlySet<number>, ontology: Ontology, built?: DependencyTree | null): FoundCue[] {
  const relation = ontology.get(FIRE.relation);
  if (!relation) return [];
  const out: FoundCue[] = [];
  // The sentence's tree, when the caller built it already (the same tree: tokens do not change once parsed).
  let tree: DependencyTree | null | undefined = built;
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    const exchange = EXCHANGE_VERBS.get(t.lemma);
    const hit = HIT_VERBS.get(t.lemma);
    const cameo = VERBS.get(t.lemma) ?? exchange ?? hit;
    if (cameo === undefined || covered.has(v) || !VERB_POS.has(t.pos)) continue;
    // The tree only for a sentence with such a verb.
    if (tree === undefined) tree = DependencyTree.of(tokens, sentence);
    if (!tree) continue;
    if (hit !== undefined ? weaponMeans(tree, v) === undefined : !objectAmong(tree, v, exchange === undefined ? WEAPONS : EXCHANGED)) continue;
    out.push({ relation: relation.id, cameo, kind: 'verb', tokenStart: v, tokenEnd: v + 1, mutual: exchange !== undefined, ...roleTraits(relation) });
  }
  return out;
}
