import type { DramatisGraph } from '../graph/buildGraph';
import { RELATION_ORDER } from '../graph/relationStyles';
import type { Visibility } from '../graph/visibility';
import { actorRef, type ActorRef, type EventLine } from './eventLine';

/** The highlighted shortest path in reading order, or why there is none. */
export type PathSummary =
  | { found: true; from: ActorRef; to: ActorRef; steps: ActorRef[]; edges: string[] }
  | { found: false; from: ActorRef; to: ActorRef };

/**
 * Puts the path edges that visibility found (an unordered set) in order from the first actor to the
 * second, for display. The path itself is computed by computeVisibility, never here.
 */
export function summarizePath(graph: DramatisGraph, path: [string, string], visibility: Visibility): PathSummary {
  const [fromId, toId] = path;
  const from = actorRef(graph, fromId);
  const to = actorRef(graph, toId);
  if (visibility.pathEdges.size === 0) return { found: false, from, to };
  const remaining = new Set(visibility.pathEdges);
  const steps = [from];
  const edges: string[] = [];
  let at = fromId;
  while (remaining.size > 0) {
    const next = [...remaining].find((e) => graph.hasEdge(e) && graph.extremities(e).includes(at));
    if (!next) break;
    remaining.delete(next);
    edges.push(next);
    const [s, t] = graph.extremities(next);
    at = s === at ? t : s;
    steps.push(actorRef(graph, at));
  }
  return at === toId ? { found: true, from, to, steps, edges } : { found: false, from, to };
}

export interface RelationGroup<L extends EventLine = EventLine> {
  relation: L['relation'];
  lines: L[];
  /** How many of `lines` the filters currently hide. */
  hidden: number;
}

/** An actor's events grouped by relation type, in ontology order; each group keeps the lines' order. */
export function groupByRelation<L extends EventLine>(lines: readonly L[], visibleEdges: ReadonlySet<string> | null): RelationGroup<L>[] {
  const groups = new Map<string, RelationGroup<L>>();
  for (const line of lines) {
    let g = groups.get(line.relation.id);
    if (!g) groups.set(line.relation.id, (g = { relation: line.relation, lines: [], hidden: 0 }));
    g.lines.push(line);
    if (visibleEdges && !visibleEdges.has(line.edge)) g.hidden++;
  }
  const rank = (id: string) => {
    const i = RELATION_ORDER.indexOf(id);
    return i === -1 ? RELATION_ORDER.length : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.relation.id) - rank(b.relation.id) || a.relation.label.localeCompare(b.relation.label));
}
