import { UNCLASSIFIED_RELATION } from '../domain/contract';
import { RELATIONS } from '../domain/relationRegistry';

/** How a relation looks: the display subset of a relation of the registry. */
export interface RelationStyle {
  id: string;
  label: string;
  color: string;
  directed: boolean;
}

const UNKNOWN_RELATION_COLOR = '#9aa0a6';

const ONTOLOGY_STYLES: ReadonlyMap<string, RelationStyle> = new Map(
  RELATIONS.relations.map((r) => [r.id, { id: r.id, label: r.label, color: r.color, directed: r.directed }]),
);

// Imported relations that name no relation of the ontology; styled from the same data file.
const UNCLASSIFIED_STYLE: RelationStyle = { id: UNCLASSIFIED_RELATION, label: RELATIONS.unclassified.label, color: RELATIONS.unclassified.color, directed: true };

/** Ontology order, so legends list relations the way data/relations.json does; unclassified last. */
export const RELATION_ORDER: readonly string[] = [...RELATIONS.ids, UNCLASSIFIED_RELATION];

export function relationStyle(id: string): RelationStyle {
  if (id === UNCLASSIFIED_RELATION) return UNCLASSIFIED_STYLE;
  return ONTOLOGY_STYLES.get(id) ?? { id, label: id, color: UNKNOWN_RELATION_COLOR, directed: true };
}

/** Relation ids of the ontology (what extraction can produce). */
export const KNOWN_RELATION_IDS: ReadonlySet<string> = new Set(RELATIONS.ids);
