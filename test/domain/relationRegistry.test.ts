import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { RelationOntologyError, readRelationOntology } from '../../src/domain/relationOntology';
import { RELATIONS, RelationRegistry } from '../../src/domain/relationRegistry';

type Json = Record<string, unknown>;

/** A copy of the shipped file with `change` applied to it. */
function edited(change: (file: { relations: Json[]; unclassified: Json } & Json) => void): unknown {
  const copy = structuredClone(relationsFile) as unknown as { relations: Json[]; unclassified: Json } & Json;
  change(copy);
  return copy;
}

function relation(file: { relations: Json[] }, id: string): Json {
  return file.relations.find((r) => r.id === id)!;
}

function problemsOf(file: unknown): string[] {
  try {
    readRelationOntology(file, 'test.json');
  } catch (e) {
    if (e instanceof RelationOntologyError) return [...e.problems];
    throw e;
  }
  return [];
}

describe('the relation registry of data/relations.json', () => {
  it('keeps the file order and looks relations up by id', () => {
    expect(RELATIONS.ids).toEqual(relationsFile.relations.map((r) => r.id));
    expect(RELATIONS.get('force')?.label).toBe('Use of force');
    expect(RELATIONS.has('unclassified')).toBe(false);
    expect(RELATIONS.unclassified.color).toBe(relationsFile.unclassified.color);
  });

  it('declares the role behaviour extraction reads', () => {
    const flags = (id: string) => {
      const r = RELATIONS.get(id)!;
      return (['symmetric', 'accusable', 'placeTarget', 'betweenParties', 'structural'] as const).filter((flag) => r[flag]);
    };
    expect(flags('communication')).toEqual(['symmetric']);
    expect(flags('negotiation')).toEqual(['symmetric']);
    expect(flags('mediation')).toEqual(['betweenParties']);
    expect(flags('threat')).toEqual(['accusable']);
    expect(flags('sanction')).toEqual(['accusable']);
    expect(flags('force')).toEqual(['accusable', 'placeTarget']);
    expect(flags('agreement')).toEqual(['symmetric']);
    expect(flags('cooperation')).toEqual(['symmetric']);
    expect(flags('coercion')).toEqual(['accusable']);
    // A withdrawal from a city is a retreat from its state.
    expect(flags('retreat')).toEqual(['placeTarget']);
    for (const id of ['aid', 'concession', 'demand', 'rejection', 'mobilization']) expect(flags(id), id).toEqual([]);
    expect(flags('affiliation')).toEqual(['structural']);
    expect(RELATIONS.structural?.id).toBe('affiliation');
    expect(RELATIONS.accusation).toEqual({ relation: 'accusation', cameo: '112', plover: 'ACCUSE' });
  });

  it('fills absent flags and lists with their defaults', () => {
    const appeal = RELATIONS.get('appeal')!;
    expect([appeal.symmetric, appeal.accusable, appeal.structural, appeal.accusationCode, appeal.mutual, appeal.planned]).toEqual([false, false, false, null, [], []]);
  });
});

describe('checking a relations file', () => {
  it('names an unknown key and where it is', () => {
    const problems = problemsOf(edited((f) => (relation(f, 'threat').symetric = true)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^relation "threat": unknown key "symetric"/);
    expect(problemsOf(edited((f) => (f.colours = {})))[0]).toMatch(/^top level: unknown key "colours"/);
    expect(problemsOf(edited((f) => (relation(f, 'force').cues = { verbs: {}, nouns: {}, phrases: {}, adjectives: {} })))[0]).toMatch(/relation "force" cues: unknown key "adjectives"/);
  });

  it('refuses a relation without a colour, or with one that is not #rrggbb', () => {
    expect(problemsOf(edited((f) => delete relation(f, 'protest').color))).toEqual(['relation "protest": missing colour ("color": "#rrggbb")']);
    expect(problemsOf(edited((f) => (relation(f, 'protest').color = 'pink')))).toEqual(['relation "protest": colour "pink" is not #rrggbb']);
    expect(problemsOf(edited((f) => delete f.unclassified.color))).toEqual(['unclassified: missing colour ("color": "#rrggbb")']);
  });

  it('refuses a cue two relations share, or one relation lists twice', () => {
    const shared = edited((f) => ((relation(f, 'protest').cues as { verbs: Json }).verbs.threaten = '140'));
    expect(problemsOf(shared)).toEqual(['cue "threaten" belongs to both "threat" and "protest"']);
    const twice = edited((f) => ((relation(f, 'threat').cues as { nouns: Json }).nouns['legitimate target'] = '138'));
    expect(problemsOf(twice)).toEqual(['relation "threat": cue "legitimate target" is listed twice (nouns and phrases)']);
  });

  it('refuses a CAMEO code two relations list', () => {
    const shared = edited((f) => (relation(f, 'coercion').cameo as string[]).push('190'));
    expect(problemsOf(shared)).toEqual(['CAMEO code 190 belongs to both "coercion" and "force"']);
  });

  it('lets a single word be a verb and a noun of the same relation', () => {
    expect(relationsFile.relations.find((r) => r.id === 'force')!.cues.verbs.strike).toBe('195');
    expect(relationsFile.relations.find((r) => r.id === 'force')!.cues.nouns.strike).toBe('195');
    expect(problemsOf(relationsFile)).toEqual([]);
  });

  it('refuses codes, mutual and planned cues that point nowhere', () => {
    expect(problemsOf(edited((f) => ((relation(f, 'protest').cues as { verbs: Json }).verbs.picket = '999')))).toEqual([
      'relation "protest": cue "picket" gives "999", not one of the relation\'s CAMEO codes',
    ]);
    expect(problemsOf(edited((f) => (relation(f, 'force').mutual = ['exchange fire', 'trade blows'])))).toEqual(['relation "force": "mutual" names "trade blows", which is none of its cues']);
    expect(problemsOf(edited((f) => (relation(f, 'accusation').accusationCode = '190'))))
      .toEqual(['relation "accusation": "accusationCode" must be one of the relation\'s CAMEO codes']);
  });

  it('refuses two structural relations, duplicate ids and accusable relations with nothing to accuse by', () => {
    expect(problemsOf(edited((f) => (relation(f, 'protest').structural = true)))).toEqual(['only one relation may be structural; "protest" and "affiliation" are']);
    expect(problemsOf(edited((f) => (relation(f, 'protest').id = 'force')))).toContain('relation "force" is defined twice');
    expect(problemsOf(edited((f) => delete relation(f, 'accusation').accusationCode))).toEqual(['some relations are accusable but no relation gives "accusationCode"']);
  });

  it('lists every problem at once in the error message', () => {
    const broken = edited((f) => {
      delete relation(f, 'protest').color;
      relation(f, 'threat').symetric = true;
    });
    expect(() => readRelationOntology(broken, 'test.json')).toThrow(
      'test.json is not a valid relation ontology:\n- relation "threat": unknown key "symetric" (known: ',
    );
    expect(problemsOf(broken)).toHaveLength(2);
  });

  it('builds a registry from a checked file', () => {
    const withoutFirst = edited((f) => {
      const [gone] = f.relations.splice(0, 1);
      for (const noun of Object.keys((gone!.cues as { nouns: Json }).nouns)) delete (f.nounVerbs as Json)[noun];
    });
    const registry = new RelationRegistry(readRelationOntology(withoutFirst));
    expect(registry.ids[0]).toBe('negotiation');
    expect(registry.get('communication')).toBeUndefined();
  });
});

describe('noun cues and their verbs (nounVerbs) cannot drift apart', () => {
  const nouns = (f: Json, id: string) => (relation(f as { relations: Json[] }, id).cues as { nouns: Json }).nouns;
  const verbs = (f: Json, id: string) => (relation(f as { relations: Json[] }, id).cues as { verbs: Json }).verbs;

  it('pairs the regular families in the shipped file: the noun and its verb are cues of one relation', () => {
    const pairs = relationsFile.nounVerbs as Record<string, string | null>;
    expect(pairs.denial).toBe('deny');
    expect(pairs.detention).toBe('detain');
    expect(pairs.deployment).toBe('deploy');
    expect(pairs.release).toBe('release');
    expect(pairs.veto).toBe('veto');
    expect(RELATIONS.get('rejection')!.cues.verbs.deny).toBeDefined();
    expect(RELATIONS.get('retreat')!.cues.verbs.release).toBe(RELATIONS.get('retreat')!.cues.nouns.release);
  });

  it('refuses a noun cue added without deciding its verb', () => {
    expect(problemsOf(edited((f) => (nouns(f, 'protest').boycott2 = '140')))).toEqual(['relation "protest": noun cue "boycott2" is missing from nounVerbs (give its verb cue, or null)']);
  });

  it('refuses a noun whose verb is no cue of the same relation (the verb dropped, or moved to another relation)', () => {
    expect(problemsOf(edited((f) => delete verbs(f, 'retreat').release))).toEqual([
      'relation "retreat": noun cue "release" has the verb "release" (nounVerbs), which is none of its verb or phrase cues',
    ]);
    const moved = edited((f) => {
      delete verbs(f, 'coercion').detain;
      verbs(f, 'force').detain = '190';
    });
    expect(problemsOf(moved)).toEqual(['relation "coercion": noun cue "detention" has the verb "detain" (nounVerbs), which is none of its verb or phrase cues']);
  });

  it('accepts null for a verb that is deliberately no cue, and refuses entries naming no noun cue', () => {
    expect((relationsFile.nounVerbs as Record<string, string | null>).talks).toBeNull();
    expect(problemsOf(edited((f) => ((f.nounVerbs as Json).skirmishing = 'skirmish')))).toEqual(['nounVerbs: "skirmishing" is no one-word noun cue of any relation']);
  });
});

describe('target rules of ambiguous cues', () => {
  it('reads the shipped rules: "hold" a person or group as its object, "release" its object', () => {
    expect(RELATIONS.get('coercion')!.targetRules.hold).toEqual({ object: true, kinds: ['person', 'group'], treeOnly: true });
    expect(RELATIONS.get('retreat')!.targetRules.release).toMatchObject({ object: true });
    expect(RELATIONS.get('threat')!.targetRules).toEqual({});
  });

  it('refuses a rule for no cue, an unknown actor kind or an unknown key', () => {
    const rules = (f: Json) => relation(f as { relations: Json[] }, 'coercion').targetRules as Json;
    expect(problemsOf(edited((f) => (rules(f).grab = { object: true })))).toEqual(['relation "coercion": "targetRules" names "grab", which is none of its cues']);
    expect(problemsOf(edited((f) => (rules(f).hold = { kinds: ['nation'] })))).toEqual([
      'relation "coercion": "kinds" of "hold" must list actor kinds (person, state, organization, group, media, other)',
    ]);
    expect(problemsOf(edited((f) => (rules(f).hold = { objekt: true })))[0]).toMatch(/^relation "coercion" target rule of "hold": unknown key "objekt"/);
  });
});
