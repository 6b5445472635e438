// "Sudan People's Liberation Army": a state's name right before a known body's name that belongs to
// another state (China's People's Liberation Army) names a body of its own, not that one: the two
// dictionary matches are one name the dictionary lacks. Its acronym ("SPLA") then finds it by its
// initials (groupAppositions.ts). Likewise "AU Peace and Security Council": an organisation's name
// opening a capitalised run that ends in a known body of another organisation (the UN's Security
// Council) names that organisation's own body.
import type { Mention } from '../types';
import { isCapitalized, type DiscoveryState } from './discoveryState';

/** Words that may join the capitalised words between an organisation's name and the body's ("Peace and Security Council"). */
const NAME_JOINERS = new Set(['and', 'of', 'for', '&']);

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

/** The organisation named at the start of the capitalised run that ends right before `m`, if any. */
function organisationOpening(s: DiscoveryState, m: Mention): Mention | undefined {
  let i = m.tokenStart - 1;
  while (i >= 0 && s.tokens[i]!.sentence === m.sentence && !s.covered[i] && (isCapitalized(s.tokens[i]!) || NAME_JOINERS.has(s.tokens[i]!.norm))) i--;
  const owner = i >= 0 ? s.covered[i] : undefined;
  // Right before the body or before capitalised words leading to it, never before a joiner ("NATO and Security Council members").
  if (!owner || owner.tokenEnd !== i + 1 || NAME_JOINERS.has(s.tokens[i + 1]!.norm)) return undefined;
  if (owner.form !== 'name' || s.isSuperseded(owner) || owner.sentence !== m.sentence || s.kindOf(owner.actorId) !== 'organization') return undefined;
  return owner;
}

export function organisationPrefixedBodies(s: DiscoveryState): void {
  for (const m of s.known) {
    const entry = s.dict.get(m.actorId);
    if (m.form !== 'name' || s.isSuperseded(m) || !entry || entry.kind !== 'organization') continue;
    const owners = entry.affiliations.map((a) => a.actor);
    const org = owners.length > 0 ? organisationOpening(s, m) : undefined;
    if (!org || owners.includes(org.actorId) || org.actorId === m.actorId) continue;
    const label = s.slice(org.tokenStart, m.tokenEnd);
    s.supersede(m);
    const owner = s.dict.get(org.actorId)?.label ?? org.actorId;
    const id = s.upsert(label, 'organization', `body named by ${owner}'s name ("${org.surface}") before the name of ${entry.label}, a body of another organisation: ${owner}'s own body`, {
      affiliations: [{ actor: org.actorId }],
    });
    s.supersede(org);
    s.addMention(id, org.tokenStart, m.tokenEnd, 'discovered');
  }
}
