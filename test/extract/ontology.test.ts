// The cue lookup built from the relation registry: every cue reads as one lemma sequence that no
// other cue of the ontology repeats (an inflected copy of a phrase adds nothing: lemmas match every
// form), and the verb each noun cue names in nounVerbs is found as a cue of the noun's relation.
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { RELATIONS } from '../../src/domain/relationRegistry';
import { Ontology } from '../../src/extract/ontology';
import { tokenize } from '../../src/extract/tokenize';

const ontology = new Ontology(RELATIONS);
const all = [...ontology.cuesByFirstLemma.values()].flat();

describe('the cue lookup', () => {
  it('holds no two cues reading as the same lemmas and kind', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const c of all) {
      const key = `${c.nominal ? 'noun' : 'verbal'}:${c.lemmas.join(' ')}`;
      const where = `${c.relation} ${c.cameo}`;
      if (seen.has(key)) repeated.push(`${key} (${seen.get(key)} and ${where})`);
      else seen.set(key, where);
    }
    expect(repeated).toEqual([]);
  });

  it('finds the verb of every noun family as a verbal cue of the noun\'s relation', () => {
    const pairs = Object.entries(relationsFile.nounVerbs as Record<string, string | null>).filter((p): p is [string, string] => p[1] !== null);
    expect(pairs.length).toBeGreaterThan(80);
    const missing = pairs.filter(([noun, verb]) => {
      const relation = RELATIONS.relations.find((r) => r.cues.nouns[noun] !== undefined)!.id;
      const lemmas = tokenize(verb).tokens.map((t) => t.lemma).join(' ');
      return !all.some((c) => c.relation === relation && !c.nominal && c.lemmas.join(' ') === lemmas);
    });
    expect(missing).toEqual([]);
  });

  it('carries a relation\'s target rule on the cue it names', () => {
    const hold = ontology.cuesByFirstLemma.get('hold')!.find((c) => c.lemmas.length === 1)!;
    expect(hold).toMatchObject({ relation: 'coercion', rule: { object: true, kinds: ['person', 'group'] } });
    expect(ontology.cuesByFirstLemma.get('hold')!.find((c) => c.lemmas.join(' ') === 'hold talk with')?.rule).toBeUndefined();
  });
});
