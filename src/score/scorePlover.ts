// Recall and precision per PLOVER event type, the way the field reports the gold-standard records.
import type { ExtractedEvent, ExtractionResult } from '../extract/types';
import { ActorMatcher } from './actorNames';
import { matchEvents } from './scoreSet';
import type { GoldActor } from './goldTypes';
import { recordGold, type PloverRecord } from './ploverRecords';

export interface PloverMapping {
  types: Record<string, { relations: string[]; note?: string }>;
  relationTypes: Record<string, string>;
}

export interface PloverTypeRow {
  type: string;
  records: number;
  /** Records that code a dyad (a source and a target, or two sides). */
  scorable: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface PloverScore {
  rows: PloverTypeRow[];
  total: PloverTypeRow;
  /** Record ids without a dyad: no target, or an empty actor text. */
  unscorable: string[];
  missed: PloverRecord[];
  falsePositives: ExtractedEvent[];
}

/** The PLOVER type an extracted event is counted under in a record of type `recordType`. */
function typeOf(relation: string, recordType: string, mapping: PloverMapping): string {
  return mapping.types[recordType]?.relations.includes(relation) ? recordType : (mapping.relationTypes[relation] ?? relation);
}

export function scorePlover(records: PloverRecord[], result: Pick<ExtractionResult, 'actors' | 'events' | 'documents'>, mapping: PloverMapping, countryByCode: Map<string, string>): PloverScore {
  const actors: Record<string, GoldActor> = {};
  const idAliases: Record<string, string[]> = {};
  const perRecord = records.map((r) => recordGold(r, actors, idAliases, countryByCode));
  const recordType = new Map(perRecord.map((p) => [p.doc, p.record.event]));
  const events = result.events
    .filter((e) => e.relation !== 'affiliation' && recordType.has(e.doc))
    .map((e) => ({ ...e, relation: typeOf(e.relation, recordType.get(e.doc)!, mapping) }));
  const matcher = new ActorMatcher(result.actors, actors, idAliases);
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const fig = matchEvents(events, perRecord.flatMap((p) => p.gold), matcher, docs);
  const foundDocs = new Set(fig.matched.map((m) => m.gold.doc));
  const rows = new Map<string, PloverTypeRow>();
  const row = (type: string) => rows.get(type) ?? rows.set(type, { type, records: 0, scorable: 0, found: 0, predicted: 0, correct: 0 }).get(type)!;
  for (const p of perRecord) {
    const r = row(p.record.event);
    r.records++;
    if (p.gold.length) r.scorable++;
    if (foundDocs.has(p.doc)) r.found++;
  }
  for (const e of events) row(e.relation).predicted++;
  for (const m of fig.matched) row(m.event.relation).correct++;
  const list = [...rows.values()].sort((a, b) => b.records - a.records || a.type.localeCompare(b.type));
  const total = list.reduce((t, r) => ({ ...t, records: t.records + r.records, scorable: t.scorable + r.scorable, found: t.found + r.found, predicted: t.predicted + r.predicted, correct: t.correct + r.correct }), { type: 'all', records: 0, scorable: 0, found: 0, predicted: 0, correct: 0 });
  return {
    rows: list,
    total,
    unscorable: perRecord.filter((p) => !p.gold.length).map((p) => p.record.id),
    missed: perRecord.filter((p) => p.gold.length && !foundDocs.has(p.doc)).map((p) => p.record),
    falsePositives: fig.falsePositives,
  };
}
