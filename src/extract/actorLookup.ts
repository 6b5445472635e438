import type { ActorDictionary } from './actorDictionary';
import { roleHead } from './roleHeads';
import type { ActorEntry } from './types';

/** What the rules need to know about actors: dictionary entries plus those discovered in a text. */
export interface ActorLookup {
  get(id: string): ActorEntry | undefined;
  affiliationOn(id: string, date: string | null): string | undefined;
  actorsWithRoleHead(head: string): readonly string[];
}

/** The dictionary extended with one document's discovered actors. */
export class ScopedActors implements ActorLookup {
  private readonly extra = new Map<string, ActorEntry>();

  constructor(
    private readonly base: ActorDictionary,
    discovered: ActorEntry[],
  ) {
    for (const e of discovered) this.extra.set(e.id, e);
  }

  get(id: string): ActorEntry | undefined {
    return this.extra.get(id) ?? this.base.get(id);
  }

  affiliationOn(id: string, date: string | null): string | undefined {
    const own = this.extra.get(id);
    if (own) return own.affiliations[0]?.actor;
    return this.base.affiliationOn(id, date);
  }

  actorsWithRoleHead(head: string): readonly string[] {
    const found = [...this.base.actorsWithRoleHead(head)];
    for (const e of this.extra.values()) if (e.roles.some((r) => roleHead(r) === head) && !found.includes(e.id)) found.push(e.id);
    return found;
  }
}
