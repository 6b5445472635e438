// The relation ontology's types and the reader that checks a relations file (data/relations.json)
// before anything uses it, so a mistake in the data fails at load with a message naming it.
import { ACTOR_KINDS } from './contract';

export interface RelationCues {
  /** Lemma → the specific CAMEO code an event triggered by it receives. */
  verbs: Readonly<Record<string, string>>;
  nouns: Readonly<Record<string, string>>;
  phrases: Readonly<Record<string, string>>;
}

export interface RelationDefinition {
  id: string;
  label: string;
  /** `#rrggbb`. */
  color: string;
  directed: boolean;
  /** CAMEO codes of the relation; the first is its root code. */
  cameo: readonly string[];
  plover: string | null;
  /** Not stated by words but by how a name is built ("Iran's foreign ministry"): affiliation. */
  structural: boolean;
  /** Either party may be named first, and a group of parties acts among itself ("the two sides talked"). */
  symmetric: boolean;
  /** An organisation reporting such an act accuses its doer ("According to HRANA, forces killed…"). */
  accusable: boolean;
  /** On the relation such reports become: the CAMEO code of that accusation. */
  accusationCode: string | null;
  /** The target may be a place named after "in"/"inside" ("struck facilities in Kharkiv"). */
  placeTarget: boolean;
  /** The source acts between two parties ("mediated between A and B"): an event to each party. */
  betweenParties: boolean;
  /** Cues whose events go both ways ("exchanged fire"). */
  mutual: readonly string[];
  /** Cues that announce a future act ("invite" to talks): their events are planned. */
  planned: readonly string[];
  /** What some cues' targets must be, so an ambiguous word reads only in its sense ("held the captain", not "held a meeting"). */
  targetRules: Readonly<Record<string, TargetRule>>;
  cues: RelationCues;
}

/** Who an ambiguous cue's target may be. */
export interface TargetRule {
  /** Only the cue verb's object (a passive verb's subject), never a prepositional attachment. */
  object: boolean;
  /** Actor kinds the target may have; empty: any. */
  kinds: readonly string[];
  /** Only roles the dependency tree reads; no positional guess where it read none. */
  treeOnly: boolean;
  /** Only whom the act protests or demands from (src/extract/relations/protestAims.ts): "blocked roads to demand X's resignation", not "blocked the road to X". */
  aimed?: boolean;
  /** Per target kind, the kinds its source must have ("told CNN": a named person gives an interview; "an official told CNN" stands for no state's contact). */
  sourceKinds?: Readonly<Record<string, readonly string[]>>;
}

export interface UnclassifiedStyle {
  label: string;
  color: string;
  note: string;
}

export interface RelationOntology {
  relations: readonly RelationDefinition[];
  /** How relations of imported files that name no relation of the ontology are shown. */
  unclassified: UnclassifiedStyle;
  /** Every one-word noun cue with the verb (or verbal phrase) of its family that is a cue too, or null when that verb is no cue. */
  nounVerbs: Readonly<Record<string, string | null>>;
}

export class RelationOntologyError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not a valid relation ontology:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'RelationOntologyError';
  }
}

const FILE_KEYS = ['version', 'description', 'unclassified', 'nounVerbs', 'relations'];
const UNCLASSIFIED_KEYS = ['label', 'color', 'note'];
const RELATION_KEYS = ['id', 'label', 'color', 'directed', 'cameo', 'plover', 'structural', 'symmetric', 'accusable', 'accusationCode', 'placeTarget', 'betweenParties', 'mutual', 'planned', 'targetRules', 'cues'];
const RULE_KEYS = ['object', 'kinds', 'treeOnly', 'aimed', 'sourceKinds'];
const CUE_KINDS = ['verbs', 'nouns', 'phrases'] as const;
const FLAGS = ['structural', 'symmetric', 'accusable', 'placeTarget', 'betweenParties'] as const;
const ID = /^[a-z][a-z0-9-]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const CAMEO = /^\d{3,4}$/;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(value: Fields, known: readonly string[], where: string, problems: string[]): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) problems.push(`${where}: unknown key "${key}" (known: ${known.join(', ')})`);
}

function text(value: Fields, key: string, where: string, problems: string[]): string {
  const v = value[key];
  if (typeof v === 'string' && v.trim()) return v;
  problems.push(`${where}: "${key}" must be a non-empty string`);
  return '';
}

function color(value: Fields, where: string, problems: string[]): string {
  const v = value.color;
  if (typeof v === 'string' && COLOR.test(v)) return v;
  problems.push(v === undefined ? `${where}: missing colour ("color": "#rrggbb")` : `${where}: colour ${JSON.stringify(v)} is not #rrggbb`);
  return '';
}

function stringList(value: Fields, key: string, where: string, problems: string[]): string[] {
  const v = value[key];
  if (v === undefined) return [];
  if (Array.isArray(v) && v.every((s): s is string => typeof s === 'string')) return v;
  problems.push(`${where}: "${key}" must be a list of strings`);
  return [];
}

function readCues(value: unknown, cameo: readonly string[], where: string, problems: string[]): RelationCues {
  const cues: RelationCues = { verbs: {}, nouns: {}, phrases: {} };
  if (!isRecord(value)) {
    problems.push(`${where}: "cues" must be an object with verbs, nouns and phrases`);
    return cues;
  }
  unknownKeys(value, CUE_KINDS, `${where} cues`, problems);
  for (const kind of CUE_KINDS) {
    const list = value[kind];
    if (!isRecord(list)) {
      problems.push(`${where}: cues.${kind} must be an object of cue → CAMEO code`);
      continue;
    }
    for (const [cue, code] of Object.entries(list)) {
      if (typeof code !== 'string' || !cameo.includes(code)) problems.push(`${where}: cue "${cue}" gives ${JSON.stringify(code)}, not one of the relation's CAMEO codes`);
    }
    cues[kind] = list as Record<string, string>;
  }
  return cues;
}

function readRelation(value: unknown, index: number, problems: string[]): RelationDefinition | null {
  if (!isRecord(value)) {
    problems.push(`relation #${index + 1}: must be an object`);
    return null;
  }
  const id = text(value, 'id', `relation #${index + 1}`, problems);
  const where = id ? `relation "${id}"` : `relation #${index + 1}`;
  if (id && !ID.test(id)) problems.push(`${where}: id must be lower-case letters, digits and hyphens`);
  unknownKeys(value, RELATION_KEYS, where, problems);
  const cameo = stringList(value, 'cameo', where, problems);
  if (cameo.length === 0 || !cameo.every((c) => CAMEO.test(c))) problems.push(`${where}: "cameo" must list at least one code of 3 or 4 digits`);
  const plover = value.plover;
  if (plover !== null && (typeof plover !== 'string' || !plover)) problems.push(`${where}: "plover" must be a category name or null`);
  if (typeof value.directed !== 'boolean') problems.push(`${where}: "directed" must be true or false`);
  const flags = Object.fromEntries(
    FLAGS.map((flag) => {
      const v = value[flag];
      if (v !== undefined && typeof v !== 'boolean') problems.push(`${where}: "${flag}" must be true or false`);
      return [flag, v === true];
    }),
  ) as Record<(typeof FLAGS)[number], boolean>;
  const accusationCode = value.accusationCode;
  if (accusationCode !== undefined && (typeof accusationCode !== 'string' || !cameo.includes(accusationCode)))
    problems.push(`${where}: "accusationCode" must be one of the relation's CAMEO codes`);
  const cues = readCues(value.cues, cameo, where, problems);
  const named = new Set(CUE_KINDS.flatMap((kind) => Object.keys(cues[kind])));
  const mutual = stringList(value, 'mutual', where, problems);
  const planned = stringList(value, 'planned', where, problems);
  const targetRules = readTargetRules(value.targetRules, where, problems);
  for (const [key, list] of [['mutual', mutual], ['planned', planned], ['targetRules', Object.keys(targetRules)]] as const)
    for (const cue of list) if (!named.has(cue)) problems.push(`${where}: "${key}" names "${cue}", which is none of its cues`);
  return {
    id,
    label: text(value, 'label', where, problems),
    color: color(value, where, problems),
    directed: value.directed === true,
    cameo,
    plover: typeof plover === 'string' ? plover : null,
    ...flags,
    accusationCode: typeof accusationCode === 'string' ? accusationCode : null,
    mutual,
    planned,
    targetRules,
    cues,
  };
}

/** A target rule's "sourceKinds": target kind → the actor kinds its source may have. */
function readSourceKinds(value: unknown, where: string, problems: string[]): Record<string, string[]> | undefined {
  if (value === undefined) return undefined;
  const known = ACTOR_KINDS as readonly string[];
  const isKinds = (v: unknown): v is string[] => Array.isArray(v) && v.every((k) => typeof k === 'string' && known.includes(k));
  if (!isRecord(value) || !Object.entries(value).every(([k, v]) => known.includes(k) && isKinds(v))) {
    problems.push(`${where}: "sourceKinds" must map actor kinds to lists of actor kinds (${ACTOR_KINDS.join(', ')})`);
    return undefined;
  }
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string[]] => isKinds(e[1])));
}

function readTargetRules(value: unknown, where: string, problems: string[]): Record<string, TargetRule> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push(`${where}: "targetRules" must be an object of cue → rule`);
    return {};
  }
  const out: Record<string, TargetRule> = {};
  const known = ACTOR_KINDS as readonly string[];
  for (const [cue, rule] of Object.entries(value)) {
    if (!isRecord(rule)) {
      problems.push(`${where}: the target rule of "${cue}" must be an object (${RULE_KEYS.join(', ')})`);
      continue;
    }
    unknownKeys(rule, RULE_KEYS, `${where} target rule of "${cue}"`, problems);
    const kinds = rule.kinds ?? [];
    if (!Array.isArray(kinds) || !kinds.every((k): k is string => typeof k === 'string' && known.includes(k)))
      problems.push(`${where}: "kinds" of "${cue}" must list actor kinds (${ACTOR_KINDS.join(', ')})`);
    for (const flag of ['object', 'treeOnly', 'aimed'] as const)
      if (rule[flag] !== undefined && typeof rule[flag] !== 'boolean') problems.push(`${where}: "${flag}" of "${cue}" must be true or false`);
    const sourceKinds = readSourceKinds(rule.sourceKinds, `${where} target rule of "${cue}"`, problems);
    out[cue] = { object: rule.object === true, kinds: Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : [], treeOnly: rule.treeOnly === true, ...(rule.aimed === true ? { aimed: true } : {}), ...(sourceKinds ? { sourceKinds } : {}) };
  }
  return out;
}

/**
 * A noun cue and its verb describe one act, so they belong to one relation: every one-word noun cue
 * is listed in "nounVerbs" with its verb (a verb or phrase cue of the same relation) or null when
 * that verb is deliberately no cue (ambiguous, or another act). Lists cannot drift apart: a noun
 * added without its verb, a verb moved to another relation, a stale entry each fail at load.
 */
function nounVerbPairs(file: Fields, relations: readonly RelationDefinition[], problems: string[]): Record<string, string | null> {
  const table = file.nounVerbs;
  if (!isRecord(table)) {
    problems.push('"nounVerbs" must be an object of noun cue → its verb cue or null');
    return {};
  }
  const nounOwner = new Map<string, RelationDefinition>();
  for (const r of relations) for (const noun of Object.keys(r.cues.nouns)) if (!noun.includes(' ')) nounOwner.set(noun, r);
  const out: Record<string, string | null> = {};
  for (const [noun, verb] of Object.entries(table)) {
    if (verb !== null && typeof verb !== 'string') problems.push(`nounVerbs: "${noun}" must give a verb or null`);
    const owner = nounOwner.get(noun);
    if (!owner) problems.push(`nounVerbs: "${noun}" is no one-word noun cue of any relation`);
    else if (typeof verb === 'string' && !(verb in owner.cues.verbs) && !(verb in owner.cues.phrases))
      problems.push(`relation "${owner.id}": noun cue "${noun}" has the verb "${verb}" (nounVerbs), which is none of its verb or phrase cues`);
    out[noun] = typeof verb === 'string' ? verb : null;
  }
  for (const [noun, r] of nounOwner) if (!(noun in table)) problems.push(`relation "${r.id}": noun cue "${noun}" is missing from nounVerbs (give its verb cue, or null)`);
  return out;
}

/**
 * A cue belongs to one relation and is listed once. The one exception: a single word may be both a
 * verb and a noun of the same relation ("strike"), since a cue listed as a noun must be used as one.
 */
function duplicateCues(relations: readonly RelationDefinition[], problems: string[]): void {
  const seen = new Map<string, { relation: string; kind: string }>();
  for (const r of relations) {
    for (const kind of CUE_KINDS) {
      for (const cue of Object.keys(r.cues[kind])) {
        const key = cue.toLowerCase().replace(/\s+/g, ' ').trim();
        const first = seen.get(key);
        if (!first) seen.set(key, { relation: r.id, kind });
        else if (first.relation !== r.id) problems.push(`cue "${cue}" belongs to both "${first.relation}" and "${r.id}"`);
        else if (!(first.kind === 'verbs' && kind === 'nouns' && !key.includes(' '))) problems.push(`relation "${r.id}": cue "${cue}" is listed twice (${first.kind} and ${kind})`);
      }
    }
  }
}

function wholeOntology(relations: readonly RelationDefinition[], problems: string[]): void {
  const ids = new Set<string>();
  for (const r of relations) {
    if (ids.has(r.id)) problems.push(`relation "${r.id}" is defined twice`);
    ids.add(r.id);
  }
  if (ids.has('unclassified')) problems.push('"unclassified" is reserved for imported relations and cannot be a relation id');
  const structural = relations.filter((r) => r.structural);
  if (structural.length > 1) problems.push(`only one relation may be structural; ${structural.map((r) => `"${r.id}"`).join(' and ')} are`);
  const accusers = relations.filter((r) => r.accusationCode !== null);
  if (accusers.length > 1) problems.push(`only one relation may give "accusationCode"; ${accusers.map((r) => `"${r.id}"`).join(' and ')} do`);
  if (accusers.length === 0 && relations.some((r) => r.accusable)) problems.push('some relations are accusable but no relation gives "accusationCode"');
  duplicateCues(relations, problems);
  sharedCodes(relations, problems);
}

/** A CAMEO code names one kind of event, so it belongs to one relation. */
function sharedCodes(relations: readonly RelationDefinition[], problems: string[]): void {
  const owner = new Map<string, string>();
  for (const r of relations)
    for (const code of r.cameo) {
      const first = owner.get(code);
      if (first && first !== r.id) problems.push(`CAMEO code ${code} belongs to both "${first}" and "${r.id}"`);
      else owner.set(code, r.id);
    }
}

/** Checks a parsed relations file and returns its typed ontology; throws RelationOntologyError listing every problem. */
export function readRelationOntology(file: unknown, source = 'data/relations.json'): RelationOntology {
  const problems: string[] = [];
  if (!isRecord(file)) throw new RelationOntologyError(source, ['the file must hold a JSON object']);
  unknownKeys(file, FILE_KEYS, 'top level', problems);
  const unclassified = isRecord(file.unclassified) ? file.unclassified : {};
  if (!isRecord(file.unclassified)) problems.push('"unclassified" must be an object with label, color and note');
  else unknownKeys(unclassified, UNCLASSIFIED_KEYS, 'unclassified', problems);
  const list = Array.isArray(file.relations) ? file.relations : [];
  if (list.length === 0) problems.push('"relations" must be a non-empty list');
  const relations = list.map((r, i) => readRelation(r, i, problems)).filter((r): r is RelationDefinition => r !== null);
  wholeOntology(relations, problems);
  const nounVerbs = nounVerbPairs(file, relations, problems);
  const style: UnclassifiedStyle = {
    label: text(unclassified, 'label', 'unclassified', problems),
    color: color(unclassified, 'unclassified', problems),
    note: typeof unclassified.note === 'string' ? unclassified.note : '',
  };
  if (problems.length) throw new RelationOntologyError(source, problems);
  return { relations, unclassified: style, nounVerbs };
}
