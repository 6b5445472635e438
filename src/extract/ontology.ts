import type { RelationDefinition, TargetRule } from '../domain/relationOntology';
import type { RelationRegistry } from '../domain/relationRegistry';
import type { RoleTraits } from './assignRoles';
import type { GeneratedVerbCue } from './generatedCues';
import { tokenize } from './tokenize';

export interface CueDefinition {
  relation: string;
  cameo: string;
  kind: 'verb' | 'noun' | 'phrase';
  /** Lemma sequence to match. */
  lemmas: string[];
  mutual: boolean;
  planned: boolean;
  /** Listed among the relation's nouns: every word must be used as a noun ("drone strike", not "drones struck"). */
  nominal: boolean;
  /** How the relation's roles are read, as the registry declares it; only the flags that hold. */
  traits: RoleTraits;
  /** What the cue's target must be, as its relation declares it ("hold": its object, a person or group). */
  rule?: TargetRule;
  /** Generated from WordNet (data/cue-expansions.json), not listed by hand: a verb, read with less confidence. */
  generated?: boolean;
}

/** The flags of a relation that say how its roles are read. */
export function roleTraits(r: RelationDefinition): RoleTraits {
  return { ...(r.symmetric ? { symmetric: true } : {}), ...(r.placeTarget ? { placeTarget: true } : {}), ...(r.betweenParties ? { betweenParties: true } : {}) };
}

/** The relation registry with cue lookups keyed by the first lemma of each cue; generated verb cues after the hand ones. */
export class Ontology {
  readonly cuesByFirstLemma = new Map<string, CueDefinition[]>();

  constructor(
    readonly registry: RelationRegistry,
    generated: readonly GeneratedVerbCue[] = [],
  ) {
    for (const r of registry.relations) {
      const traits = roleTraits(r);
      const mutual = new Set(r.mutual);
      const planned = new Set(r.planned);
      const add = (text: string, cameo: string, kind: CueDefinition['kind']) => {
        const lemmas = tokenize(text).tokens.map((t) => t.lemma);
        if (lemmas.length === 0) return;
        const list = this.cuesByFirstLemma.get(lemmas[0]!) ?? [];
        const rule = r.targetRules[text];
        list.push({ relation: r.id, cameo, kind: lemmas.length > 1 ? 'phrase' : kind, lemmas, mutual: mutual.has(text), planned: planned.has(text), nominal: kind === 'noun', traits, ...(rule ? { rule } : {}) });
        this.cuesByFirstLemma.set(lemmas[0]!, list);
      };
      for (const [w, c] of Object.entries(r.cues.verbs)) add(w, c, 'verb');
      for (const [w, c] of Object.entries(r.cues.nouns)) add(w, c, 'noun');
      for (const [w, c] of Object.entries(r.cues.phrases)) add(w, c, 'phrase');
    }
    this.addGenerated(generated);
    // Longest cues first so phrases win over their first word.
    for (const list of this.cuesByFirstLemma.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  }

  /** Generated cues are verbs (a phrase's first word must be one: "fight off"); a lemma already cued by hand keeps its hand cue. */
  private addGenerated(generated: readonly GeneratedVerbCue[]): void {
    const handText = new Set<string>();
    for (const list of this.cuesByFirstLemma.values()) for (const c of list) handText.add(c.lemmas.join(' '));
    for (const g of generated) {
      const r = this.registry.get(g.relation);
      const lemmas = tokenize(g.lemma).tokens.map((t) => t.lemma);
      if (!r || lemmas.length === 0 || handText.has(lemmas.join(' '))) continue;
      const list = this.cuesByFirstLemma.get(lemmas[0]!) ?? [];
      list.push({ relation: r.id, cameo: g.cameo, kind: lemmas.length > 1 ? 'phrase' : 'verb', lemmas, mutual: false, planned: false, nominal: false, traits: roleTraits(r), generated: true });
      this.cuesByFirstLemma.set(lemmas[0]!, list);
    }
  }

  get(id: string): RelationDefinition | undefined {
    return this.registry.get(id);
  }
}
