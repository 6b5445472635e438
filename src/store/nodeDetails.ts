import type { DramatisGraph } from '../graph/buildGraph';
import type { ActorKind } from '../domain/contract';
import { KIND_COLORS, KIND_LABELS } from '../graph/appearance';
import { actorRef, compareEvents, describeEvent, type ActorRef, type EventLine } from './eventLine';

export interface NodeRelationLine extends EventLine {
  /** The other actor of this event. */
  counterpart: ActorRef;
  direction: 'outgoing' | 'incoming';
}

export interface NodeDetails {
  id: string;
  label: string;
  kind: ActorKind;
  kindLabel: string;
  kindColor: string;
  aliases: string[];
  affiliation: ActorRef | null;
  degree: number;
  neighbourCount: number;
  relations: NodeRelationLine[];
}

export function describeNode(graph: DramatisGraph, node: string): NodeDetails | null {
  if (!graph.hasNode(node)) return null;
  const a = graph.getNodeAttributes(node);
  const relations = graph
    .edges(node)
    .map((edge): NodeRelationLine => {
      const line = describeEvent(graph, edge);
      const outgoing = line.source.id === node;
      return { ...line, direction: outgoing ? 'outgoing' : 'incoming', counterpart: outgoing ? line.target : line.source };
    })
    .sort(compareEvents);
  const seen = new Set<string>([a.label.toLowerCase()]);
  const aliases = a.aliases.filter((alias) => {
    const k = alias.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    id: node,
    label: a.label,
    kind: a.kind,
    kindLabel: KIND_LABELS[a.kind] ?? a.kind,
    kindColor: KIND_COLORS[a.kind] ?? KIND_COLORS.other,
    aliases,
    affiliation: a.affiliation ? actorRef(graph, a.affiliation) : null,
    degree: graph.degree(node),
    neighbourCount: graph.neighbors(node).length,
    relations,
  };
}
