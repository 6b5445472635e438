import { ACTOR_KINDS, CURATION_MARKS, DATE_PRECISIONS, MODALITIES, PUBLISHED_PRECISIONS, UNCLASSIFIED_RELATION, type DocumentMeta } from '../domain/contract';

export interface ContractIssue {
  where: string;
  problem: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validCuration(v: unknown): boolean {
  return v === undefined || (Array.isArray(v) && v.every((x) => CURATION_MARKS.includes(x as never)));
}

function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

type Fail = (where: string, problem: string) => void;

function checkDocuments(attributes: unknown, fail: Fail): Map<string, DocumentMeta> {
  const docs = new Map<string, DocumentMeta>();
  if (!isRecord(attributes) || !Array.isArray(attributes.documents)) {
    fail('attributes.documents', 'missing');
    return docs;
  }
  for (const [i, d] of attributes.documents.entries()) {
    const where = `documents[${i}]`;
    if (!isRecord(d) || typeof d.id !== 'string' || typeof d.title !== 'string' || typeof d.body !== 'string') {
      fail(where, 'needs string id, title and body');
      continue;
    }
    if (d.published !== null && (typeof d.published !== 'string' || !/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/.test(d.published)))
      fail(where, 'published must be an ISO date, date-time or null');
    if (!PUBLISHED_PRECISIONS.includes(d.publishedPrecision as never)) fail(where, 'bad publishedPrecision');
    if (typeof d.publishedInferred !== 'boolean') fail(where, 'publishedInferred must be boolean');
    if (d.source !== null && typeof d.source !== 'string') fail(where, 'source must be a string or null');
    if (d.url !== undefined && typeof d.url !== 'string') fail(where, 'url must be a string');
    if (d.importedFrom !== undefined && typeof d.importedFrom !== 'string') fail(where, 'importedFrom must be a file name');
    docs.set(d.id, d as unknown as DocumentMeta);
  }
  return docs;
}

function checkNodes(nodeList: unknown, fail: Fail): Set<string> {
  const nodes = new Set<string>();
  if (!Array.isArray(nodeList)) {
    fail('nodes', 'missing');
    return nodes;
  }
  for (const n of nodeList) {
    if (!isRecord(n) || typeof n.key !== 'string' || !isRecord(n.attributes)) {
      fail('nodes', 'node without key or attributes');
      continue;
    }
    const a = n.attributes;
    const where = `node ${n.key}`;
    nodes.add(n.key);
    if (typeof a.label !== 'string' || !a.label) fail(where, 'label missing');
    if (!ACTOR_KINDS.includes(a.kind as never)) fail(where, `bad kind ${String(a.kind)}`);
    if (!Array.isArray(a.aliases) || !a.aliases.every((x) => typeof x === 'string')) fail(where, 'aliases must be strings');
    if ('type' in a) fail(where, 'must not use the attribute name "type"');
    if (a.affiliation !== undefined && typeof a.affiliation !== 'string') fail(where, 'affiliation must be an actor id');
    if (a.description !== undefined && typeof a.description !== 'string') fail(where, 'description must be a string');
    if (a.notes !== undefined && (!Array.isArray(a.notes) || !a.notes.every((x) => typeof x === 'string'))) fail(where, 'notes must be strings');
    if (!validCuration(a.curated)) fail(where, 'curated must list curation marks');
  }
  return nodes;
}

/** What an edge is checked against: the graph's nodes, documents and edge keys, and the known relations. */
interface EdgeContext {
  nodes: ReadonlySet<string>;
  docs: ReadonlyMap<string, DocumentMeta>;
  edgeKeys: ReadonlySet<string>;
  relationIds?: ReadonlySet<string>;
}

function checkEdgeAttributes(where: string, a: Record<string, unknown>, ctx: EdgeContext, fail: Fail): void {
  const unclassified = a.relation === UNCLASSIFIED_RELATION;
  if (typeof a.relation !== 'string' || (ctx.relationIds && !unclassified && !ctx.relationIds.has(a.relation))) fail(where, `unknown relation ${String(a.relation)}`);
  if (typeof a.cameo !== 'string' || !(/^\d{3,4}$/.test(a.cameo) || (unclassified && a.cameo === ''))) fail(where, 'cameo must be a CAMEO code');
  if (a.originalRelation !== undefined && typeof a.originalRelation !== 'string') fail(where, 'originalRelation must be a string');
  if (a.anaphor !== undefined && typeof a.anaphor !== 'string') fail(where, 'anaphor must be a string');
  if (a.dateNote !== undefined && typeof a.dateNote !== 'string') fail(where, 'dateNote must be a string');
  if (a.plover !== null && typeof a.plover !== 'string') fail(where, 'plover must be a string or null');
  if (typeof a.date !== 'string' || !validDate(a.date)) fail(where, `bad date ${String(a.date)}`);
  if (a.dateEnd !== undefined && (typeof a.dateEnd !== 'string' || !validDate(a.dateEnd) || a.dateEnd < String(a.date)))
    fail(where, 'bad dateEnd');
  if (!DATE_PRECISIONS.includes(a.datePrecision as never)) fail(where, 'bad datePrecision');
  if (!MODALITIES.includes(a.modality as never)) fail(where, 'bad modality');
  if (typeof a.confidence !== 'number' || a.confidence < 0 || a.confidence > 1) fail(where, 'confidence must be in [0, 1]');
  if (a.attributedTo !== undefined && (typeof a.attributedTo !== 'string' || !ctx.nodes.has(a.attributedTo))) fail(where, 'attributedTo is not a node');
  if ('type' in a) fail(where, 'must not use the attribute name "type"');
  if (!validCuration(a.curated)) fail(where, 'curated must list curation marks');
  if (a.happening !== undefined && (typeof a.happening !== 'string' || !ctx.edgeKeys.has(a.happening))) fail(where, 'happening must be the key of an edge of the graph');
}

function checkEvidence(where: string, a: Record<string, unknown>, docs: ReadonlyMap<string, DocumentMeta>, fail: Fail): void {
  const doc = typeof a.doc === 'string' ? docs.get(a.doc) : undefined;
  if (!doc) fail(where, 'doc is not a document');
  const ev = a.evidence;
  if (!isRecord(ev) || typeof ev.text !== 'string' || typeof ev.start !== 'number' || typeof ev.end !== 'number') fail(where, 'evidence missing');
  else if (doc && doc.body.slice(ev.start, ev.end) !== ev.text) fail(where, 'evidence text differs from its document slice');
  else if (!ev.text.trim() && !(doc?.importedFrom !== undefined && ev.text === '' && ev.start === ev.end))
    fail(where, 'evidence is empty (allowed only for an imported file without a sentence for this edge)');
}

function checkEdges(edgeList: unknown, ctx: Omit<EdgeContext, 'edgeKeys'>, fail: Fail): void {
  if (!Array.isArray(edgeList)) {
    fail('edges', 'missing');
    return;
  }
  const edgeKeys = new Set(edgeList.flatMap((e) => (isRecord(e) && typeof e.key === 'string' ? [e.key] : [])));
  for (const e of edgeList) {
    if (!isRecord(e) || typeof e.key !== 'string' || !isRecord(e.attributes)) {
      fail('edges', 'edge without key or attributes');
      continue;
    }
    const where = `edge ${e.key}`;
    if (e.undirected) fail(where, 'edges are directed');
    if (typeof e.source !== 'string' || !ctx.nodes.has(e.source)) fail(where, 'source is not a node');
    if (typeof e.target !== 'string' || !ctx.nodes.has(e.target)) fail(where, 'target is not a node');
    checkEdgeAttributes(where, e.attributes, { ...ctx, edgeKeys }, fail);
    checkEvidence(where, e.attributes, ctx.docs, fail);
  }
}

/**
 * Checks a serialised graph (`graph.export()` output) against the Dramatis contract.
 * Returns every problem found; an empty list means the graph is valid.
 */
export function validateGraph(data: unknown, relationIds?: ReadonlySet<string>): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const fail: Fail = (where, problem) => issues.push({ where, problem });
  if (!isRecord(data)) return [{ where: 'graph', problem: 'not an object' }];
  const options = data.options;
  if (!isRecord(options) || options.type !== 'directed' || options.multi !== true) fail('options', 'must be a directed multi graph');
  const docs = checkDocuments(data.attributes, fail);
  const nodes = checkNodes(data.nodes, fail);
  checkEdges(data.edges, { nodes, docs, relationIds }, fail);
  return issues;
}
