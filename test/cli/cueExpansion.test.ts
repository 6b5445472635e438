// The expansion rules of npm run data:cues on the tiny WordNet of test/fixtures/wordnet: which senses
// a relation takes (lexicographer file, sense depth), which words enter (own sense rank, commonness),
// and which are left out (hand cues, two relations, the rules' exclusions).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandCues, type ExpansionRules } from '../../src/cli/cueExpansion';
import { readWordNet } from '../../src/cli/wordnetReader';
import type { RelationDefinition } from '../../src/domain/relationOntology';

const wn = readWordNet(fileURLToPath(new URL('../fixtures/wordnet', import.meta.url)), 'verb');

function relation(id: string, cameo: string, verbs: string[], nouns: string[] = []): RelationDefinition {
  const codes = (words: string[]) => Object.fromEntries(words.map((w) => [w, cameo]));
  return {
    id, label: id, color: '#000000', directed: true, cameo: [cameo], plover: null, structural: false, symmetric: false, accusable: false,
    accusationCode: null, placeTarget: false, betweenParties: false, mutual: [], planned: [], targetRules: {},
    cues: { verbs: codes(verbs), nouns: codes(nouns), phrases: {} },
  };
}

const RELATIONS = [relation('force', '190', ['pound']), relation('accusation', '111', ['rebuke']), relation('rejection', '120', ['rebuff'])];
const SIZES: Record<string, number> = { pummel: 35, thrash: 35, batter: 35, berate: 35, snub: 35, slam: 20, brush: 10, off: 10, repel: 35, lumber: 35 };
const sizeOf = (word: string) => SIZES[word];

function rules(changes: Partial<ExpansionRules> = {}): ExpansionRules {
  return {
    maxSourceSense: 2, maxCandidateSense: 2, maxWords: 2, maxTroponyms: 5,
    commonWords: { lists: ['english'], maxSize: 50, tooCommonSize: 10 },
    relations: { force: { lexnames: ['verb.contact', 'verb.competition'] }, accusation: { lexnames: ['verb.communication'] }, rejection: { lexnames: ['verb.communication'] } },
    excludedLemmas: {}, excludedSenses: {},
    ...changes,
  };
}

const generated = (r: ExpansionRules, relations = RELATIONS) => expandCues(wn, relations, r, sizeOf).cues.map((c) => `${c.relation}:${c.lemma}<${c.from}`).sort();

describe('expandCues', () => {
  it('takes synonyms and troponyms of the senses in the relation\'s lexicographer files, with the source cue\'s code', () => {
    const { cues } = expandCues(wn, RELATIONS, rules(), sizeOf);
    expect(cues.map((c) => `${c.relation}:${c.lemma}<${c.from}`).sort()).toEqual(['accusation:berate<rebuke', 'force:pummel<pound', 'force:thrash<pound', 'rejection:snub<rebuff']);
    expect(cues.find((c) => c.lemma === 'pummel')).toMatchObject({ cameo: '190', via: 'troponym', sense: '00000003', parent: '00000001', lexname: 'verb.contact' });
    expect(cues.find((c) => c.lemma === 'snub')).toMatchObject({ cameo: '120', via: 'synonym', sourceRank: 2, candidateRank: 1 });
  });

  it('leaves out senses in other files: "lumber" (pound, verb.motion) and "repel" (rebuff, verb.competition, not a rejection file)', () => {
    expect(generated(rules()).some((c) => /lumber|repel/.test(c))).toBe(false);
    const rejectionInCompetition = rules({ relations: { ...rules().relations, rejection: { lexnames: ['verb.communication', 'verb.competition'] } } });
    expect(generated(rejectionInCompetition)).toContain('rejection:repel<rebuff');
  });

  it('reads only the first senses of a cue, and a candidate only in one of its own first senses', () => {
    const shallow = rules({ relations: { ...rules().relations, rejection: { lexnames: ['verb.communication'], maxSourceSense: 1 } } });
    expect(generated(shallow)).not.toContain('rejection:snub<rebuff');
    // "batter" has the hit-hard sense third: the batter of a cake and damage by beating come first.
    expect(generated(rules())).not.toContain('force:batter<pound');
    expect(generated(rules({ maxCandidateSense: 3 }))).toContain('force:batter<pound');
  });

  it('takes no troponyms of a sense that has more than maxTroponyms, nor of a relation that turns them off', () => {
    expect(generated(rules({ maxTroponyms: 1 })).filter((c) => c.startsWith('force:'))).toEqual([]);
    const off = rules({ relations: { ...rules().relations, force: { lexnames: ['verb.contact'], troponyms: false } } });
    expect(generated(off).filter((c) => c.startsWith('force:'))).toEqual([]);
  });

  it('drops a lemma two relations would take, naming both', () => {
    const { dropped } = expandCues(wn, RELATIONS, rules(), sizeOf);
    expect(dropped.filter((d) => d.reason.startsWith('ambiguous')).map((d) => `${d.lemma}: ${d.relations.join(', ')}`)).toEqual(['brush off: accusation, rejection', 'slam: accusation, rejection']);
  });

  it('drops hand cues of any relation and kind, rare words, the commonest one-word verbs and the rules\' exclusions', () => {
    const withNoun = [...RELATIONS, relation('protest', '140', [], ['snub'])];
    const { dropped } = expandCues(wn, withNoun, rules({ excludedLemmas: { thrash: 'a beating, not an armed attack' } }), sizeOf);
    expect(dropped.find((d) => d.lemma === 'snub')?.reason).toBe('already a hand cue');
    expect(dropped.find((d) => d.lemma === 'thrash')?.reason).toBe('excluded: a beating, not an armed attack');
    // "scold" is in no common-word list here; "slam" would be one of the commonest.
    expect(generated(rules()).some((c) => c.includes('scold'))).toBe(false);
    const slamCommon = expandCues(wn, RELATIONS, rules(), (w) => (w === 'slam' ? 10 : sizeOf(w)));
    expect(slamCommon.dropped.map((d) => d.lemma)).toEqual(['brush off']);
  });

  it('takes no word of an excluded sense, nor its troponyms: the pair left to one relation is no longer ambiguous', () => {
    expect(generated(rules({ excludedSenses: { '00000004': 'censure is no accusation here' } }))).toEqual(['force:pummel<pound', 'force:thrash<pound', 'rejection:brush off<rebuff', 'rejection:slam<rebuff', 'rejection:snub<rebuff']);
  });
});
