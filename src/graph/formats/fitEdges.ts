// Relations from a file, fitted to the contract. Nothing is invented: a relation the file gives no
// sentence for has empty evidence in the document standing for the file, one with no date stands
// on the import day with precision 'document', and an unknown relation label stays unclassified.
import { DATE_PRECISIONS, MODALITIES, UNCLASSIFIED_RELATION, type DatePrecision, type EdgeAttributes, type Evidence, type Modality, type SerializedEdge } from '../../domain/contract';
import { RELATIONS } from '../../domain/relationRegistry';
import { finiteNumber, nonEmptyString, presentString } from './attributeValues';
import { curationMarks } from './curationMarks';
import type { ImportDocuments } from './importDocuments';
import { parseImportedDate, type SlashOrder } from './importedDates';
import { own, type RawAttributes, type RawEdge } from './rawGraph';
import { matchRelation, relationCodes } from './relationMatching';
import type { WarningTally } from './warningTally';

const CONTRACT_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SIGMA_EDGE_TYPES = new Set(['arrow', 'line', 'curved', 'curve', 'rectangle', 'directed', 'undirected']);

export interface EdgeContext {
  nodes: ReadonlySet<string>;
  documents: ImportDocuments;
  importDay: string;
  slashOrder: SlashOrder | undefined;
  tally: WarningTally;
  /** The key a file's actor id was given (see safeNodeKeys). */
  rename: (key: string) => string;
}

function isContractDate(s: unknown): s is string {
  return typeof s === 'string' && CONTRACT_DATE.test(s) && parseImportedDate(s) !== null;
}

function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function fitRelation(a: RawAttributes): { relation: string; cameo: string; plover: string | null; originalRelation?: string; unmatched: boolean } {
  const given = own(a, 'relation');
  if (typeof given === 'string' && (RELATIONS.has(given) || given === UNCLASSIFIED_RELATION)) {
    const original = presentString(own(a, 'originalRelation'));
    return { relation: given, ...relationCodes(given, own(a, 'cameo')), ...(original !== undefined ? { originalRelation: original } : {}), unmatched: false };
  }
  const type = nonEmptyString(own(a, 'type'));
  const label =
    nonEmptyString(given) ??
    nonEmptyString(own(a, 'label')) ??
    nonEmptyString(own(a, 'relationship')) ??
    nonEmptyString(own(a, 'interaction')) ??
    (type !== undefined && !SIGMA_EDGE_TYPES.has(type.toLowerCase()) ? type : undefined);
  const match = matchRelation(label);
  const codes = relationCodes(match.relation, own(a, 'cameo') ?? match.cameo);
  return { relation: match.relation, ...codes, ...(match.originalRelation !== undefined ? { originalRelation: match.originalRelation } : {}), unmatched: match.unmatched };
}

type FittedDate = Pick<EdgeAttributes, 'date' | 'datePrecision'> & { dateEnd?: string };

function fitDate(e: RawEdge, ctx: EdgeContext, docPublished: string | null): FittedDate {
  const a = e.attributes;
  const given = own(a, 'date');
  let fitted: FittedDate | null = null;
  if (isContractDate(given)) {
    const p = own(a, 'datePrecision');
    fitted = { date: given, datePrecision: DATE_PRECISIONS.includes(p as never) ? (p as DatePrecision) : precisionOf(given) };
  } else {
    const raw = nonEmptyString(given) ?? nonEmptyString(own(a, 'start')) ?? nonEmptyString(own(a, 'timestamp'));
    if (raw !== undefined) {
      const parsed = parseImportedDate(raw, ctx.slashOrder);
      if (parsed) fitted = { date: parsed.date, datePrecision: parsed.precision };
      else ctx.tally.add(`Dates that could not be read; these relations stand on the import day as undated`, `${e.where}: "${raw}"`);
    } else ctx.tally.add(`Relations without a date stand on the import day (${ctx.importDay}) and are drawn as undated`, e.where);
  }
  if (!fitted) {
    const day = docPublished?.slice(0, 10) ?? ctx.importDay;
    return { date: day, datePrecision: 'document' };
  }
  // GEXF start/end stand for the date only when the file has no date of its own (a Dramatis export has both).
  const endRaw = own(a, 'dateEnd') ?? (isContractDate(given) ? undefined : own(a, 'end'));
  const endText = nonEmptyString(endRaw);
  if (endText !== undefined) {
    const end = isContractDate(endText) ? endText : parseImportedDate(endText, ctx.slashOrder)?.date;
    if (end === undefined) ctx.tally.add('End dates that could not be read were left out', `${e.where}: "${endText}"`);
    else if (end < fitted.date) ctx.tally.add('End dates before their start were left out', `${e.where}: ${fitted.date} to ${end}`);
    else if (end !== fitted.date) fitted.dateEnd = end;
  }
  return fitted;
}

function evidenceText(a: RawAttributes): string | undefined {
  const ev = own(a, 'evidence');
  const text = typeof ev === 'string' ? ev : typeof ev === 'object' && ev !== null ? (ev as Record<string, unknown>).text : undefined;
  const fallback = own(a, 'sentence');
  const chosen = typeof text === 'string' ? text : typeof fallback === 'string' ? fallback : undefined;
  return chosen !== undefined && chosen.trim() ? chosen : undefined;
}

/** The evidence as the file's own documents hold it (a Dramatis export), when it does. */
function carriedEvidence(a: RawAttributes, ctx: EdgeContext): { doc: string; evidence: Evidence } | null {
  const docId = own(a, 'doc');
  const doc = typeof docId === 'string' ? ctx.documents.carriedDocument(docId) : undefined;
  if (!doc) return null;
  const ev = own(a, 'evidence');
  const record = typeof ev === 'object' && ev !== null ? (ev as Record<string, unknown>) : null;
  // Flat formats leave an empty evidence text out: an imported file's relation without a sentence.
  const text = record ? record.text : (ev ?? (doc.importedFrom !== undefined ? '' : undefined));
  const start = finiteNumber(record ? record.start : own(a, 'evidenceStart'));
  const end = finiteNumber(record ? record.end : own(a, 'evidenceEnd'));
  if (typeof text !== 'string' || start === undefined || end === undefined) return null;
  if (doc.body.slice(start, end) !== text) return null;
  if (!text.trim() && !(doc.importedFrom !== undefined && text === '' && start === end)) return null;
  return { doc: doc.id, evidence: { text, start, end } };
}

/** One relation in the contract, or null when it is left out (a warning says why). */
export function fitEdge(e: RawEdge, key: string, ctx: EdgeContext): SerializedEdge | null {
  const a = e.attributes;
  if (e.source === e.target) {
    ctx.tally.add('Relations of an actor with itself were left out (Dramatis draws none)', e.where);
    return null;
  }
  if (e.undirected) ctx.tally.add('Undirected relations were imported as directed, from source to target as the file lists them', e.where);
  const relation = fitRelation(a);
  if (relation.unmatched)
    ctx.tally.add(
      `Relations whose type is not one Dramatis knows are "${UNCLASSIFIED_RELATION}" (the file's label is kept as their original relation)`,
      relation.originalRelation !== undefined ? `${e.where}: "${relation.originalRelation}"` : `${e.where}: none given`,
    );
  const carried = carriedEvidence(a, ctx);
  let doc: string;
  let evidence: Evidence;
  if (carried) ({ doc, evidence } = carried);
  else {
    const named = presentString(own(a, 'doc'));
    if (named !== undefined && ctx.documents.carriedDocument(named))
      ctx.tally.add(`Evidence that is not the text of its document at its offsets was kept as a sentence of the imported file`, `${e.where}: document "${named}"`);
    else if (named !== undefined)
      ctx.tally.add(`Relations citing a document the file does not hold cite the imported file instead (a tool that rewrote the file may have left the documents out)`, `${e.where}: document "${named}"`);
    doc = ctx.documents.fileDocument(e.document);
    const text = evidenceText(a);
    if (text === undefined) ctx.tally.add('Relations without an evidence sentence in the file show "no sentence in the imported file"', e.where);
    evidence = ctx.documents.place(doc, text ?? '');
  }
  const published = ctx.documents.carriedDocument(doc)?.published ?? null;
  const date = fitDate(e, ctx, published);
  const modalityValue = own(a, 'modality');
  const modality: Modality = MODALITIES.includes(modalityValue as never) ? (modalityValue as Modality) : 'asserted';
  if (modalityValue !== undefined && modality !== modalityValue) ctx.tally.add('Unknown modalities were read as "asserted"', `${e.where}: "${String(modalityValue)}"`);
  const confidenceValue = finiteNumber(own(a, 'confidence'));
  const confidence = confidenceValue !== undefined && confidenceValue >= 0 && confidenceValue <= 1 ? confidenceValue : 1;
  if (own(a, 'confidence') !== undefined && confidence !== confidenceValue) ctx.tally.add('Confidences outside 0–1 were read as 1', `${e.where}: "${String(own(a, 'confidence'))}"`);
  const attributes: EdgeAttributes = {
    relation: relation.relation,
    cameo: relation.cameo,
    plover: relation.plover,
    ...date,
    doc,
    evidence,
    modality,
    confidence,
  };
  const speaker = presentString(own(a, 'attributedTo'));
  const attributedTo = speaker === undefined ? undefined : ctx.rename(speaker);
  if (attributedTo !== undefined && ctx.nodes.has(attributedTo)) attributes.attributedTo = attributedTo;
  else if (attributedTo !== undefined) ctx.tally.add('Attributions to actors missing from the file were left out', `${e.where}: "${attributedTo}"`);
  const cue = presentString(own(a, 'cue'));
  if (cue !== undefined) attributes.cue = cue;
  const dateNote = presentString(own(a, 'dateNote'));
  if (dateNote !== undefined) attributes.dateNote = dateNote;
  if (relation.originalRelation !== undefined) attributes.originalRelation = relation.originalRelation;
  const curated = curationMarks(own(a, 'curated'));
  if (curated !== undefined) attributes.curated = curated;
  return { key, source: e.source, target: e.target, attributes };
}
