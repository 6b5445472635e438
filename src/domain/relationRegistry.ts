// The one relation registry: data/relations.json, checked once at load and read by every layer.
import relationsFile from '../../data/relations.json';
import { readRelationOntology, type RelationDefinition, type RelationOntology, type UnclassifiedStyle } from './relationOntology';

export class RelationRegistry {
  /** In ontology order (legends and choices list relations the way the file does). */
  readonly relations: readonly RelationDefinition[];
  readonly ids: readonly string[];
  readonly unclassified: UnclassifiedStyle;
  /** The relation stated by how a name is built ("Iran's foreign ministry"), if the ontology has one. */
  readonly structural: RelationDefinition | undefined;
  /** What an organisation's report of an accusable act becomes: relation, CAMEO code and PLOVER category. */
  readonly accusation: { relation: string; cameo: string; plover: string | null } | undefined;
  private readonly byId: ReadonlyMap<string, RelationDefinition>;

  constructor(ontology: RelationOntology) {
    this.relations = ontology.relations;
    this.ids = ontology.relations.map((r) => r.id);
    this.unclassified = ontology.unclassified;
    this.byId = new Map(ontology.relations.map((r) => [r.id, r]));
    this.structural = ontology.relations.find((r) => r.structural);
    const accuser = ontology.relations.find((r) => r.accusationCode !== null);
    this.accusation = accuser && { relation: accuser.id, cameo: accuser.accusationCode!, plover: accuser.plover };
  }

  get(id: string): RelationDefinition | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}

/** The shipped ontology. Loading fails with every problem named when data/relations.json is not valid. */
export const RELATIONS = new RelationRegistry(readRelationOntology(relationsFile));
