// Extraction quality on the seed corpus, measured against the hand-written gold relations.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../src/extract/defaultResources';
import { extractCorpus } from '../src/extract/extractCorpus';
import { nameSkeleton } from '../src/extract/nameSkeleton';
import { dateInterval, scoreEvents, type GoldEvent } from '../src/extract/scoreEvents';
import type { ExtractedEvent } from '../src/extract/types';

const ROOT = resolve(import.meta.dirname, '..');
const gold = (JSON.parse(readFileSync(join(ROOT, 'test/gold/seed-gold.json'), 'utf8')) as { events: GoldEvent[] }).events;
const folder = join(ROOT, 'data/articles');
const files = readdirSync(folder)
  .filter((n) => n.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
const result = extractCorpus(files, defaultResources());
const score = scoreEvents(result.events, gold, result.documents);

describe('seed corpus against its gold relations', () => {
  it('every gold anchor is a phrase of its document, so the gold itself is well formed', () => {
    for (const g of gold) {
      const doc = result.documents.find((d) => d.id === g.doc);
      expect(doc, g.doc).toBeDefined();
      expect(doc!.body.includes(g.anchor), g.anchor).toBe(true);
    }
  });

  it('precision ≥ 0.9, recall ≥ 0.9, date accuracy ≥ 0.9', () => {
    const report = {
      precision: score.precision,
      recall: score.recall,
      dates: score.dateAccuracy,
      falsePositives: score.falsePositives.map((e) => `${e.source} -${e.relation}-> ${e.target}: ${e.evidence.text.slice(0, 60)}`),
      missed: score.missed.map((g) => `${g.source} -${g.relation}-> ${g.target}: ${g.anchor}`),
    };
    expect(score.precision, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(score.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(score.dateAccuracy, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('evidence is exact for every edge', () => {
    expect(score.evidenceExact).toBe(1);
  });

  it('no actor is split into two nodes', () => {
    const byName = new Map<string, string>();
    for (const a of result.actors) {
      for (const form of [a.label, ...a.aliases].filter((f) => f.length > 3)) {
        const key = `${a.kind}|${nameSkeleton(form)}`;
        const other = byName.get(key);
        expect(other === undefined || other === a.id, `"${form}" names both ${other} and ${a.id}`).toBe(true);
        byName.set(key, a.id);
      }
    }
    for (const id of ['abbas-araghchi', 'esmaeil-baghaei', 'mohammad-baqer-qalibaf', 'united-states', 'iran']) {
      expect(result.actors.filter((a) => a.id === id)).toHaveLength(1);
    }
    // Every spelling in the texts lands on the one node.
    const araghchi = result.actors.find((a) => a.id === 'abbas-araghchi')!;
    for (const spelling of ['Araqchi', 'Araghchi', 'Aragci']) expect([araghchi.label, ...araghchi.aliases].join(' ')).toContain(spelling);
  });

  it('the scorer itself notices a wrong direction, a wrong date and an invented relation', () => {
    const good = result.events.find((e) => e.relation === 'mediation')!;
    const flipped: ExtractedEvent = { ...good, id: 'x1', source: good.target, target: good.source };
    const misdated: ExtractedEvent = { ...good, id: 'x2', date: '1970-01-01', datePrecision: 'day' };
    const s = scoreEvents([flipped, misdated], gold, result.documents);
    expect(s.correct).toBe(1);
    expect(s.falsePositives).toHaveLength(1);
    expect(s.wrongDates).toHaveLength(1);
    expect(dateInterval({ date: '2025-06' })).toEqual(['2025-06-01', '2025-06-30']);
    expect(dateInterval({ date: '2024' })).toEqual(['2024-01-01', '2024-12-31']);
  });
});
