// PLOVER gold-standard records: the vendored file, the type mapping, and scoring per event type.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ploverMapping from '../../data/plover.json';
import relationsFile from '../../data/relations.json';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { headNames, readPloverRecords, recordFile, type PloverRecord } from '../../src/score/ploverRecords';
import { scorePlover } from '../../src/score/scorePlover';
import type { ExtractedActor, ExtractedEvent } from '../../src/extract/types';
import type { Modality } from '../../src/domain/contract';
import { documentIdFromName } from '../../src/extract/documentIds';

const records = readPloverRecords(resolve(import.meta.dirname, '../gold/plover/records.jsonl'));

describe('PLOVER gold-standard records', () => {
  it('are 327 records with unique ids, a sentence and a type each', () => {
    expect(records).toHaveLength(327);
    expect(new Set(records.map((r) => r.id)).size).toBe(327);
    for (const r of records) expect(r.text.trim().length, r.id).toBeGreaterThan(10);
  });

  it('every type in the records maps to relations we have, and every relation of ours has a type', () => {
    const ours = new Set(relationsFile.relations.map((r) => r.id));
    const types = ploverMapping.types as Record<string, { relations: string[] }>;
    for (const type of new Set(records.map((r) => r.event))) {
      expect(types[type], type).toBeDefined();
      for (const rel of types[type]!.relations) expect(ours.has(rel), rel).toBe(true);
    }
    for (const rel of ours) if (rel !== 'affiliation') expect(ploverMapping.relationTypes, rel).toHaveProperty(rel);
    const without = Object.entries(types).filter(([, t]) => !t.relations.every((r) => ours.has(r))).map(([type]) => type);
    expect(without).toEqual([]);
  });

  it('lets a coded phrase match by its head name', () => {
    expect(headNames('U.S. Secretary of State Warren Christopher')).toContain('Warren Christopher');
    expect(headNames('Syria')).toEqual([]);
  });

  it('scores recall per record and precision per extracted relation, by type', () => {
    const mine: PloverRecord[] = [
      { id: 'T-THREATEN-1', event: 'THREATEN', source: [['Ethiopia', 'ETH']], target: [['Egyptian Foreign Minister Sameh Shoukry', '---']], text: 'Ethiopia threatened Egyptian Foreign Minister Sameh Shoukry on Monday.' },
      { id: 'T-CONSULT-1', event: 'CONSULT', source: [['Kenya', 'KEN'], ['Somalia', 'SOM']], target: [], text: 'Kenya and Somalia met in Nairobi on Monday.' },
      { id: 'T-AGREE-1', event: 'AGREE', source: [['Chad', 'TCD']], target: [['Sudan', 'SDN']], text: 'Chad agreed to reopen its border with Sudan.' },
      { id: 'T-PROTEST-1', event: 'PROTEST', source: [['Chad', 'TCD']], target: [['Sudan', 'SDN']], text: 'Chad took its grievances about Sudan to the streets.' },
    ];
    const result = extractCorpus(mine.map(recordFile), defaultResources());
    const countries = new Map([['ETH', 'ethiopia'], ['KEN', 'kenya'], ['SOM', 'somalia'], ['TCD', 'chad'], ['SDN', 'sudan']]);
    const s = scorePlover(mine, result, ploverMapping, { byCode: countries, byName: new Map() });
    const row = (type: string) => s.rows.find((r) => r.type === type)!;
    expect(row('CONSULT')).toMatchObject({ records: 1, scorable: 1, found: 1 });
    expect(row('AGREE')).toMatchObject({ records: 1, found: 1 });
    expect(row('PROTEST')).toMatchObject({ records: 1, found: 0 });
    expect(s.total.records).toBe(4);
    expect(s.total.correct).toBeLessThanOrEqual(s.total.predicted);
  });

  it('counts planned cooperation as AGREE, threatened hostility as THREATEN, and neither negated nor repeated events', () => {
    const mine: PloverRecord[] = [
      { id: 'T-AGREE-2', event: 'AGREE', source: [['Kenya', 'KEN']], target: [['Somalia', 'SOM']], text: 'Kenya will send doctors to Somalia.' },
      { id: 'T-THREATEN-2', event: 'THREATEN', source: [['Chad', 'TCD']], target: [['Sudan', 'SDN']], text: 'Chad threatened to shell Sudanese towns.' },
      { id: 'T-REJECT-2', event: 'REJECT', source: [['Chad', 'TCD']], target: [['Sudan', 'SDN']], text: 'Chad refused to meet Sudan.' },
      { id: 'T-AID-2', event: 'AID', source: [['Kenya', 'KEN']], target: [['Somalia', 'SOM']], text: 'Kenya will send doctors to Somalia.' },
    ];
    const actor = (id: string, label: string): ExtractedActor => ({ id, label, kind: 'state', aliases: [] });
    const event = (record: string, source: string, target: string, relation: string, modality: Modality): ExtractedEvent => {
      const doc = documentIdFromName(`${record}.md`);
      return { id: `${doc}-${relation}-${modality}`, source, target, relation, modality, doc, cameo: '', plover: null, date: '2000-01-01', datePrecision: 'document', evidence: { text: '', start: 0, end: 0 }, confidence: 1 };
    };
    const result = {
      actors: [actor('kenya', 'Kenya'), actor('somalia', 'Somalia'), actor('chad', 'Chad'), actor('sudan', 'Sudan')],
      documents: [],
      events: [
        event('T-AGREE-2', 'kenya', 'somalia', 'aid', 'planned'),
        event('T-THREATEN-2', 'chad', 'sudan', 'threat', 'asserted'),
        event('T-THREATEN-2', 'chad', 'sudan', 'force', 'hypothetical'),
        event('T-REJECT-2', 'chad', 'sudan', 'rejection', 'asserted'),
        event('T-REJECT-2', 'chad', 'sudan', 'communication', 'negated'),
        event('T-AID-2', 'kenya', 'somalia', 'aid', 'planned'),
      ],
    };
    const countries = new Map([['KEN', 'kenya'], ['SOM', 'somalia'], ['TCD', 'chad'], ['SDN', 'sudan']]);
    const s = scorePlover(mine, result, ploverMapping, { byCode: countries, byName: new Map() });
    const row = (type: string) => s.rows.find((r) => r.type === type)!;
    expect(row('AGREE')).toMatchObject({ found: 1, predicted: 2, correct: 1 });
    expect(row('THREATEN')).toMatchObject({ found: 1, predicted: 1, correct: 1 });
    expect(row('REJECT')).toMatchObject({ found: 1, predicted: 1, correct: 1 });
    expect(row('AID')).toMatchObject({ found: 0 });
    expect(s.negated).toBe(1);
    expect(s.duplicates).toBe(1);
    expect(s.falsePositives.map((e) => e.doc)).toEqual([documentIdFromName('T-AID-2.md')]);
  });
});
