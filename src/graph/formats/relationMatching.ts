// Which ontology relation a label from a foreign file names, when it clearly names one.
import { UNCLASSIFIED_RELATION } from '../../domain/contract';
import { RELATIONS } from '../../domain/relationRegistry';

function normalise(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_\-\s]+/g, ' ')
    .trim();
}

interface NamedRelation {
  id: string;
  /** The CAMEO code this name gives (a cue's own code), when it gives one. */
  cameo?: string;
}

/**
 * Names that clearly mean one relation: its id, its label, each CAMEO code it has and each cue word
 * or phrase of data/relations.json. A cue two relations share means neither.
 */
function buildNameIndex(): Map<string, NamedRelation | null> {
  const index = new Map<string, NamedRelation | null>();
  const add = (name: string, named: NamedRelation, strong: boolean) => {
    const key = normalise(name);
    if (!key) return;
    const known = index.get(key);
    if (known === undefined || strong) index.set(key, named);
    else if (known !== null && known.id !== named.id) index.set(key, null);
  };
  for (const r of RELATIONS.relations) {
    for (const words of [r.cues.verbs, r.cues.nouns, r.cues.phrases])
      for (const [cue, cameo] of Object.entries(words)) add(cue, { id: r.id, cameo }, false);
  }
  // Ids, labels and codes win over cues.
  for (const r of RELATIONS.relations) {
    add(r.id, { id: r.id }, true);
    add(r.label, { id: r.id }, true);
    for (const code of r.cameo) add(code, { id: r.id, cameo: code }, true);
  }
  return index;
}

const NAMES = buildNameIndex();

/** Common inflections of a cue: "threats", "threatened", "sanctioning", "accuses". */
function stems(word: string): string[] {
  const out = [word];
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
  ] as const) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) out.push(word.slice(0, -suffix.length) + replacement);
  }
  return out;
}

export interface RelationMatch {
  relation: string;
  /** Set when the label was not itself a relation id: the label as the file wrote it. */
  originalRelation?: string;
  /** True when the label named no relation clearly (the edge becomes unclassified). */
  unmatched: boolean;
  /** The CAMEO code the label itself gives (a code, or a cue with its own code). */
  cameo?: string;
}

/** The relation a foreign label names: an exact id, else a clear match, else unclassified. */
export function matchRelation(label: string | undefined): RelationMatch {
  if (label === undefined || !label.trim()) return { relation: UNCLASSIFIED_RELATION, unmatched: true };
  if (RELATIONS.has(label) || label === UNCLASSIFIED_RELATION) return { relation: label, unmatched: false };
  const key = normalise(label);
  const code = /^(?:cameo\s*)?(\d{3,4})$/.exec(key)?.[1];
  for (const candidate of code ? [code] : stems(key)) {
    const named = NAMES.get(candidate);
    if (named) return { relation: named.id, originalRelation: label, unmatched: false, ...(named.cameo ? { cameo: named.cameo } : {}) };
  }
  return { relation: UNCLASSIFIED_RELATION, originalRelation: label, unmatched: true };
}

/** The CAMEO code and PLOVER category an imported edge of this relation gets. */
export function relationCodes(relation: string, cameo: unknown): { cameo: string; plover: string | null } {
  const r = RELATIONS.get(relation);
  if (!r) return { cameo: '', plover: null };
  const given = typeof cameo === 'number' ? String(cameo).padStart(3, '0') : cameo;
  return { cameo: typeof given === 'string' && /^\d{3,4}$/.test(given) ? given : r.cameo[0]!, plover: r.plover };
}
