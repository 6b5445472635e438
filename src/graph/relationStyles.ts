import relationsFile from '../../data/relations.json';

/** How a relation looks: the display subset of an entry in data/relations.json. */
export interface RelationStyle {
  id: string;
  label: string;
  color: string;
  directed: boolean;
}

const UNKNOWN_RELATION_COLOR = '#9aa0a6';

const STYLES: ReadonlyMap<string, RelationStyle> = new Map(
  relationsFile.relations.map((r) => [r.id, { id: r.id, label: r.label, color: r.color, directed: r.directed }]),
);

/** Ontology order, so legends list relations the way data/relations.json does. */
export const RELATION_ORDER: readonly string[] = relationsFile.relations.map((r) => r.id);

export function relationStyle(id: string): RelationStyle {
  return STYLES.get(id) ?? { id, label: id, color: UNKNOWN_RELATION_COLOR, directed: true };
}

export const KNOWN_RELATION_IDS: ReadonlySet<string> = new Set(STYLES.keys());
