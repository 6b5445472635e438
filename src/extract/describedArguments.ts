// Described groups ("40 villagers", "the prisoners") take part only in the relations of
// describedGroupRelations (data/actorWords.json): a cue of any other relation reads its roles as if
// they were not named, so "The two parties agreed to exchange prisoners" still finds its two parties.
import { ACTOR_WORDS } from './actors/actorWords';
import type { SentenceReading } from './cueEvents';
import type { DocumentActors } from './documentActors';
import { SentenceMentions } from './relations/argumentMentions';
import type { Mention } from './types';

const DESCRIBED = new WeakMap<DocumentActors, Set<string>>();
const PLAIN = new WeakMap<SentenceReading, SentenceReading>();

function describedIds(actors: DocumentActors): Set<string> {
  let ids = DESCRIBED.get(actors);
  if (!ids) {
    ids = new Set(actors.discovery.actors.filter((e) => e.onlyAsParticipant).map((e) => e.id));
    DESCRIBED.set(actors, ids);
  }
  return ids;
}

/** The sentence as a cue of `relation` reads it: without described groups unless the relation may take them. */
export function readingFor(actors: DocumentActors, s: SentenceReading, relation: string): SentenceReading {
  if (ACTOR_WORDS.describedGroupRelations.has(relation)) return s;
  const ids = describedIds(actors);
  if (ids.size === 0 || !s.inSentence.some((m) => ids.has(m.actorId))) return s;
  const cached = PLAIN.get(s);
  if (cached) return cached;
  const keep = (m: Mention) => !ids.has(m.actorId);
  const inSentence = s.inSentence.filter(keep);
  const withPlaces = s.withPlaces?.filter(keep);
  const demonyms = s.treeMentions?.demonyms ?? [];
  const plain: SentenceReading = {
    ...s,
    inSentence,
    withPlaces,
    treeMentions: s.tree ? new SentenceMentions(s.tree, inSentence, demonyms) : null,
    placeTreeMentions: s.tree && withPlaces ? new SentenceMentions(s.tree, withPlaces, demonyms) : null,
  };
  PLAIN.set(s, plain);
  return plain;
}

/** Mentions a positional guess may take: no described group, which takes part only where the tree reads it in a role. */
export function positionalArguments(actors: DocumentActors, mentions: readonly Mention[]): Mention[] {
  const ids = describedIds(actors);
  return ids.size === 0 ? [...mentions] : mentions.filter((m) => !ids.has(m.actorId));
}

/** Whether the mention is a described group's. */
export function isDescribedMention(actors: DocumentActors, m: Mention | undefined): boolean {
  return m !== undefined && describedIds(actors).has(m.actorId);
}
