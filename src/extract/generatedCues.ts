// Reads data/cue-expansions.json, the verb cues npm run data:cues generated from WordNet: a lower
// tier of cues under the hand lists of data/relations.json, checked against the registry at load.
import type { RelationRegistry } from '../domain/relationRegistry';

export interface GeneratedVerbCue {
  relation: string;
  /** The verb or verbal phrase ("pummel", "fight off"). */
  lemma: string;
  /** The CAMEO code of the hand cue it came from. */
  cameo: string;
  /** That hand cue. */
  from: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The generated cues of a cue-expansions file. Throws, naming every problem, when a relation is not in
 * the registry or a code is not one of its relation's CAMEO codes; a lemma that is a hand cue of any
 * relation is left out, since hand cues always win.
 */
export function readGeneratedCues(file: unknown, registry: RelationRegistry, source = 'data/cue-expansions.json'): GeneratedVerbCue[] {
  const relations = isRecord(file) ? file.relations : undefined;
  if (!isRecord(relations)) throw new Error(`${source}: "relations" must be an object of relation → lemma → cue`);
  const hand = new Set<string>();
  for (const r of registry.relations) for (const list of [r.cues.verbs, r.cues.nouns, r.cues.phrases]) for (const cue of Object.keys(list)) hand.add(cue.toLowerCase());
  const problems: string[] = [];
  const out: GeneratedVerbCue[] = [];
  for (const [id, cues] of Object.entries(relations)) {
    const relation = registry.get(id);
    if (!relation || !isRecord(cues)) {
      problems.push(relation ? `relation "${id}": must be an object of lemma → cue` : `"${id}" is no relation of the registry`);
      continue;
    }
    for (const [lemma, cue] of Object.entries(cues)) {
      const cameo = isRecord(cue) ? cue.cameo : undefined;
      const from = isRecord(cue) ? cue.from : undefined;
      if (typeof cameo !== 'string' || !relation.cameo.includes(cameo) || typeof from !== 'string') {
        problems.push(`relation "${id}": generated cue "${lemma}" must give "from" and one of the relation's CAMEO codes as "cameo"`);
        continue;
      }
      if (!hand.has(lemma.toLowerCase())) out.push({ relation: id, lemma, cameo, from });
    }
  }
  if (problems.length) throw new Error(`${source} is not a valid cue expansion:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  return out;
}
