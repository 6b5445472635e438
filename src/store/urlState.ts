import type { FacetUrlVocabulary } from '../graph/facetDescriptor';
import { LIST_FACETS } from '../graph/facetRegistry';
import { DEFAULT_FILTERS, listOf, type FilterState } from '../graph/filterState';
import type { Selection } from './appStore';

/** The view a URL holds: filters, search text, selection, main view and camera. */
export interface UrlView {
  filters: FilterState;
  searchQuery: string;
  selection: Selection | null;
  mainView: 'graph' | 'table';
  camera: { x: number; y: number; ratio: number } | null;
}

/** What a URL may refer to, so unknown ids can be reported instead of trusted. */
export interface UrlVocabulary extends FacetUrlVocabulary {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m! - 1, d!));
  return probe.getUTCMonth() === m! - 1 && probe.getUTCDate() === d;
}

/** A comma-separated list; an item's own commas are written %2C (and its % as %25), see `joinList`. */
function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim().replace(/%2C/gi, ',').replace(/%25/g, '%'))
    .filter(Boolean);
}

/** Joins ids with commas, escaping commas inside an id ("Smith, John") so `list` splits them back. */
function joinList(items: readonly string[]): string {
  return items.map((v) => v.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');
}

/**
 * Reads a view from a query string. Values that are malformed or name nothing in the graph are
 * left out and described in `ignored`, one message each, so the user can be told.
 */
export function parseUrlView(search: string, vocab: UrlVocabulary): { view: UrlView; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const filters: FilterState = { ...DEFAULT_FILTERS };
  const ignore = (key: string, value: string, why: string) => ignored.push(`Ignored ${key}=${value}: ${why}.`);

  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v === null) continue;
    if (validDay(v)) filters[key] = v;
    else ignore(key, v, 'not a date (use YYYY-MM-DD)');
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    ignore('to', filters.to, `it is before from=${filters.from}`);
    filters.to = null;
  }
  const pickList = <T extends string>(key: string, known: (v: string) => boolean, what: string): T[] | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const values = list(raw);
    const good = values.filter(known) as T[];
    for (const v of values) if (!known(v)) ignore(key, v, `no ${what} has this id`);
    return good.length > 0 ? [...new Set(good)] : null;
  };
  // Each descriptor checks its own values; the cast is sound because `accepts` admits only the facet's values.
  const lists = filters as unknown as Record<string, string[] | null>;
  for (const d of LIST_FACETS) lists[d.key] = pickList<string>(d.url.param, (v) => d.url.accepts(v, vocab), d.url.noun);
  filters.pinned = pickList<string>('pin', (v) => vocab.hasNode(v), 'actor') ?? [];

  const conf = params.get('conf');
  if (conf !== null) {
    const n = Number(conf);
    if (conf.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 1) filters.minConfidence = n;
    else ignore('conf', conf, 'not a number between 0 and 1');
  }
  const docDated = params.get('docdated');
  if (docDated !== null) {
    if (docDated === '0' || docDated === '1') filters.includeDocumentDated = docDated === '1';
    else ignore('docdated', docDated, 'use 0 or 1');
  }
  const focus = params.get('focus');
  if (focus !== null) {
    if (vocab.hasNode(focus)) filters.focus = focus;
    else ignore('focus', focus, 'no actor has this id');
  }
  const hops = params.get('hops');
  if (hops !== null) {
    if (hops === '1' || hops === '2') filters.hops = Number(hops) as 1 | 2;
    else ignore('hops', hops, 'use 1 or 2');
  }
  const path = params.get('path');
  if (path !== null) {
    const ends = list(path);
    if (ends.length === 2 && ends.every((e) => vocab.hasNode(e))) filters.path = [ends[0]!, ends[1]!];
    else ignore('path', path, 'give two actor ids separated by a comma');
  }

  let selection: Selection | null = null;
  const sel = params.get('sel');
  if (sel !== null) {
    if (vocab.hasNode(sel)) selection = { kind: 'node', node: sel };
    else if (vocab.hasEdge(sel)) selection = { kind: 'edge', edge: sel };
    else ignore('sel', sel, 'no actor or relation has this id');
  }

  const viewParam = params.get('view');
  let mainView: 'graph' | 'table' = 'graph';
  if (viewParam !== null) {
    if (viewParam === 'table' || viewParam === 'graph') mainView = viewParam;
    else ignore('view', viewParam, 'use graph or table');
  }

  let camera: UrlView['camera'] = null;
  const cam = params.get('camera');
  if (cam !== null) {
    const parts = list(cam).map(Number);
    if (parts.length === 3 && parts.every(Number.isFinite) && parts[2]! > 0) camera = { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
    else ignore('camera', cam, 'give x,y,ratio');
  }

  const q = params.get('q') ?? '';
  return { view: { filters, searchQuery: q.slice(0, 200), selection, mainView, camera }, ignored };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Writes a view as a query string holding only what differs from the defaults (stable key order). */
export function serializeUrlView(v: UrlView): string {
  const p = new URLSearchParams();
  const f = v.filters;
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const d of LIST_FACETS) {
    const values = listOf(f, d.key);
    if (values) p.set(d.url.param, joinList(values));
  }
  if (f.minConfidence > 0) p.set('conf', String(round(f.minConfidence)));
  if (!f.includeDocumentDated) p.set('docdated', '0');
  if (f.focus) p.set('focus', f.focus);
  if (f.focus && f.hops !== DEFAULT_FILTERS.hops) p.set('hops', String(f.hops));
  if (f.path) p.set('path', joinList(f.path));
  if (f.pinned.length > 0) p.set('pin', joinList(f.pinned));
  if (v.searchQuery) p.set('q', v.searchQuery);
  if (v.selection) p.set('sel', v.selection.kind === 'node' ? v.selection.node : v.selection.edge);
  if (v.mainView !== 'graph') p.set('view', v.mainView);
  if (v.camera) p.set('camera', [v.camera.x, v.camera.y, v.camera.ratio].map(round).join(','));
  const s = p.toString();
  return s ? `?${s.replace(/%2C/g, ',')}` : '';
}
