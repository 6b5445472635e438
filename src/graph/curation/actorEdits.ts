// Edits of actors: merge two, split one, rename, change the kind.
import type { DramatisGraph } from '../buildGraph';
import { ACTOR_KINDS, type NodeAttributes } from '../../domain/contract';
import type { ActorKindEdit, EditOutcome, MergeEdit, RenameEdit, SplitEdit } from './editTypes';
import { isUnsafeNodeKey } from '../formats/safeNodeKeys';
import type { EdgeOrigins } from './signatures';
import { markEdge, markNode, moveEdge, uniqueNames, withMark } from './workingGraph';

const APPLIED: EditOutcome = { status: 'applied' };

function missingActor(id: string): EditOutcome {
  return { status: 'stale', reason: `The actor ${id} is no longer in the graph.` };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function applyMerge(graph: DramatisGraph, edit: MergeEdit): EditOutcome {
  const { keep, absorb } = edit;
  if (!graph.hasNode(keep)) return missingActor(keep);
  if (!graph.hasNode(absorb)) return missingActor(absorb);
  if (keep === absorb) return { status: 'stale', reason: 'An actor cannot be merged with itself.' };
  let setAside = 0;
  for (const edge of graph.edges(absorb)) {
    const source = graph.source(edge) === absorb ? keep : graph.source(edge);
    const target = graph.target(edge) === absorb ? keep : graph.target(edge);
    if (moveEdge(graph, edge, source, target)) markEdge(graph, edge, 'merged');
    else {
      graph.dropEdge(edge);
      setAside += 1;
    }
  }
  graph.forEachEdge((edge, a) => {
    if (a.attributedTo === absorb) graph.setEdgeAttribute(edge, 'attributedTo', keep);
  });
  graph.forEachNode((node, a) => {
    if (a.affiliation !== absorb) return;
    if (node === keep) graph.removeNodeAttribute(node, 'affiliation');
    else graph.setNodeAttribute(node, 'affiliation', keep);
  });
  const kept = graph.getNodeAttributes(keep);
  const gone = graph.getNodeAttributes(absorb);
  const combined: NodeAttributes = { ...kept, aliases: uniqueNames([...kept.aliases, gone.label, ...gone.aliases], kept.label), curated: withMark(kept.curated, 'merged') };
  if (combined.description === undefined && gone.description !== undefined) combined.description = gone.description;
  if (combined.affiliation === undefined && gone.affiliation !== undefined && gone.affiliation !== keep) combined.affiliation = gone.affiliation;
  if (kept.notes || gone.notes) combined.notes = [...new Set([...(kept.notes ?? []), ...(gone.notes ?? [])])];
  graph.replaceNodeAttributes(keep, combined);
  graph.dropNode(absorb);
  if (setAside === 0) return APPLIED;
  return { status: 'applied', note: `${plural(setAside, 'relation', 'relations')} between the two actors left the graph (an actor cannot relate to itself).` };
}

export function applySplit(graph: DramatisGraph, origins: EdgeOrigins, edit: SplitEdit): EditOutcome {
  if (!graph.hasNode(edit.actor)) return missingActor(edit.actor);
  if (graph.hasNode(edit.newActor)) return { status: 'stale', reason: `An actor ${edit.newActor} already exists.` };
  if (isUnsafeNodeKey(edit.newActor)) return { status: 'stale', reason: `"${edit.newActor}" cannot be an actor id.` };
  if (!edit.label.trim()) return { status: 'stale', reason: 'The new actor has no name.' };
  if (!ACTOR_KINDS.includes(edit.actorKind)) return { status: 'stale', reason: `"${String(edit.actorKind)}" is not an actor kind.` };
  const edges = edit.edges
    .map((ref) => origins.resolve(graph, ref))
    .filter((e): e is string => e !== null && (graph.source(e) === edit.actor || graph.target(e) === edit.actor));
  if (edges.length === 0 && edit.edges.length > 0) return { status: 'stale', reason: 'None of the relations it moved is still with the actor.' };
  const own = graph.getNodeAttributes(edit.actor);
  const moving = edit.aliases.filter((a) => own.aliases.includes(a));
  graph.addNode(edit.newActor, { label: edit.label, kind: edit.actorKind, aliases: uniqueNames(moving, edit.label), curated: ['split'] });
  graph.setNodeAttribute(edit.actor, 'aliases', own.aliases.filter((a) => !moving.includes(a)));
  markNode(graph, edit.actor, 'split');
  for (const edge of edges) {
    const source = graph.source(edge) === edit.actor ? edit.newActor : graph.source(edge);
    const target = graph.target(edge) === edit.actor ? edit.newActor : graph.target(edge);
    if (moveEdge(graph, edge, source, target)) markEdge(graph, edge, 'split');
  }
  const missing = edit.edges.length - edges.length;
  return missing === 0 ? APPLIED : { status: 'applied', note: `${plural(missing, 'relation', 'relations')} it moved ${missing === 1 ? 'is' : 'are'} no longer with the actor.` };
}

export function applyRename(graph: DramatisGraph, edit: RenameEdit): EditOutcome {
  if (!graph.hasNode(edit.actor)) return missingActor(edit.actor);
  const label = edit.label.trim();
  if (!label) return { status: 'stale', reason: 'The new name is empty.' };
  const a = graph.getNodeAttributes(edit.actor);
  graph.mergeNodeAttributes(edit.actor, { label, aliases: uniqueNames([...a.aliases, a.label], label), curated: withMark(a.curated, 'renamed') });
  return APPLIED;
}

export function applyActorKind(graph: DramatisGraph, edit: ActorKindEdit): EditOutcome {
  if (!graph.hasNode(edit.actor)) return missingActor(edit.actor);
  if (!ACTOR_KINDS.includes(edit.actorKind)) return { status: 'stale', reason: `"${String(edit.actorKind)}" is not an actor kind.` };
  graph.setNodeAttribute(edit.actor, 'kind', edit.actorKind);
  markNode(graph, edit.actor, 'kind');
  return APPLIED;
}
