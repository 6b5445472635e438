// Described groups ("276 schoolgirls", "dozens of civilians") are actors only as participants: once a
// document's relations are read, a described group keeps the relations of describedGroupRelations
// (data/actorWords.json: what is done to or by people, not talks with them), and one that takes part
// in none (an affiliation aside) leaves no node.
import type { ExtractedEvent, Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import type { DiscoveredEntry } from './discoveryState';

interface DocumentReading {
  events: ExtractedEvent[];
  mentions: Mention[];
  discovered: DiscoveredEntry[];
}

export function dropIdleGroups(d: DocumentReading): DocumentReading {
  const described = new Set(d.discovered.filter((e) => e.onlyAsParticipant).map((e) => e.id));
  if (described.size === 0) return d;
  const involves = (e: ExtractedEvent) => described.has(e.source) || described.has(e.target);
  const kept = d.events.filter((e) => !involves(e) || e.relation === 'affiliation' || ACTOR_WORDS.describedGroupRelations.has(e.relation));
  const idle = new Set(described);
  for (const e of kept) {
    if (e.relation === 'affiliation') continue;
    idle.delete(e.source);
    idle.delete(e.target);
  }
  return {
    events: kept.filter((e) => !idle.has(e.source) && !idle.has(e.target)),
    mentions: idle.size ? d.mentions.filter((m) => !idle.has(m.actorId)) : d.mentions,
    discovered: idle.size ? d.discovered.filter((e) => !idle.has(e.id)) : d.discovered,
  };
}
