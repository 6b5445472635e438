// "sent humanitarian supplies to Lebanon", "delivered more weapons to Kyiv", "pledged $500 million to
// Haiti": a verb of sending or giving is aid when the parse gives it relief goods, arms or money as its
// object (data/aidTransfers.json); alone, "sent" or "gave" may be anything, so the object decides.
import transfers from '../../data/aidTransfers.json';
import type { FoundCue } from './findCues';
import { roleTraits, type Ontology } from './ontology';
import { DependencyTree } from './relations/dependencyTree';
import type { Sentence, Token } from './types';

const VERBS = new Map<string, string>(Object.entries(transfers.verbs));
const GOODS = new Map<string, string>(Object.entries(transfers.goods));
const AMOUNTS = new Set(transfers.amounts);
const ECONOMIC = GOODS.get('money') ?? '071';
const VERB_POS = new Set(['VERB']);

const MEASURES = new Set(transfers.measures);

/** The goods an object names: itself, or what its quantity word measures ("700 kg of medicine"). */
function goodsNoun(tree: DependencyTree, o: number): number {
  const w = tree.token(o);
  if (!MEASURES.has(w.lemma) && !MEASURES.has(w.norm)) return o;
  return tree.children(o, 'nmod').find((c) => c > o && tree.caseOf(c) === 'of') ?? o;
}

/** The CAMEO code the verb's object gives the act, if the object is goods or money. */
function goodsCode(tree: DependencyTree, v: number): string | undefined {
  for (const o of tree.children(v, 'obj').map((x) => goodsNoun(tree, x))) {
    const w = tree.token(o);
    const code = GOODS.get(w.lemma) ?? GOODS.get(w.norm);
    if (code !== undefined) return code;
    if (AMOUNTS.has(w.lemma) || AMOUNTS.has(w.norm) || (w.pos === 'NUM' && tree.children(o, 'compound', 'nummod').some((c) => AMOUNTS.has(tree.token(c).norm)))) return ECONOMIC;
  }
  return undefined;
}

/** Cues of goods or money sent to someone in one sentence, at verbs no other cue covers. */
export function transferCues(tokens: readonly Token[], sentence: Sentence, covered: ReadonlySet<number>, ontology: Ontology, built?: DependencyTree | null): FoundCue[] {
  const relation = ontology.get(transfers.relation);
  if (!relation) return [];
  const out: FoundCue[] = [];
  // The sentence's tree, when the caller built it already (the same tree: tokens do not change once parsed).
  let tree: DependencyTree | null | undefined = built;
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    if (!VERBS.has(t.lemma) || covered.has(v) || !VERB_POS.has(t.pos)) continue;
    if (tree === undefined) tree = DependencyTree.of(tokens, sentence);
    if (!tree) return out;
    const code = goodsCode(tree, v);
    if (code === undefined) continue;
    out.push({ relation: relation.id, cameo: code === '070' ? VERBS.get(t.lemma)! : code, kind: 'verb', tokenStart: v, tokenEnd: v + 1, mutual: false, ...roleTraits(relation) });
  }
  return out;
}
