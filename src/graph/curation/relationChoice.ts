// The relations an analyst may choose, with the codes an edge of that relation carries.
import relationsFile from '../../../data/relations.json';

export interface RelationChoice {
  id: string;
  label: string;
  color: string;
}

export const RELATION_CHOICES: readonly RelationChoice[] = relationsFile.relations.map((r) => ({ id: r.id, label: r.label, color: r.color }));

const CODES = new Map(relationsFile.relations.map((r) => [r.id, { cameo: r.cameo[0] ?? '', plover: r.plover ?? null }]));

/** The CAMEO root code and PLOVER category of a relation of data/relations.json; null for any other id. */
export function relationCodes(relation: string): { cameo: string; plover: string | null } | null {
  return CODES.get(relation) ?? null;
}
