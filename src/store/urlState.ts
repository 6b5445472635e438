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

/** A query string being read: its parameters, what they may name, and the messages for values left out. */
interface UrlReader {
  params: URLSearchParams;
  vocab: UrlVocabulary;
  ignore(key: string, value: string, why: string): void;
}

/**
 * The value of `key` as `parse` reads it; null when the key is absent, or when `parse` refuses the
 * value (null), which is then reported with `why`.
 */
function readParam<T>(r: UrlReader, key: string, parse: (value: string) => T | null, why: string): T | null {
  const raw = r.params.get(key);
  if (raw === null) return null;
  const value = parse(raw);
  if (value === null) r.ignore(key, raw, why);
  return value;
}

/**
 * Reads a view from a query string. Values that are malformed or name nothing in the graph are
 * left out and described in `ignored`, one message each, so the user can be told.
 */
export function parseUrlView(search: string, vocab: UrlVocabulary): { view: UrlView; ignored: string[] } {
  const ignored: string[] = [];
  const r: UrlReader = { params: new URLSearchParams(search), vocab, ignore: (key, value, why) => ignored.push(`Ignored ${key}=${value}: ${why}.`) };
  const filters: FilterState = { ...DEFAULT_FILTERS };
  readTimeWindow(r, filters);
  readLists(r, filters);
  readSettings(r, filters);
  const selection = readParam<Selection>(r, 'sel', (v) => (vocab.hasNode(v) ? { kind: 'node', node: v } : vocab.hasEdge(v) ? { kind: 'edge', edge: v } : null), 'no actor or relation has this id');
  const mainView = readParam(r, 'view', (v) => (v === 'table' || v === 'graph' ? v : null), 'use graph or table') ?? 'graph';
  const camera = readParam(r, 'camera', cameraOf, 'give x,y,ratio');
  const q = r.params.get('q') ?? '';
  return { view: { filters, searchQuery: q.slice(0, 200), selection, mainView, camera }, ignored };
}

/** from and to: days, the window not ending before it starts. */
function readTimeWindow(r: UrlReader, filters: FilterState): void {
  for (const key of ['from', 'to'] as const) filters[key] = readParam(r, key, (v) => (validDay(v) ? v : null), 'not a date (use YYYY-MM-DD)');
  if (filters.from && filters.to && filters.from > filters.to) {
    r.ignore('to', filters.to, `it is before from=${filters.from}`);
    filters.to = null;
  }
}

/** The facets' lists and the pinned actors: the values the graph knows, each unknown one reported. */
function readLists(r: UrlReader, filters: FilterState): void {
  const pickList = (key: string, known: (v: string) => boolean, what: string): string[] | null => {
    const raw = r.params.get(key);
    if (raw === null) return null;
    const values = list(raw);
    const good = values.filter(known);
    for (const v of values) if (!known(v)) r.ignore(key, v, `no ${what} has this id`);
    return good.length > 0 ? [...new Set(good)] : null;
  };
  // Each descriptor checks its own values; the cast is sound because `accepts` admits only the facet's values.
  const lists = filters as unknown as Record<string, string[] | null>;
  for (const d of LIST_FACETS) lists[d.key] = pickList(d.url.param, (v) => d.url.accepts(v, r.vocab), d.url.noun);
  filters.pinned = pickList('pin', (v) => r.vocab.hasNode(v), 'actor') ?? [];
}

/** Confidence, publication-dated events, the focus and its hops, the path. */
function readSettings(r: UrlReader, filters: FilterState): void {
  const { vocab } = r;
  const conf = readParam(r, 'conf', (v) => (v.trim() !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 1 ? Number(v) : null), 'not a number between 0 and 1');
  if (conf !== null) filters.minConfidence = conf;
  const docDated = readParam(r, 'docdated', (v) => (v === '0' || v === '1' ? v === '1' : null), 'use 0 or 1');
  if (docDated !== null) filters.includeDocumentDated = docDated;
  const focus = readParam(r, 'focus', (v) => (vocab.hasNode(v) ? v : null), 'no actor has this id');
  if (focus !== null) filters.focus = focus;
  const hops = readParam(r, 'hops', (v) => (v === '1' || v === '2' ? (Number(v) as 1 | 2) : null), 'use 1 or 2');
  if (hops !== null) filters.hops = hops;
  const path = readParam(r, 'path', pathOf(vocab), 'give two actor ids separated by a comma');
  if (path !== null) filters.path = path;
}

function pathOf(vocab: UrlVocabulary): (value: string) => [string, string] | null {
  return (value) => {
    const ends = list(value);
    return ends.length === 2 && ends.every((e) => vocab.hasNode(e)) ? [ends[0]!, ends[1]!] : null;
  };
}

function cameraOf(value: string): UrlView['camera'] {
  const parts = list(value).map(Number);
  return parts.length === 3 && parts.every(Number.isFinite) && parts[2]! > 0 ? { x: parts[0]!, y: parts[1]!, ratio: parts[2]! } : null;
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
