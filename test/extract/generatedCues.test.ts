// Verb cues generated from WordNet (data/cue-expansions.json, npm run data:cues): checked against the
// registry at load, a lower tier under the hand cues, and read in sentences about actors of our own.
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../src/domain/relationRegistry';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import { readGeneratedCues } from '../../src/extract/generatedCues';
import { Ontology } from '../../src/extract/ontology';
import type { ExtractedEvent } from '../../src/extract/types';

const file = (relations: unknown) => ({ description: 'test', relations });

describe('readGeneratedCues', () => {
  it('reads a generated phrase as a phrase, so its first word ("call" of "call down") is no verb cue by itself', () => {
    const ontology = new Ontology(RELATIONS, [{ relation: 'accusation', lemma: 'call down', cameo: '111', from: 'rebuke' }]);
    const call = ontology.cuesByFirstLemma.get('call')!;
    expect(call.find((c) => c.generated)).toMatchObject({ kind: 'phrase', lemmas: ['call', 'down'] });
    expect(call.some((c) => c.kind === 'verb')).toBe(false);
  });

  it('names every cue whose relation is unknown or whose code is not one of its relation\'s', () => {
    const bad = file({ assault: { pummel: { cameo: '190', from: 'pound' } }, force: { strafe: { cameo: '111', from: 'attack' } } });
    expect(() => readGeneratedCues(bad, RELATIONS)).toThrow(/"assault" is no relation[\s\S]*"strafe" must give "from" and one of the relation's CAMEO codes/);
  });

  it('leaves out a lemma that is a hand cue of any relation, so hand cues always win', () => {
    const cues = readGeneratedCues(file({ support: { attack: { cameo: '051', from: 'praise' }, extol: { cameo: '051', from: 'praise' } } }), RELATIONS);
    expect(cues.map((c) => c.lemma)).toEqual(['extol']);
    const ontology = new Ontology(RELATIONS, [...cues, { relation: 'support', lemma: 'strike', cameo: '051', from: 'praise' }]);
    expect(ontology.cuesByFirstLemma.get('strike')!.map((c) => c.relation)).not.toContain('support');
    expect(ontology.cuesByFirstLemma.get('extol')).toMatchObject([{ relation: 'support', kind: 'verb', cameo: '051', generated: true }]);
  });

  it('loads the shipped file: every generated cue a verb of its relation, never a hand cue', () => {
    const ontology = defaultResources().ontology;
    const generated = [...ontology.cuesByFirstLemma.values()].flat().filter((c) => c.generated);
    expect(generated.length).toBeGreaterThan(50);
    for (const c of generated) expect(ontology.get(c.relation)!.cameo).toContain(c.cameo);
    const hand = new Set([...ontology.cuesByFirstLemma.values()].flat().filter((c) => !c.generated).map((c) => c.lemmas.join(' ')));
    expect(generated.filter((c) => hand.has(c.lemmas.join(' ')))).toEqual([]);
  });
});

function events(body: string): ExtractedEvent[] {
  const doc = { id: 'd', title: 'T', published: '2014-12-19', publishedPrecision: 'day' as const, publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.filter((e) => e.relation !== 'affiliation');
}

const readings = (body: string) => events(body).map((e) => `${e.source} -${e.relation}/${e.cameo}-> ${e.target}`);

describe('generated verbs in sentences', () => {
  it.each([
    ['Pakistani troops strafed Indian posts on Monday.', 'pakistan -force/190-> india'],
    ['Chad extradited two Nigerian rebels on Monday.', 'chad -coercion/174-> nigerian-rebels'],
    ['Nigeria disparaged Ghana on Monday.', 'nigeria -accusation/111-> ghana'],
    ['Ethiopia upbraided Eritrea on Tuesday.', 'ethiopia -accusation/111-> eritrea'],
    ['The Taliban gunned down two Afghan police officers.', 'taliban -force/193-> afghanistan'],
    ['Boko Haram terrorized Cameroon for years.', 'boko-haram -coercion/170-> cameroon'],
  ])('%s', (body, reading) => {
    expect(readings(body)).toEqual([reading]);
  });

  it('reads a generated verb with less confidence than a hand verb in the same frame', () => {
    const [generated] = events('Pakistani troops strafed Indian posts on Monday.');
    const [hand] = events('Pakistani troops shelled Indian posts on Monday.');
    expect(hand!.confidence).toBeGreaterThan(generated!.confidence);
  });

  it('reads a generated cue as a verb only: "challenged" is a rejection, "challenge" the noun none', () => {
    expect(readings("Kenya challenged Uganda's claim on Monday.")).toContain('kenya -rejection/120-> uganda');
    expect(readings("Kenya's challenge to Uganda's claim was heard on Monday.").filter((r) => r.includes('rejection'))).toEqual([]);
  });

  it('reads no act from a sense the rules exclude ("torpedoed the talks", "alerted" to a launch)', () => {
    expect(readings('Russia torpedoed the talks with Ukraine on Monday.').filter((r) => r.includes('force'))).toEqual([]);
    expect(readings('Japan alerted South Korea to the missile launch.').filter((r) => r.includes('threat'))).toEqual([]);
  });

  it('reads no act from a neighbour of a hand verb the rules exclude ("borders" of surround, "outfitted" of equip)', () => {
    expect(readings('Serbia borders Croatia and Hungary.')).toEqual([]);
    expect(readings('Tanzania outfitted Mozambique with rifles.')).toEqual([]);
  });
});
