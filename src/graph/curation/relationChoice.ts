// The relations an analyst may choose, with the codes an edge of that relation carries.
import { RELATIONS } from '../../domain/relationRegistry';

export interface RelationChoice {
  id: string;
  label: string;
  color: string;
}

export const RELATION_CHOICES: readonly RelationChoice[] = RELATIONS.relations.map((r) => ({ id: r.id, label: r.label, color: r.color }));

/** The CAMEO root code and PLOVER category of a relation of the registry; null for any other id. */
export function relationCodes(relation: string): { cameo: string; plover: string | null } | null {
  const r = RELATIONS.get(relation);
  return r ? { cameo: r.cameo[0] ?? '', plover: r.plover } : null;
}
