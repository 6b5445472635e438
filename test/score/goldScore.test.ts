// Extraction quality on the seed corpus, measured against the hand-written gold relations.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameSkeleton } from '../../src/extract/nameSkeleton';
import type { ExtractedEvent } from '../../src/extract/types';
import { ActorMatcher } from '../../src/score/actorNames';
import { dateInterval } from '../../src/score/eventDates';
import { runSet } from '../../src/score/runBenchmark';
import { matchEvents } from '../../src/score/scoreSet';

const ROOT = resolve(import.meta.dirname, '../..');
const seeds = runSet(ROOT, 'seeds');
const { result, score } = seeds;

describe('seed corpus against its gold relations', () => {
  it('every gold anchor is a phrase of its document, so the gold itself is well formed', () => {
    expect(seeds.problems).toEqual([]);
    const gold = [...score.relations.matched.map((m) => m.gold), ...score.relations.missed];
    expect(gold.length).toBeGreaterThan(20);
    for (const g of gold) {
      const doc = result.documents.find((d) => d.id === g.doc);
      expect(doc, g.doc).toBeDefined();
      expect(doc!.body.includes(g.anchor), g.anchor).toBe(true);
    }
  });

  it('precision, strict recall and date accuracy stay at 100%', () => {
    const report = JSON.stringify({ missed: score.relations.missed.map((g) => `${g.source} -${g.relation}-> ${g.target}: ${g.anchor}`), falsePositives: score.relations.falsePositives.map((e) => e.evidence.text.slice(0, 60)) }, null, 1);
    expect(score.relations.precision, report).toBe(1);
    expect(score.relations.recall, report).toBe(1);
    expect(score.dateAccuracy, report).toBe(1);
    expect(score.affiliation.recall).toBe(1);
  });

  it('evidence is exact for every edge', () => {
    expect(score.evidenceExact).toBe(1);
  });

  it('no actor is split into two nodes', () => {
    expect(score.splitActors).toEqual([]);
    const byName = new Map<string, string>();
    for (const a of result.actors) {
      for (const form of [a.label, ...a.aliases].filter((f) => f.length > 3)) {
        const key = `${a.kind}|${nameSkeleton(form)}`;
        const other = byName.get(key);
        expect(other === undefined || other === a.id, `"${form}" names both ${other} and ${a.id}`).toBe(true);
        byName.set(key, a.id);
      }
    }
    const araghchi = result.actors.find((a) => a.id === 'abbas-araghchi')!;
    for (const spelling of ['Araqchi', 'Araghchi', 'Aragci']) expect([araghchi.label, ...araghchi.aliases].join(' ')).toContain(spelling);
  });

  it('the scorer itself notices a wrong direction, a wrong date and a duplicate', () => {
    const good = score.relations.matched.find((m) => m.event.relation === 'mediation')!;
    const gold = score.relations.matched.map((m) => m.gold);
    const flipped: ExtractedEvent = { ...good.event, id: 'x1', source: good.event.target, target: good.event.source };
    const misdated: ExtractedEvent = { ...good.event, id: 'x2', date: '1970-01-01', datePrecision: 'day' };
    const duplicate: ExtractedEvent = { ...good.event, id: 'x3' };
    const matcher = new ActorMatcher(result.actors, {});
    const fig = matchEvents([flipped, misdated, duplicate], gold, matcher, new Map(result.documents.map((d) => [d.id, d])));
    // One of the two identical events satisfies the gold relation; the flipped one and the other copy do not.
    expect(fig.correct).toBe(1);
    expect(fig.falsePositives).toHaveLength(2);
    expect(dateInterval({ date: '2025-06' })).toEqual(['2025-06-01', '2025-06-30']);
    expect(dateInterval({ date: '2024' })).toEqual(['2024-01-01', '2024-12-31']);
  });
});
