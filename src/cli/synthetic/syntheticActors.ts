// The synthetic cast: a heavy-tailed activity weight per actor (a few hubs, a long tail of small
// actors), states few but near the top, persons many; invented names, affiliations and roles.
import { ACTOR_KINDS, type ActorKind, type NodeAttributes, type SerializedNode } from '../../domain/contract';
import { NameInventor } from './inventNames';
import { pick, type Random } from './seededRandom';
import type { SyntheticVocabulary } from './syntheticVocabulary';

/** Activity of the actor of rank r (0-based) is 1 / (r + 1)^ZIPF_EXPONENT. */
const ZIPF_EXPONENT = 1.05;
/** How strongly each kind is pulled towards the top ranks (a slot's sort key is rand()^pull). */
const RANK_PULL: Partial<Record<ActorKind, number>> = { state: 5, organization: 1.6, group: 1.2 };
const AFFILIATED_PERSON_SHARE = 0.7;

export interface SyntheticActors {
  /** Index = rank: actor 0 is the biggest hub. */
  nodes: SerializedNode[];
  kinds: ActorKind[];
  /** Activity weight per actor, for drawing event participants. */
  weights: Float64Array;
  /** How sentences name each actor now and then ("Kazaria's envoy Ilo Marsk"), or null. */
  titledNames: (string | null)[];
  /** Actors that can report events (media first, then organisations), by rank. */
  reporters: number[];
}

function kindCounts(total: number, shares: Record<string, number>): Map<ActorKind, number> {
  const sum = ACTOR_KINDS.reduce((s, k) => s + (shares[k] ?? 0), 0);
  const counts = new Map<ActorKind, number>();
  let assigned = 0;
  for (const k of ACTOR_KINDS) {
    if (k === 'person') continue;
    const n = Math.min(total - assigned, Math.round((total * (shares[k] ?? 0)) / sum));
    counts.set(k, n);
    assigned += n;
  }
  counts.set('person', total - assigned);
  return counts;
}

/** Kinds in rank order: each slot gets a random key, pulled towards 0 for central kinds. */
function kindsByRank(total: number, shares: Record<string, number>, rand: Random): ActorKind[] {
  const slots: { kind: ActorKind; key: number }[] = [];
  for (const [kind, n] of kindCounts(total, shares))
    for (let i = 0; i < n; i++) slots.push({ kind, key: rand() ** (RANK_PULL[kind] ?? 1) });
  slots.sort((a, b) => a.key - b.key);
  return slots.map((s) => s.kind);
}

export function createSyntheticActors(count: number, rand: Random, vocabulary: SyntheticVocabulary): SyntheticActors {
  const inventor = new NameInventor(rand, vocabulary);
  const kinds = kindsByRank(count, vocabulary.kindShares, rand);
  const weights = new Float64Array(count);
  for (let r = 0; r < count; r++) weights[r] = 1 / (r + 1) ** ZIPF_EXPONENT;
  const names = kinds.map((k) => inventor.actor(k));
  const hosts = kinds.flatMap((k, i) => (k === 'state' || k === 'organization' ? [i] : []));
  const nodes: SerializedNode[] = [];
  const titledNames: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]!;
    const name = names[i]!;
    const attributes: NodeAttributes = { label: name.label, kind, aliases: name.aliases };
    let titled: string | null = null;
    if (kind === 'person' && hosts.length > 0 && rand() < AFFILIATED_PERSON_SHARE) {
      // Bigger hosts employ more people: bias towards the top of the rank order.
      const host = hosts[Math.floor(hosts.length * rand() ** 2)]!;
      const role = pick(rand, vocabulary.roles[kinds[host]!] ?? ['member']);
      const hostLabel = names[host]!.label;
      attributes.affiliation = names[host]!.key;
      attributes.description = `${role} of ${hostLabel}`;
      titled = `${hostLabel}'s ${role} ${name.label}`;
    }
    nodes.push({ key: name.key, attributes });
    titledNames.push(titled);
  }
  const media = kinds.flatMap((k, i) => (k === 'media' ? [i] : []));
  const organizations = kinds.flatMap((k, i) => (k === 'organization' ? [i] : []));
  const reporters = media.length > 0 ? media : organizations.length > 0 ? organizations : [0];
  return { nodes, kinds, weights, titledNames, reporters };
}
