// Stamping new edits with an id and time, and naming what they create.
import type { CurationEdit } from './editTypes';

type Unstamped<T> = T extends CurationEdit ? Omit<T, 'id' | 'at'> : never;
export type EditDraft = Unstamped<CurationEdit>;

let counter = 0;

/** An id unique in this log and very unlikely to meet one made in another session. */
export function newEditId(now: Date = new Date()): string {
  counter += 1;
  return `${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}${counter.toString(36)}`;
}

export function stampEdit(draft: EditDraft, now: Date = new Date()): CurationEdit {
  return { ...draft, id: newEditId(now), at: now.toISOString() } as CurationEdit;
}

/** Key of a relation added by an analyst. */
export function addedEdgeKey(): string {
  return `curated-${newEditId()}`;
}

/** Id of the actor a split creates: its name in lowercase ASCII words, made unique. */
export function splitActorId(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return `${words?.join('-') || 'actor'}-${newEditId()}`;
}
