// International bodies: organisations of the actor dictionary tied to no state (the United Nations,
// NATO, the European Union). A state named before one ("Tehran's United Nations spokesman", "Russia's
// NATO envoy") names the state's mission to the body: the body belongs to no state through it.
import type { ActorDictionary } from '../actorDictionary';

export function isInternationalBody(dictionary: ActorDictionary, id: string): boolean {
  const entry = dictionary.get(id);
  return entry?.kind === 'organization' && entry.affiliations.length === 0;
}
