// What an exported picture says about itself: title, time window, what the filters let through,
// the legend of what is actually drawn, and where the data comes from. Pure; no DOM.
import { KIND_COLORS, KIND_LABELS } from '../../graph/appearance';
import { canvasBidi, isolate } from '../../graph/bidiText';
import type { DramatisGraph } from '../../graph/buildGraph';
import { ACTOR_KINDS, type ActorKind } from '../../domain/contract';
import { dayNumber } from '../../graph/eventTime';
import { LIST_FACETS } from '../../graph/facetRegistry';
import { listOf, type FilterState } from '../../graph/filterState';
import { RELATION_ORDER, relationStyle } from '../../graph/relationStyles';
import { timeExtent } from '../../graph/timeHistogram';
import { formatDay } from '../../graph/timeLabels';
import { filterWindow } from '../../graph/timeWindow';

export interface CaptionLegendEntry {
  label: string;
  color: string;
  /** How many of the drawn actors or relations it covers. */
  count: number;
}

export interface ExportCaption {
  title: string;
  /** "10 Jan 2026 – 12 Jan 2026", or "All dates". */
  timeWindow: string;
  /** "32 of 40 relations · 20 of 25 actors shown". */
  shown: string;
  /** The other active filters in a few words, or null. */
  filters: string | null;
  kinds: CaptionLegendEntry[];
  relations: CaptionLegendEntry[];
  /** Outlets (or article titles) of the drawn relations, or null when nothing is drawn. */
  sources: string | null;
}

export const CREDIT = 'Made with Dramatis';

interface ShownItems {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const SOURCES_NAMED = 3;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The filters' time window for people, open ends reaching the data's first or last day. */
export function describeTimeWindow(graph: DramatisGraph, filters: Pick<FilterState, 'from' | 'to'>): string {
  if (filters.from === null && filters.to === null) return 'All dates';
  const domain = timeExtent(graph);
  const window = domain ? filterWindow(filters, domain) : null;
  if (!window) {
    const from = filters.from === null ? null : formatDay(dayNumber(filters.from));
    const to = filters.to === null ? null : formatDay(dayNumber(filters.to));
    return from && to ? `${from} – ${to}` : from ? `From ${from}` : `Until ${to ?? ''}`;
  }
  return window.from === window.to ? formatDay(window.from) : `${formatDay(window.from)} – ${formatDay(window.to)}`;
}

/** The non-time filters that are on, e.g. "filtered by relation type, actor kind; confidence ≥ 0.6". */
export function describeFilters(graph: DramatisGraph, f: FilterState): string | null {
  const facets = LIST_FACETS.filter((d) => listOf(f, d.key) !== null).map((d) => d.caption);
  const parts: string[] = [];
  if (facets.length > 0) parts.push(`filtered by ${facets.join(', ')}`);
  if (f.minConfidence > 0) parts.push(`confidence ≥ ${f.minConfidence.toFixed(2).replace(/0$/, '')}`);
  if (!f.includeDocumentDated) parts.push('publication-dated events left out');
  if (f.focus !== null && graph.hasNode(f.focus)) {
    parts.push(`network of ${captionName(graph.getNodeAttribute(f.focus, 'label'))} (${plural(f.hops, 'hop', 'hops')})`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Kinds of the drawn actors and relations of the drawn lines, in legend order, with counts. */
export function drawnLegend(graph: DramatisGraph, shown: ShownItems): Pick<ExportCaption, 'kinds' | 'relations'> {
  const kindCounts = new Map<ActorKind, number>();
  for (const node of shown.nodes) {
    if (!graph.hasNode(node)) continue;
    const kind = graph.getNodeAttribute(node, 'kind');
    kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
  }
  const relationCounts = new Map<string, number>();
  for (const edge of shown.edges) {
    if (!graph.hasEdge(edge)) continue;
    const relation = graph.getEdgeAttribute(edge, 'relation');
    relationCounts.set(relation, (relationCounts.get(relation) ?? 0) + 1);
  }
  const kinds = ACTOR_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ label: KIND_LABELS[k], color: KIND_COLORS[k], count: kindCounts.get(k) ?? 0 }));
  const rank = (id: string) => {
    const i = RELATION_ORDER.indexOf(id);
    return i === -1 ? RELATION_ORDER.length : i;
  };
  const relations = [...relationCounts.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((id) => {
      const style = relationStyle(id);
      // Each entry is drawn alone: a file's relation word only loses its reordering controls.
      return { label: canvasBidi(style.label), color: style.color, count: relationCounts.get(id) ?? 0 };
    });
  return { kinds, relations };
}

/**
 * A stranger's string inside the caption's sentences: drawn without reordering controls and
 * isolated from the words around it (graph/bidiText.ts).
 */
function captionName(name: string): string {
  return isolate(canvasBidi(name));
}

function listNames(names: string[]): string {
  const named = names.slice(0, SOURCES_NAMED);
  const rest = names.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** "Sources: Myind and Reuters (3 articles)": outlets of the documents behind the drawn relations, else their titles. */
export function describeSources(graph: DramatisGraph, edges: ReadonlySet<string>): string | null {
  const used = new Set<string>();
  for (const edge of edges) if (graph.hasEdge(edge)) used.add(graph.getEdgeAttribute(edge, 'doc'));
  const documents = (graph.getAttribute('documents') ?? []).filter((d) => used.has(d.id));
  if (documents.length === 0) return null;
  const outlets = [...new Set(documents.map((d) => d.source?.trim() ?? '').filter((s) => s.length > 0))].map(captionName);
  const articles = plural(documents.length, 'article', 'articles');
  if (outlets.length > 0) return `Sources: ${listNames(outlets)} (${articles})`;
  const titles = documents.map((d) => `“${captionName(d.title.trim())}”`);
  return `${documents.length === 1 ? 'Source' : 'Sources'}: ${listNames(titles)}`;
}

/** Everything the picture's title, legend and credit blocks say, for the current view. */
export function buildCaption(graph: DramatisGraph, visibility: ShownItems | null, filters: FilterState, title: string): ExportCaption {
  const shown: ShownItems = visibility ?? { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  return {
    title: canvasBidi(title.trim()) || 'Dramatis',
    timeWindow: describeTimeWindow(graph, filters),
    shown: `${shown.edges.size} of ${plural(graph.size, 'relation', 'relations')} · ${shown.nodes.size} of ${plural(graph.order, 'actor', 'actors')} shown`,
    filters: describeFilters(graph, filters),
    ...drawnLegend(graph, shown),
    sources: describeSources(graph, shown.edges),
  };
}
