// What "Show" in the edits list selects: the item an edit changed, if it is in the shown graph.
import type { DramatisGraph } from '../../graph/buildGraph';
import type { CurationEdit } from '../../graph/curation/editTypes';
import type { EdgeOrigins } from '../../graph/curation/signatures';

export type EditTarget = { kind: 'node'; node: string } | { kind: 'edge'; edge: string } | { kind: 'sentence'; doc: string } | null;

export function editTarget(shown: DramatisGraph, origins: EdgeOrigins, edit: CurationEdit): EditTarget {
  const node = (id: string): EditTarget => (shown.hasNode(id) ? { kind: 'node', node: id } : null);
  switch (edit.kind) {
    case 'add':
      return shown.hasEdge(edit.key) ? { kind: 'edge', edge: edit.key } : null;
    case 'merge':
      return node(edit.keep);
    case 'split':
      return node(edit.newActor) ?? node(edit.actor);
    case 'rename':
    case 'actorKind':
      return node(edit.actor);
    default: {
      const edge = origins.resolve(shown, edit.edge);
      if (edge !== null) return { kind: 'edge', edge };
      // A rejected event is not in the graph: its sentence still is, in its article.
      return shown.getAttribute('documents').some((d) => d.id === edit.edge.signature.doc) ? { kind: 'sentence', doc: edit.edge.signature.doc } : null;
    }
  }
}
