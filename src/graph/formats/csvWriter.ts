// CSV: nodes.csv and edges.csv for spreadsheets, written with papaparse (quoting of commas, quotes
// and line breaks in evidence sentences; cells that would run as formulas are escaped).
import Papa from 'papaparse';
import type { SerializedDramatisGraph } from '../../domain/contract';
import { relationStyle } from '../relationStyles';
import { xmlSafeGraph } from './xmlText';

export const NODE_COLUMNS = ['id', 'label', 'kind', 'aliases', 'affiliation', 'description', 'notes', 'curated'] as const;
export const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'source_label',
  'target_label',
  'relation',
  'relation_label',
  'original_relation',
  'cameo',
  'date',
  'date_end',
  'date_precision',
  'date_note',
  'modality',
  'confidence',
  'attributed_to',
  'cue',
  'document_id',
  'document',
  'evidence',
  'curated',
] as const;

/**
 * Cells a spreadsheet would run as a formula get a leading "'" (papaparse's escapeFormulae), and so
 * do cells that already start with quotes before such a character, so that reading strips exactly one.
 */
export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** List cells: items joined by "; " (an item holding ";" reads back as two). */
export const LIST_SEPARATOR = '; ';

function unparse(fields: readonly string[], rows: Array<Array<string | number>>): string {
  return Papa.unparse({ fields: [...fields], data: rows }, { escapeFormulae: FORMULA_LIKE, newline: '\r\n' });
}

export function writeNodesCsv(selection: SerializedDramatisGraph): string {
  const graph = xmlSafeGraph(selection);
  return unparse(
    NODE_COLUMNS,
    graph.nodes.map(({ key, attributes: a }) => [
      key,
      a.label,
      a.kind,
      a.aliases.join(LIST_SEPARATOR),
      a.affiliation ?? '',
      a.description ?? '',
      (a.notes ?? []).join(LIST_SEPARATOR),
      (a.curated ?? []).join(LIST_SEPARATOR),
    ]),
  );
}

export function writeEdgesCsv(selection: SerializedDramatisGraph): string {
  const graph = xmlSafeGraph(selection);
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
  const titles = new Map(graph.attributes.documents.map((d) => [d.id, d.title]));
  return unparse(
    EDGE_COLUMNS,
    graph.edges.map(({ key, source, target, attributes: a }) => [
      key,
      source,
      target,
      labels.get(source) ?? source,
      labels.get(target) ?? target,
      a.relation,
      relationStyle(a.relation).label,
      a.originalRelation ?? '',
      a.cameo,
      a.date,
      a.dateEnd ?? '',
      a.datePrecision,
      a.dateNote ?? '',
      a.modality,
      a.confidence,
      a.attributedTo ?? '',
      a.cue ?? '',
      a.doc,
      titles.get(a.doc) ?? '',
      a.evidence.text,
      (a.curated ?? []).join(LIST_SEPARATOR),
    ]),
  );
}
