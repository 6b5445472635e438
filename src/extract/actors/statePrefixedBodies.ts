// "Sudan People's Liberation Army": a state's name right before a known body's name that belongs to
// another state (China's People's Liberation Army) names a body of its own, not that one: the two
// dictionary matches are one name the dictionary lacks. Its acronym ("SPLA") then finds it by its
// initials (groupAppositions.ts).
import type { DiscoveryState } from './discoveryState';

export function statePrefixedBodies(s: DiscoveryState): void {
  for (const m of s.known) {
    const entry = s.dict.get(m.actorId);
    if (m.form !== 'name' || s.isSuperseded(m) || !entry || (entry.kind !== 'organization' && entry.kind !== 'group')) continue;
    const prev = s.covered[m.tokenStart - 1];
    if (!prev || prev.tokenEnd !== m.tokenStart || prev.sentence !== m.sentence || prev.form !== 'name' || s.isSuperseded(prev) || s.kindOf(prev.actorId) !== 'state') continue;
    const owners = entry.affiliations.map((a) => a.actor);
    if (owners.length === 0 || owners.includes(prev.actorId)) continue;
    const label = s.slice(prev.tokenStart, m.tokenEnd);
    s.supersede(prev);
    s.supersede(m);
    const what = entry.kind === 'group' ? 'group' : 'organisation';
    const id = s.upsert(label, entry.kind, `${what} named by a state's name ("${prev.surface}") before the name of ${entry.label}, a body of another state: another body`);
    s.addMention(id, prev.tokenStart, m.tokenEnd, 'discovered');
  }
}
