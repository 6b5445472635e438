// What the curation controls do: each turns a user's choice into an edit of the log.
import type { ActorKind, DatePrecision, Modality } from '../../domain/contract';
import type { EdgeRef, NewRelation } from '../../graph/curation/editTypes';
import { addedEdgeKey, splitActorId, type EditDraft } from '../../graph/curation/newEdit';
import { useAppStore } from '../../store/appStore';
import { useCurationStore } from '../../store/curationStore';

function edgeRef(edge: string): EdgeRef | null {
  return useCurationStore.getState().applied?.origins.ref(edge) ?? null;
}

function record(draft: EditDraft): void {
  useCurationStore.getState().edit(draft);
}

/** Rejects the event; when it was selected, another event of the same pair (if any) stays selected. */
export function rejectEdge(edge: string): void {
  const ref = edgeRef(edge);
  if (!ref) return;
  const app = useAppStore.getState();
  const wasSelected = app.selection?.kind === 'edge' && app.selection.edge === edge;
  const sibling = app.graph?.hasEdge(edge) ? app.graph.edges(app.graph.source(edge), app.graph.target(edge)).concat(app.graph.edges(app.graph.target(edge), app.graph.source(edge))).find((e) => e !== edge) : undefined;
  record({ kind: 'reject', edge: ref });
  if (wasSelected && sibling !== undefined) useAppStore.getState().selectEdge(sibling);
}

export interface EventChanges {
  relation?: string;
  swap?: boolean;
  date?: { date: string; datePrecision: DatePrecision };
  modality?: Modality;
}

/** One edit per changed value, so each can be undone on its own. */
export function changeEdge(edge: string, changes: EventChanges): void {
  const ref = edgeRef(edge);
  if (!ref) return;
  if (changes.relation !== undefined) record({ kind: 'relation', edge: ref, relation: changes.relation });
  if (changes.swap) record({ kind: 'direction', edge: ref });
  if (changes.date) record({ kind: 'date', edge: ref, ...changes.date });
  if (changes.modality !== undefined) record({ kind: 'modality', edge: ref, modality: changes.modality });
  useAppStore.getState().selectEdge(edge);
}


/** Adds the relation and selects it; returns its key. */
export function addRelation(input: NewRelation): string {
  const key = addedEdgeKey();
  record({ kind: 'add', key, ...input });
  useAppStore.getState().selectEdge(key);
  return key;
}

export function renameActor(actor: string, label: string): void {
  record({ kind: 'rename', actor, label: label.trim() });
}

export function changeActorKind(actor: string, actorKind: ActorKind): void {
  record({ kind: 'actorKind', actor, actorKind });
}

/** `absorb` goes into `keep`, which is then selected. */
export function mergeActors(keep: string, absorb: string): void {
  record({ kind: 'merge', keep, absorb });
  useAppStore.getState().selectNode(keep);
}

/** Moves `edges` and `aliases` of `actor` to a new actor, which is then selected. */
export function splitActor(actor: string, input: { label: string; actorKind: ActorKind; edges: string[]; aliases: string[] }): void {
  const refs = input.edges.map(edgeRef).filter((r): r is EdgeRef => r !== null);
  const newActor = splitActorId(input.label);
  record({ kind: 'split', actor, newActor, label: input.label.trim(), actorKind: input.actorKind, edges: refs, aliases: input.aliases });
  useAppStore.getState().selectNode(newActor);
}
