// Strict scoring on small hand-made extractions: each rule of the scorer on its own.
import { describe, expect, it } from 'vitest';
import type { ExtractedActor, ExtractedEvent, SourceDocument } from '../../src/extract/types';
import { normalizeName, withoutTitles } from '../../src/score/actorNames';
import type { GoldActor, PlacedGold } from '../../src/score/goldTypes';
import { scoreSet } from '../../src/score/scoreSet';

const body = 'Egypt hosted Hamas and Israeli envoys in Cairo. The army did not attack the camp. Qatar urged restraint.';
const doc: SourceDocument = { id: 'd1', title: 't', published: '2024-05-12', publishedPrecision: 'day', publishedInferred: false, source: null, body };
const sentence = (n: number) => {
  const parts = body.split('. ');
  const start = parts.slice(0, n).join('. ').length + (n ? 2 : 0);
  const text = parts[n]!.endsWith('.') ? parts[n]! : parts[n] + '.';
  return { text, start, end: start + text.length };
};

let next = 0;
function event(source: string, target: string, relation: string, s: number, extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return { id: `e${next++}`, source, target, relation, cameo: '', plover: null, date: '2024-05-12', datePrecision: 'document', doc: 'd1', evidence: sentence(s), modality: 'asserted', confidence: 0.9, ...extra };
}
const gold = (source: string, target: string, relation: string, anchor: string, extra: Partial<PlacedGold> = {}): PlacedGold => ({ doc: 'd1', anchor, relation, source, target, date: 'document', weak: false, ...extra });
const actor = (id: string, label: string, aliases: string[] = []): ExtractedActor => ({ id, label, kind: 'state', aliases });

const actors: ExtractedActor[] = [actor('egypt', 'Egypt'), actor('hamas', 'Hamas'), actor('israel', 'Israel', ['Israeli']), actor('qatar', 'Qatar'), actor('the-army', 'The Army')];
const goldActors: Record<string, GoldActor> = {
  egypt: { name: 'Egypt', aliases: ['Cairo'] },
  hamas: { name: 'Hamas' },
  'israeli-envoys': { name: 'Israeli envoys', aliases: ['Israeli'] },
  army: { name: 'army', aliases: ['the army'] },
  camp: { name: 'the camp' },
  qatar: { name: 'Qatar' },
  tamim: { name: 'Emir Tamim' },
};
const run = (events: ExtractedEvent[], golds: PlacedGold[], extraActors: ExtractedActor[] = []) =>
  scoreSet({ result: { actors: [...actors, ...extraActors], events, documents: [doc] }, gold: golds, actors: goldActors });

describe('strict scoring', () => {
  it('names actors by normalised names: case, accents, punctuation and a leading "the" do not count', () => {
    expect(normalizeName('The U.S.')).toBe('u s');
    expect(normalizeName('Araqchí')).toBe('araqchi');
    expect(normalizeName("Iran's")).toBe('iran');
    expect(withoutTitles(normalizeName('Mr. Bush'))).toBe('bush');
    expect(withoutTitles(normalizeName('Deputy Prime Minister Ishaq Dar'))).toBe('ishaq dar');
    expect(withoutTitles('president')).toBeNull();
  });

  it('one extracted event satisfies at most one gold event, and the matching is maximal, not first-fit', () => {
    // "forward" fits both gold events, "backward" only the undirected one, which comes first:
    // first-fit would give it to "forward" and find 1 of 2; a maximum matching finds both.
    const forward = event('egypt', 'hamas', 'communication', 0);
    const backward = event('hamas', 'egypt', 'communication', 0);
    const golds = [gold('egypt', 'hamas', 'communication', 'Egypt hosted', { undirected: true }), gold('egypt', 'hamas', 'communication', 'hosted Hamas')];
    const s = run([forward, backward], golds);
    expect(s.relations.correct).toBe(2);
    expect(s.relations.recall).toBe(1);
    // Two copies of one reading satisfy one gold event only.
    const dup = run([event('egypt', 'qatar', 'appeal', 2), event('egypt', 'qatar', 'appeal', 2)], [gold('egypt', 'qatar', 'appeal', 'urged restraint')]);
    expect(dup.relations.correct).toBe(1);
    expect(dup.relations.precision).toBe(0.5);
  });

  it('matches an extracted actor to a gold actor by id or by one shared name', () => {
    // Extracted "israel" has the alias "Israeli", a name of the gold actor "israeli-envoys".
    const s = run([event('egypt', 'israel', 'communication', 0)], [gold('egypt', 'israeli-envoys', 'communication', 'Israeli envoys')]);
    expect(s.relations.correct).toBe(1);
    const wrong = run([event('egypt', 'qatar', 'communication', 0)], [gold('egypt', 'israeli-envoys', 'communication', 'Israeli envoys')]);
    // A title is not part of a name: the gold's "Emir Tamim" is the extracted "Tamim".
    expect(run([event('egypt', 'tamim-x', 'communication', 0)], [gold('egypt', 'tamim', 'communication', 'Egypt hosted')], [actor('tamim-x', 'Tamim')]).relations.correct).toBe(1);
    expect(wrong.relations.correct).toBe(0);
  });

  it('honours undirected gold and source alternatives, and refuses a wrong direction', () => {
    const g = gold('egypt', 'hamas', 'communication', 'hosted Hamas', { undirected: true });
    expect(run([event('hamas', 'egypt', 'communication', 0)], [g]).relations.correct).toBe(1);
    const directed = gold('egypt', 'hamas', 'communication', 'hosted Hamas');
    expect(run([event('hamas', 'egypt', 'communication', 0)], [directed]).relations.correct).toBe(0);
    const alt = gold('qatar', 'hamas', 'communication', 'hosted Hamas', { sources: ['egypt'] });
    expect(run([event('egypt', 'hamas', 'communication', 0)], [alt]).relations.correct).toBe(1);
  });

  it('counts the other direction of an undirected gold relation, from the same sentence, neither for nor against', () => {
    const met = gold('egypt', 'hamas', 'communication', 'hosted Hamas', { undirected: true });
    const both = run([event('egypt', 'hamas', 'communication', 0), event('hamas', 'egypt', 'communication', 0)], [met]);
    expect(both.relations.correct).toBe(1);
    expect(both.relations.precision).toBe(1);
    expect(both.relations.falsePositives).toEqual([]);
    // Directed gold keeps the reverse a false positive, and so does a reverse from another sentence.
    const directed = run([event('egypt', 'hamas', 'communication', 0), event('hamas', 'egypt', 'communication', 0)], [gold('egypt', 'hamas', 'communication', 'hosted Hamas')]);
    expect(directed.relations.precision).toBe(0.5);
    const elsewhere = run([event('egypt', 'hamas', 'communication', 0), event('hamas', 'egypt', 'communication', 2)], [met]);
    expect(elsewhere.relations.precision).toBe(0.5);
  });

  it('never matches a negated event to asserted gold, or an asserted event to negated gold', () => {
    const negatedGold = gold('army', 'camp', 'force', 'did not attack', { modality: 'negated' });
    const campActor = actor('camp', 'the camp');
    expect(run([event('the-army', 'camp', 'force', 1)], [negatedGold], [campActor]).relations.correct).toBe(0);
    expect(run([event('the-army', 'camp', 'force', 1, { modality: 'negated' })], [negatedGold], [campActor]).relations.correct).toBe(1);
    const asserted = gold('army', 'camp', 'force', 'did not attack');
    expect(run([event('the-army', 'camp', 'force', 1, { modality: 'negated' })], [asserted], [campActor]).relations.correct).toBe(0);
  });

  it('weak gold counts neither for nor against: its matched events leave the precision denominator', () => {
    const weak = gold('qatar', 'egypt', 'appeal', 'urged restraint', { weak: true });
    const required = gold('egypt', 'hamas', 'communication', 'hosted Hamas');
    const s = run([event('qatar', 'egypt', 'appeal', 2), event('egypt', 'hamas', 'communication', 0)], [weak, required]);
    expect(s.relations.required).toBe(1);
    expect(s.relations.weakMatched).toBe(1);
    expect(s.relations.precision).toBe(1);
    expect(run([], [weak]).relations.recall).toBe(1);
  });

  it('scores affiliation apart from relation recall', () => {
    const s = run([event('egypt', 'hamas', 'affiliation', 0)], [gold('egypt', 'hamas', 'communication', 'hosted Hamas'), gold('egypt', 'hamas', 'affiliation', 'Egypt')]);
    expect(s.relations.predicted).toBe(0);
    expect(s.relations.recall).toBe(0);
    expect(s.affiliation.correct).toBe(1);
    expect(s.byRelation.map((r) => r.relation)).toEqual(['communication']);
  });

  it('reports date accuracy, modality agreement, evidence exactness and per-relation rows', () => {
    const g = [gold('egypt', 'hamas', 'communication', 'hosted Hamas', { date: ['2024-05-01', '2024-05-10'] }), gold('qatar', 'egypt', 'appeal', 'urged restraint', { modality: 'reported' })];
    const broken = event('qatar', 'egypt', 'appeal', 2);
    broken.evidence = { ...broken.evidence, text: 'Qatar urged restraint!' };
    const s = run([event('egypt', 'hamas', 'communication', 0, { date: '2024-05-12', datePrecision: 'day' }), broken], g);
    expect(s.dateAccuracy).toBe(0.5);
    expect(s.modalityAgreement).toBe(0.5);
    expect(s.evidenceExact).toBe(0.5);
    expect(s.byRelation.find((r) => r.relation === 'appeal')).toMatchObject({ gold: 1, found: 1, predicted: 1, correct: 1 });
  });

  it('counts a gold actor that two extracted nodes stand for as split, in the documents that name it', () => {
    const golds = [gold('egypt', 'hamas', 'communication', 'Egypt hosted')];
    const both = [event('egypt', 'hamas', 'communication', 0), event('hamas-movement', 'qatar', 'appeal', 2)];
    const s = run(both, golds, [actor('hamas-movement', 'Hamas movement', ['Hamas'])]);
    expect(s.splitActors).toEqual([{ gold: 'hamas', extracted: ['hamas', 'hamas-movement'] }]);
    // A node of the same name only in another article, whose gold does not name Hamas, is not Hamas.
    const elsewhere = [event('egypt', 'hamas', 'communication', 0), event('hamas-movement', 'qatar', 'appeal', 2, { doc: 'd2' })];
    expect(run(elsewhere, golds, [actor('hamas-movement', 'Hamas movement', ['Hamas'])]).splitActors).toEqual([]);
  });
});
