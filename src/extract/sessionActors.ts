import type { ActorKind } from '../domain/contract';
import type { ActorRecord } from './actorDictionary';

/** An actor as the graph on screen has it. */
export interface KnownActor {
  id: string;
  label: string;
  kind: ActorKind;
  aliases: readonly string[];
}

/** A name worth matching in new text: capitalised and at least three characters ("the" is never an actor). */
function matchableName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length >= 3 && /^[\p{Lu}\d]/u.test(trimmed);
}

/**
 * The session's actors as dictionary records, so a new text names an actor discovered earlier by
 * the same id. Only capitalised names of three or more characters are kept as forms.
 */
export function actorRecordsOf(actors: readonly KnownActor[]): ActorRecord[] {
  const out: ActorRecord[] = [];
  for (const a of actors) {
    if (!matchableName(a.label)) continue;
    out.push({ id: a.id, label: a.label.trim(), kind: a.kind, aliases: [...new Set(a.aliases.filter(matchableName).map((x) => x.trim()))] });
  }
  return out;
}
