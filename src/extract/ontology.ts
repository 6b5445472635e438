import type { RelationDefinition } from '../domain/relationOntology';
import { tokenize } from './tokenize';

/** What the ontology is built from: the relation registry (src/domain), or any list of relations in its shape. */
export interface OntologyFile {
  relations: readonly RelationDefinition[];
}

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
}

/** Relation ontology with cue lookups keyed by the first lemma of each cue. */
export class Ontology {
  readonly relations = new Map<string, RelationDefinition>();
  readonly cuesByFirstLemma = new Map<string, CueDefinition[]>();

  constructor(file: OntologyFile) {
    for (const r of file.relations) {
      this.relations.set(r.id, r);
      const mutual = new Set(r.mutual);
      const planned = new Set(r.planned);
      const add = (text: string, cameo: string, kind: CueDefinition['kind']) => {
        const lemmas = tokenize(text).tokens.map((t) => t.lemma);
        if (lemmas.length === 0) return;
        const list = this.cuesByFirstLemma.get(lemmas[0]!) ?? [];
        list.push({ relation: r.id, cameo, kind: lemmas.length > 1 ? 'phrase' : kind, lemmas, mutual: mutual.has(text), planned: planned.has(text), nominal: kind === 'noun' });
        this.cuesByFirstLemma.set(lemmas[0]!, list);
      };
      for (const [w, c] of Object.entries(r.cues.verbs)) add(w, c, 'verb');
      for (const [w, c] of Object.entries(r.cues.nouns)) add(w, c, 'noun');
      for (const [w, c] of Object.entries(r.cues.phrases)) add(w, c, 'phrase');
    }
    // Longest cues first so phrases win over their first word.
    for (const list of this.cuesByFirstLemma.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  }

  get(id: string): RelationDefinition | undefined {
    return this.relations.get(id);
  }
}
