// What the "curated" badge says: which values an analyst changed, and the machine's value before.
import type { DramatisGraph } from '../buildGraph';
import { relationStyle } from '../relationStyles';

function label(graph: DramatisGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

/** One line per mark of the edge `edge` of `shown`; `base` holds the machine's values (same key). */
export function edgeCurationNotes(shown: DramatisGraph, base: DramatisGraph | null, edge: string): string[] {
  const marks = shown.getEdgeAttribute(edge, 'curated') ?? [];
  const machine = base?.hasEdge(edge) ? base.getEdgeAttributes(edge) : null;
  return marks.map((mark) => {
    switch (mark) {
      case 'added':
        return 'added by an analyst';
      case 'relation':
        return machine ? `relation changed from ${relationStyle(machine.relation).label.toLowerCase()}` : 'relation changed';
      case 'direction':
        return machine && base ? `direction swapped (the machine read ${label(base, base.source(edge))} → ${label(base, base.target(edge))})` : 'direction swapped';
      case 'date':
        return machine ? `date changed from ${machine.date}${machine.dateEnd ? `–${machine.dateEnd}` : ''} (${machine.datePrecision})` : 'date changed';
      case 'modality':
        return machine ? `modality changed from ${machine.modality}` : 'modality changed';
      case 'merged':
        return 'an actor of it was merged into another';
      case 'split':
        return 'moved to an actor split from another';
      default:
        return mark;
    }
  });
}

export function nodeCurationNotes(shown: DramatisGraph, base: DramatisGraph | null, node: string): string[] {
  const marks = shown.getNodeAttribute(node, 'curated') ?? [];
  const machine = base?.hasNode(node) ? base.getNodeAttributes(node) : null;
  return marks.map((mark) => {
    switch (mark) {
      case 'renamed':
        return machine ? `renamed from ${machine.label}` : 'renamed';
      case 'kind':
        return machine ? `kind changed from ${machine.kind}` : 'kind changed';
      case 'merged':
        return 'other actors merged into it (their names are now aliases)';
      case 'split':
        return machine ? 'some of its relations were split off to a new actor' : 'split off from another actor';
      default:
        return mark;
    }
  });
}
