// A raw graph from any reader, fitted to the contract and checked with validateGraph.
import type { SerializedDramatisGraph, SerializedEdge } from '../../domain/contract';
import { KNOWN_RELATION_IDS } from '../relationStyles';
import { validateGraph } from '../validateGraph';
import { fitEdge } from './fitEdges';
import { fitNodes } from './fitNodes';
import { ImportDocuments, readDocument } from './importDocuments';
import { inferSlashOrder, isAmbiguousNumericDate, type SlashOrder } from './importedDates';
import { own, type RawGraph } from './rawGraph';
import { renameUnsafeNodeKeys, renameWarning } from './safeNodeKeys';
import type { GraphFormat, ImportOutcome } from './types';
import { WarningTally } from './warningTally';

export interface FitContext {
  fileName: string;
  format: GraphFormat;
  /** Title of the document standing for the file. */
  title: string;
  importDay: string;
}

function slashOrderOf(raw: RawGraph): { order: SlashOrder | undefined; ambiguous: boolean } {
  const values: string[] = [];
  for (const e of raw.edges)
    for (const name of ['date', 'dateEnd', 'start', 'end']) {
      const v = own(e.attributes, name);
      if (typeof v === 'string') values.push(v);
    }
  const order = inferSlashOrder(values);
  return { order, ambiguous: order === undefined && values.some(isAmbiguousNumericDate) };
}

/** The raw graph with node keys graphology can hold, and the renaming used (file id → key). */
function withSafeKeys(raw: RawGraph): { raw: RawGraph; rename: (key: string) => string; warnings: string[] } {
  const renamed = new Map([...(raw.renamedNodes ?? []), ...renameUnsafeNodeKeys(raw.nodes.map((n) => n.key))]);
  if (!renamed.size) return { raw, rename: (key) => key, warnings: [] };
  const rename = (key: string) => renamed.get(key) ?? key;
  return {
    raw: {
      ...raw,
      nodes: raw.nodes.map((n) => ({ ...n, key: rename(n.key) })),
      edges: raw.edges.map((e) => ({ ...e, source: rename(e.source), target: rename(e.target) })),
    },
    rename,
    warnings: renameWarning(renamed),
  };
}

export function fitToContract(fileGraph: RawGraph, ctx: FitContext): ImportOutcome {
  const { raw, rename, warnings: renameWarnings } = withSafeKeys(fileGraph);
  const warnings = [...raw.warnings, ...renameWarnings];
  const documents = new ImportDocuments(ctx.fileName, ctx.title, ctx.importDay);
  const carriedDocs = own(raw.attributes, 'documents');
  if (Array.isArray(carriedDocs)) {
    let unreadable = 0;
    for (const d of carriedDocs) {
      const doc = readDocument(d);
      if (!doc || !documents.carry(doc)) unreadable++;
    }
    if (unreadable) warnings.push(`${unreadable} document${unreadable === 1 ? '' : 's'} in the file could not be read (or repeat an id) and ${unreadable === 1 ? 'was' : 'were'} left out.`);
  }
  const fittedNodes = fitNodes(raw.nodes, rename);
  warnings.push(...fittedNodes.warnings);

  const { order, ambiguous } = slashOrderOf(raw);
  if (ambiguous) warnings.push('Numeric dates such as 03/04/2026 could be day-first or month-first and no date in the file settles it: they were not read.');
  const tally = new WarningTally();
  const used = new Set<string>();
  for (const e of raw.edges) if (e.key !== null) used.add(e.key);
  const taken = new Set<string>();
  let generated = 0;
  const edges: SerializedEdge[] = [];
  for (const e of raw.edges) {
    if (!fittedNodes.keys.has(e.source) || !fittedNodes.keys.has(e.target)) {
      const missing = fittedNodes.keys.has(e.source) ? `target "${e.target}"` : `source "${e.source}"`;
      return { ok: false, message: `${e.where}: its ${missing} is not an actor of the file.` };
    }
    let key = e.key;
    if (key === null || taken.has(key)) {
      if (key !== null) tally.add('Relations repeating an id got a new one', `${e.where}: "${key}"`);
      do key = `e${++generated}`;
      while (used.has(key) || taken.has(key));
    }
    taken.add(key);
    const edge = fitEdge(e, key, { nodes: fittedNodes.keys, documents, importDay: ctx.importDay, slashOrder: order, tally, rename });
    if (edge) edges.push(edge);
  }
  warnings.push(...tally.messages());

  const { documents: _documents, ...extraGraphAttributes } = raw.attributes;
  const graph: SerializedDramatisGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { documents: documents.documents() },
    nodes: fittedNodes.nodes,
    edges,
  };
  const issues = validateGraph(graph, KNOWN_RELATION_IDS);
  if (issues.length) return { ok: false, message: `the imported graph breaks the Dramatis contract at ${issues[0]!.where}: ${issues[0]!.problem}.` };
  return { ok: true, format: ctx.format, graph, warnings, extraGraphAttributes };
}
