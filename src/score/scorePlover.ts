// Recall and precision per PLOVER event type, the way the field reports the gold-standard records.
import type { ExtractedEvent, ExtractionResult } from '../extract/types';
import { ActorMatcher } from './actorNames';
import { matchEvents } from './scoreSet';
import type { GoldActor } from './goldTypes';
import { recordGold, type PloverRecord, type RecordCountries } from './ploverRecords';

/** Relations whose events, read with one modality, are another PLOVER type (data/plover.json). */
interface ModalType {
  relations: string[];
  type: string;
}

export interface PloverMapping {
  types: Record<string, { relations: string[]; note?: string }>;
  relationTypes: Record<string, string>;
  /** Planned cooperative acts: AGREE ("will visit", "will release"). */
  futureCooperation: ModalType;
  /** Threatened or conditional hostile acts: THREATEN ("threatened to shell"). */
  threatenedHostility: ModalType;
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
  /** Extracted events left out: negated ones, which the records cannot code. */
  negated: number;
  /** Extracted events left out as the same PLOVER event as another one (same record, dyad and type). */
  duplicates: number;
  missed: PloverRecord[];
  falsePositives: ExtractedEvent[];
}

/**
 * The PLOVER type an extracted event is counted under in a record of type `recordType`. PLOVER codes
 * intentions as their own types: a planned cooperative act is AGREE and a threatened or conditional
 * hostile act THREATEN, never the act's type with a mode (see the notes in data/plover.json).
 */
function typeOf(e: Pick<ExtractedEvent, 'relation' | 'modality'>, recordType: string, mapping: PloverMapping): string {
  const { futureCooperation: future, threatenedHostility: threatened } = mapping;
  if (e.modality === 'planned' && future.relations.includes(e.relation)) return future.type;
  if (e.modality === 'hypothetical' && threatened.relations.includes(e.relation)) return threatened.type;
  return mapping.types[recordType]?.relations.includes(e.relation) ? recordType : (mapping.relationTypes[e.relation] ?? e.relation);
}

/**
 * The extracted events as PLOVER events. Negated events are left out: version 0.5b1 has no mode for
 * negation and the records code none (a refusal is coded as REJECT, which we extract as a rejection
 * of its own); the PLOVER manual says negated events can be left out of an event data set. Events of
 * one record with the same source, target and PLOVER type are one PLOVER event (a record codes one
 * event per sentence, and a threat read both as `threat` and as a hypothetical attack is one threat),
 * so only the first of them is scored.
 */
function ploverEvents(events: readonly ExtractedEvent[], recordType: Map<string, string>, mapping: PloverMapping) {
  const scored = events.filter((e) => e.relation !== 'affiliation' && recordType.has(e.doc));
  const asserted = scored.filter((e) => e.modality !== 'negated');
  const seen = new Set<string>();
  const out: ExtractedEvent[] = [];
  for (const e of asserted) {
    const relation = typeOf(e, recordType.get(e.doc)!, mapping);
    const key = `${e.doc}\u0000${e.source}\u0000${e.target}\u0000${relation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...e, relation });
  }
  return { events: out, negated: scored.length - asserted.length, duplicates: asserted.length - out.length };
}

export function scorePlover(records: PloverRecord[], result: Pick<ExtractionResult, 'actors' | 'events' | 'documents'>, mapping: PloverMapping, countries: RecordCountries): PloverScore {
  const actors: Record<string, GoldActor> = {};
  const idAliases: Record<string, string[]> = {};
  const perRecord = records.map((r) => recordGold(r, actors, idAliases, countries));
  const recordType = new Map(perRecord.map((p) => [p.doc, p.record.event]));
  const { events, negated, duplicates } = ploverEvents(result.events, recordType, mapping);
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
    negated,
    duplicates,
    missed: perRecord.filter((p) => p.gold.length && !foundDocs.has(p.doc)).map((p) => p.record),
    falsePositives: fig.falsePositives,
  };
}
