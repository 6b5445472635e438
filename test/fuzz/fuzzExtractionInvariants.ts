// What every extraction result must satisfy, whatever text it was read from (used by the fuzz tests).
import { MultiDirectedGraph } from 'graphology';
import { buildGraph } from '../../src/graph/buildGraph';
import { MODALITIES, type SerializedDramatisGraph } from '../../src/domain/contract';
import { KNOWN_RELATION_IDS } from '../../src/graph/relationStyles';
import { validateGraph } from '../../src/graph/validateGraph';
import type { ExtractedEvent, ExtractionResult, SourceDocument } from '../../src/extract/types';
import { isCalendarDate, matchesPrecision } from './fuzzArbitraries';

/** Problems of one event against its document; an empty list when it keeps the contract. */
export function eventProblems(e: ExtractedEvent, doc: SourceDocument | undefined): string[] {
  const out: string[] = [];
  const at = `event ${e.id}`;
  if (!doc) return [`${at}: document ${e.doc} missing`];
  const { text, start, end } = e.evidence;
  if (doc.body.slice(start, end) !== text) out.push(`${at}: evidence is not body.slice(${start}, ${end})`);
  if (!text.trim()) out.push(`${at}: blank evidence`);
  if (!isCalendarDate(e.date)) out.push(`${at}: date ${e.date} is not a calendar date`);
  if (!matchesPrecision(e.date, e.datePrecision, doc.published)) out.push(`${at}: date ${e.date} does not match precision ${e.datePrecision} (published ${doc.published})`);
  if (e.dateEnd !== undefined && (!isCalendarDate(e.dateEnd) || e.dateEnd < e.date)) out.push(`${at}: dateEnd ${e.dateEnd} before or unlike date ${e.date}`);
  if (!MODALITIES.includes(e.modality)) out.push(`${at}: modality ${e.modality}`);
  if (!(e.confidence >= 0 && e.confidence <= 1)) out.push(`${at}: confidence ${e.confidence}`);
  if (e.source === e.target) out.push(`${at}: self loop on ${e.source}`);
  return out;
}

/** Problems of a whole extraction: its events, their ends, and the graph built from it. */
export function extractionProblems(result: ExtractionResult): string[] {
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const actors = new Set(result.actors.map((a) => a.id));
  const out: string[] = [];
  for (const e of result.events) {
    out.push(...eventProblems(e, docs.get(e.doc)));
    if (!actors.has(e.source) || !actors.has(e.target)) out.push(`event ${e.id}: an end is not an actor`);
    if (e.attributedTo !== undefined && !actors.has(e.attributedTo)) out.push(`event ${e.id}: attributedTo ${e.attributedTo} is not an actor`);
  }
  for (const w of result.warnings) if (typeof w !== 'string' || !w) out.push('a warning is not a message');
  const graph = buildGraph(result);
  const data = graph.export() as unknown as SerializedDramatisGraph;
  out.push(...validateGraph(data, KNOWN_RELATION_IDS).map((i) => `${i.where}: ${i.problem}`));
  if (graph.size !== new Set(result.events.map((e) => e.id)).size) out.push(`graph has ${graph.size} edges for ${result.events.length} events`);
  // The graph survives its own serialisation.
  const again = new MultiDirectedGraph();
  again.import(data);
  if (again.order !== graph.order || again.size !== graph.size) out.push('graph does not re-import');
  if (Object.keys(Object.prototype).length) out.push(`Object.prototype polluted: ${Object.keys(Object.prototype).join()}`);
  return out;
}
