// Actors from a file, fitted to the contract: label, kind, aliases and the optional fields.
import { ACTOR_KINDS, type ActorKind, type NodeAttributes, type SerializedNode } from '../../domain/contract';
import { nonEmptyString, presentString, stringList } from './attributeValues';
import { curationMarks } from './curationMarks';
import { own, type RawNode } from './rawGraph';

/** Attributes the contract knows (or sigma's display ones, which the app computes itself). */
const NODE_ATTRIBUTES = new Set(['label', 'kind', 'aliases', 'affiliation', 'description', 'notes', 'curated']);
const DISPLAY_ATTRIBUTES = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'hidden', 'type']);

/** Words foreign files use for actor kinds; anything else is 'other'. */
const KIND_WORDS: ReadonlyArray<[RegExp, ActorKind]> = [
  [/^(person|people|individual|human|politician|leader|official)s?$/, 'person'],
  [/^(state|country|countries|nation|government|state actor)s?$/, 'state'],
  [/^(org|organi[sz]ation|institution|company|ngo|igo|agency|international organi[sz]ation)s?$/, 'organization'],
  [/^(group|armed group|militia|party|political party|movement|rebel group|faction)s?$/, 'group'],
  [/^(media|outlet|newspaper|broadcaster|news agency|press)s?$/, 'media'],
];

function fitKind(value: unknown): { kind: ActorKind; known: boolean } {
  const s = nonEmptyString(value)?.trim().toLowerCase();
  if (s === undefined) return { kind: 'other', known: false };
  if ((ACTOR_KINDS as readonly string[]).includes(s)) return { kind: s as ActorKind, known: true };
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(s)) return { kind, known: true };
  return { kind: 'other', known: false };
}

export interface FittedNodes {
  nodes: SerializedNode[];
  keys: Set<string>;
  warnings: string[];
}

/** Node keys, labels and kinds as the contract wants them; nothing is made up beyond 'other'. */
export function fitNodes(raw: readonly RawNode[], rename: (key: string) => string = (key) => key): FittedNodes {
  const nodes: SerializedNode[] = [];
  const keys = new Set<string>();
  const unknownKinds = new Map<string, number>();
  const dropped = new Set<string>();
  let unlabelled = 0;
  for (const n of raw) {
    const a = n.attributes;
    const label = nonEmptyString(own(a, 'label')) ?? nonEmptyString(own(a, 'name'));
    if (label === undefined) unlabelled++;
    const kindValue = own(a, 'kind') ?? own(a, 'category') ?? own(a, 'type');
    const { kind, known } = fitKind(kindValue);
    if (!known) {
      const name = nonEmptyString(kindValue) ?? '(none)';
      unknownKinds.set(name, (unknownKinds.get(name) ?? 0) + 1);
    }
    // An empty aliases cell is an empty list; no aliases at all means the label is the one name known.
    const aliasValue = own(a, 'aliases');
    const aliases = aliasValue === '' ? [] : (stringList(aliasValue) ?? [label ?? n.key]);
    const attributes: NodeAttributes = { label: label ?? n.key, kind, aliases };
    const affiliation = presentString(own(a, 'affiliation'));
    if (affiliation !== undefined) attributes.affiliation = rename(affiliation);
    const description = presentString(own(a, 'description'));
    if (description !== undefined) attributes.description = description;
    const notes = stringList(own(a, 'notes'));
    if (notes !== undefined) attributes.notes = notes;
    const curated = curationMarks(own(a, 'curated'));
    if (curated !== undefined) attributes.curated = curated;
    for (const name of Object.keys(a)) if (!NODE_ATTRIBUTES.has(name) && !DISPLAY_ATTRIBUTES.has(name) && name !== 'name' && name !== 'category') dropped.add(name);
    nodes.push({ key: n.key, attributes });
    keys.add(n.key);
  }
  const warnings: string[] = [];
  if (unlabelled) warnings.push(`${unlabelled} actor${unlabelled === 1 ? ' has' : 's have'} no label; ${unlabelled === 1 ? 'its' : 'their'} id stands in.`);
  const unknownTotal = [...unknownKinds.values()].reduce((s, c) => s + c, 0);
  if (unknownTotal) {
    const names = [...unknownKinds.keys()].slice(0, 5).map((k) => (k === '(none)' ? 'none given' : `"${k}"`));
    warnings.push(`${unknownTotal} actor${unknownTotal === 1 ? '' : 's'} of a kind Dramatis does not know (${names.join(', ')}) ${unknownTotal === 1 ? 'is' : 'are'} of kind "other".`);
  }
  if (dropped.size) warnings.push(`Actor attributes not kept: ${[...dropped].slice(0, 8).join(', ')}${dropped.size > 8 ? ', …' : ''}.`);
  return { nodes, keys, warnings };
}
