import type { DramatisGraph } from '../graph/buildGraph';
import { actorRef, compareEvents, describeEvent, type ActorRef, type EventLine } from './eventLine';

export interface PairDetails {
  /** The edge that was clicked; listed events include it. */
  selectedEdge: string;
  first: ActorRef;
  second: ActorRef;
  events: EventLine[];
}

/** Every event between the two ends of `edge`, both directions, in date order. */
export function describePair(graph: DramatisGraph, edge: string): PairDetails | null {
  if (!graph.hasEdge(edge)) return null;
  const [source, target] = graph.extremities(edge);
  const edges = [...graph.edges(source, target), ...graph.edges(target, source)];
  return {
    selectedEdge: edge,
    first: actorRef(graph, source),
    second: actorRef(graph, target),
    events: [...new Set(edges)].map((e) => describeEvent(graph, e)).sort(compareEvents),
  };
}
