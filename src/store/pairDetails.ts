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

/** The reports of one happening, as the panel shows them: one card, every sentence. */
export interface HappeningGroup {
  happening: string;
  /** The first report (date order); the card's date, relation and direction are its. */
  lead: EventLine;
  reports: EventLine[];
  /** How many different documents report it. */
  documents: number;
}

/** Groups events (already in display order) by happening, each group where its first report stands. */
export function groupByHappening(events: readonly EventLine[]): HappeningGroup[] {
  const groups = new Map<string, HappeningGroup>();
  for (const e of events) {
    const g = groups.get(e.happening);
    if (g) g.reports.push(e);
    else groups.set(e.happening, { happening: e.happening, lead: e, reports: [e], documents: 0 });
  }
  for (const g of groups.values()) g.documents = new Set(g.reports.map((r) => r.doc)).size;
  return [...groups.values()];
}

/** "Reported in 3 documents", "Told in 2 sentences of one document", or null for a single report. */
export function reportedIn(group: Pick<HappeningGroup, 'reports' | 'documents'>): string | null {
  if (group.reports.length < 2) return null;
  if (group.documents > 1) return `Reported in ${group.documents} documents`;
  return `Told in ${group.reports.length} sentences of one document`;
}
