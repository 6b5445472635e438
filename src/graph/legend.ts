import type { DramatisGraph } from './buildGraph';
import { ACTOR_KINDS } from '../domain/contract';
import { KIND_COLORS, KIND_LABELS } from './appearance';
import { RELATION_ORDER, relationStyle } from './relationStyles';
import type { Visibility } from './visibility';

export interface LegendEntry {
  id: string;
  label: string;
  color: string;
  count: number;
  /** Nothing of it is shown now (kept in place so the legend, and the stage above it, keep their size). */
  absent?: boolean;
  /** Its count in the whole graph, which bounds the shown count (for a count column that never widens). */
  total?: number;
}

export interface Legend {
  kinds: LegendEntry[];
  relations: LegendEntry[];
  /** Actors without any relation (the layout lines them up under the graph). */
  unconnected: number;
}

/** Only kinds and relations present in the graph, in contract/ontology order, with counts. */
export function buildLegend(graph: DramatisGraph): Legend {
  const kindCounts = new Map<string, number>();
  graph.forEachNode((_n, a) => kindCounts.set(a.kind, (kindCounts.get(a.kind) ?? 0) + 1));
  const relationCounts = new Map<string, number>();
  graph.forEachEdge((_e, a) => relationCounts.set(a.relation, (relationCounts.get(a.relation) ?? 0) + 1));

  const kinds = ACTOR_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({
    id: k,
    label: KIND_LABELS[k],
    color: KIND_COLORS[k],
    count: kindCounts.get(k) ?? 0,
  }));
  const rank = (id: string) => {
    const i = RELATION_ORDER.indexOf(id);
    return i === -1 ? RELATION_ORDER.length : i;
  };
  const relations = [...relationCounts.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((id) => {
      const style = relationStyle(id);
      return { id, label: style.label, color: style.color, count: relationCounts.get(id) ?? 0 };
    });
  const unconnected = graph.filterNodes((n) => graph.degree(n) === 0).length;
  return { kinds, relations, unconnected };
}

/**
 * The legend counting what is shown: actors by kind among the shown actors, relations among the
 * shown events (the engine's per-relation count of events failing no other filter, zero for a
 * relation the filters leave out). Entries with nothing shown are dropped, or, with `keepAbsent`,
 * kept and marked absent: the explorer keeps them so a filter change never reflows the legend and
 * resizes the stage (which would move every actor on screen); a presented step lists only what it shows.
 */
export function shownLegend(
  legend: Legend,
  graph: DramatisGraph,
  visibility: Pick<Visibility, 'nodes' | 'counts'>,
  relationFilter: readonly string[] | null,
  keepAbsent = false,
): Legend {
  const kindCounts = new Map<string, number>();
  for (const n of visibility.nodes) {
    const kind = graph.getNodeAttribute(n, 'kind');
    kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
  }
  const allowed = relationFilter ? new Set(relationFilter) : null;
  const relationCount = (id: string) => (allowed && !allowed.has(id) ? 0 : (visibility.counts.relation.get(id) ?? 0));
  const shown = (e: LegendEntry, count: number): LegendEntry => (count > 0 ? { ...e, count, total: e.count } : { ...e, count, total: e.count, absent: true });
  const kinds = legend.kinds.map((k) => shown(k, kindCounts.get(k.id) ?? 0));
  const relations = legend.relations.map((r) => shown(r, relationCount(r.id)));
  return {
    kinds: keepAbsent ? kinds : kinds.filter((k) => !k.absent),
    relations: keepAbsent ? relations : relations.filter((r) => !r.absent),
    unconnected: legend.unconnected,
  };
}
