// Whom a protest is aimed at when its cue names no target of its own: read through what it protests
// or demands ("began a hunger strike to demand the resignation of X", "riots against Israeli
// policies", "in protest of X's refusal"). Declared in data/protestAims.json.
import aimsData from '../../../data/protestAims.json';
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';
import type { FrameContext } from './frameContext';
import { hostileAct, VICTIM_CASES } from './hostileActs';

const RELATIONS: ReadonlySet<string> = new Set(aimsData.relations);
const PURPOSE_VERBS: ReadonlySet<string> = new Set(aimsData.purposeVerbs);
const GRIEVANCE_CASES: ReadonlySet<string> = new Set(aimsData.grievancePrepositions);
const ADJUNCT_NOUNS: ReadonlySet<string> = new Set(aimsData.adjunctNouns);
const ADJUNCT_CASES: ReadonlySet<string> = new Set(aimsData.adjunctPrepositions);
const FOLLOWED: ReadonlySet<string> = new Set(aimsData.followPrepositions);
const REMOVALS: ReadonlySet<string> = new Set(aimsData.removalNouns);
const GOALS: ReadonlySet<string> = new Set(aimsData.goalNouns);
const CONDITION_MARKS: ReadonlySet<string> = new Set(aimsData.conditionMarks);

// Prepositions whose attachment names who did or holds what is protested: always read in full.
const DOER_CASES = new Set(['by', 'from', 'against', 'at', 'to']);
const PURPOSE_DEPS = ['xcomp', 'advcl', 'acl'];
const MAX_DEPTH = 4;
// Attachments naming where an act happens, and the grievances a parser may hang on them.
const VENUE_CASES = new Set(['in', 'at', 'near', 'outside']);
const MISPLACED_CASES = new Set(['against', 'over']);

/** The frame being read, with the actors already read as the protest's doers (never its target). */
interface AimContext extends FrameContext {
  sourceIds: ReadonlySet<string>;
}

/** Whether the cue's relation takes its target from what it protests (data/protestAims.json). */
export function readsAims(relation: string): boolean {
  return RELATIONS.has(relation);
}

/**
 * The actors a grievance phrase at `node` is aimed at. `full`: the node may name them itself, by a
 * name, its owner or an actor modifier ("Sweden's decision", "Israeli policies"); otherwise (a
 * patient: "the arrest of activists") only a doer attached further down counts ("seized by X").
 */
function grievanceActors(ctx: AimContext, node: number, full: boolean, depth: number): Mention[] {
  const { tree } = ctx;
  // "to press their demands": the protesters' own demands name nobody else.
  const others = (ms: Mention[]) => ms.filter((m) => !ctx.sourceIds.has(m.actorId));
  const group = (n: number) => others(ctx.mentions.group(n));
  if (depth > MAX_DEPTH) return [];
  const t = tree.token(node);
  const goal = GOALS.has(t.lemma) || GOALS.has(t.norm);
  if (full && !goal) {
    const named = group(node);
    if (named.length > 0) return named;
    const owners = tree.children(node, 'nmod:poss').flatMap(group);
    if (owners.length > 0) return owners;
    const modifiers = others(tree.children(node, 'amod', 'compound').filter((c) => c < node).flatMap((c) => ctx.mentions.modifierAt(c) ?? []));
    if (modifiers.length > 0) return modifiers;
  }
  // "the raids against Somali towns": whom a hostile act is done to is not whom its protest targets.
  const hostile = hostileAct(tree, node);
  for (const c of tree.children(node, 'nmod', 'obl', 'obl:agent', 'acl', 'conj', 'obj')) {
    if (c < node) continue;
    const prep = tree.dep(c) === 'obl:agent' ? 'by' : (tree.caseOf(c) ?? openingCase(tree, c));
    // An "object" with a preposition of its own ("passed by X's government") is an attachment the parser mislabelled.
    if ((hostile && VICTIM_CASES.has(prep)) || (tree.baseDep(c) === 'obj' && prep === '')) continue;
    let found: Mention[] = [];
    // "greater freedom and opportunities from X": a conjunct is read as its own grievance.
    if (tree.baseDep(c) === 'conj') found = grievanceActors(ctx, c, full, depth + 1);
    // "property seized by X", "a bill signed by X": a participle's agent.
    else if (tree.baseDep(c) === 'acl') found = grievanceActors(ctx, c, false, depth + 1);
    else if (!FOLLOWED.has(prep)) continue;
    else if (DOER_CASES.has(prep)) found = grievanceActors(ctx, c, true, depth + 1);
    // "the resignation of X" names X; "the arrest of activists" names a patient, not whom it protests.
    else if (prep === 'of') found = grievanceActors(ctx, c, REMOVALS.has(t.lemma) || REMOVALS.has(t.norm), depth + 1);
    else found = grievanceActors(ctx, c, !goal, depth + 1);
    if (found.length > 0) return found;
  }
  return [];
}

/** "by Prime Minister X's government" with "by" hung on the title: the preposition opening the phrase of `c`, or ''. */
function openingCase(tree: DependencyTree, c: number): string {
  let first = c;
  while (tree.contains(first - 1) && tree.dominates(c, first - 1)) first--;
  return first < c && tree.dep(first) === 'case' ? tree.token(first).norm : '';
}

/** "rallied in Qamishli against Turkey" read with "against Turkey" on the place: a place takes no grievance, the act does. */
function misplacedGrievance(ctx: AimContext, c: number): Mention[] {
  const { tree } = ctx;
  if (!VENUE_CASES.has(tree.caseOf(c) ?? '')) return [];
  const g = tree.children(c, 'nmod').find((k) => k > c && MISPLACED_CASES.has(tree.caseOf(k) ?? ''));
  return g === undefined ? [] : grievanceActors(ctx, g, true, 1);
}

/** Objects and attachments of a purpose verb ("to demand X", "calling for Y"): what it asks for or protests. */
function purposeActors(ctx: AimContext, verb: number): Mention[] {
  const { tree } = ctx;
  for (const c of tree.children(verb, 'obj', 'obl')) {
    if (c < verb) continue;
    const prep = tree.caseOf(c);
    if (tree.baseDep(c) === 'obl' && (prep === undefined || !FOLLOWED.has(prep))) continue;
    const found = grievanceActors(ctx, c, true, 1);
    if (found.length > 0) return found;
  }
  return [];
}

/** Clauses on `node` saying what the act is for, done by the act's own doer (no subject of their own). */
function purposeClauses(ctx: AimContext, node: number, depth = 0): number[] {
  const { tree } = ctx;
  const clauses = tree.children(node, ...PURPOSE_DEPS).filter((c) => c > node && tree.children(c, 'nsubj', 'nsubj:pass').length === 0);
  const out = clauses.filter((c) => PURPOSE_VERBS.has(tree.token(c).lemma));
  // "blocked roads leading to the centre to press demands": the purpose hung on a participle describing the act's object.
  if (depth === 0) for (const c of clauses) if (!out.includes(c) && tree.token(c).pos === 'VERB' && /(ing|ed|en)$/.test(tree.token(c).norm)) out.push(...purposeClauses(ctx, c, 1));
  return out;
}

/** "will strike unless the government withdraws the bill": the subject of the clause that would end the act. */
function conditionSubjects(ctx: AimContext, node: number): Mention[] {
  const { tree } = ctx;
  for (const c of tree.children(node, 'advcl')) {
    if (c < node || !tree.children(c, 'mark').some((m) => CONDITION_MARKS.has(tree.token(m).norm))) continue;
    const found = ctx.mentions.group(tree.children(c, 'nsubj')[0]).filter((m) => !ctx.sourceIds.has(m.actorId));
    if (found.length > 0) return found;
  }
  return [];
}

/** "in protest of X's refusal", "in defiance of X": the adjunct noun's attachment. */
function adjunctActors(ctx: AimContext, noun: number): Mention[] {
  const { tree } = ctx;
  const t = tree.token(noun);
  if (tree.caseOf(noun) !== 'in' || !(ADJUNCT_NOUNS.has(t.lemma) || ADJUNCT_NOUNS.has(t.norm))) return [];
  for (const c of tree.children(noun, 'nmod')) {
    if (c > noun && ADJUNCT_CASES.has(tree.caseOf(c) ?? '')) {
      const found = grievanceActors(ctx, c, true, 1);
      if (found.length > 0) return found;
    }
  }
  return [];
}

/** Whether attachment `c` of `node` names the grievance (its case marks one, or an "in protest" adjunct does). */
function grievanceAttachment(tree: DependencyTree, c: number): boolean {
  const prep = tree.caseOf(c);
  return tree.baseDep(c) === 'obj' || (prep !== undefined && GRIEVANCE_CASES.has(prep)) || (prep === 'in' && ADJUNCT_NOUNS.has(tree.token(c).lemma));
}

/**
 * "a hunger strike in protest against the abuses by X" with "by X" hung on the strike: a "by" phrase
 * after the grievance belongs to the grievance, so it names no doer of the protest.
 */
export function grievanceAgent(ctx: FrameContext, node: number, c: number): boolean {
  if (!readsAims(ctx.cue.relation)) return false;
  return ctx.tree.children(node, 'nmod', 'obl').some((s) => s > node && s < c && grievanceAttachment(ctx.tree, s));
}

/**
 * Targets of a protest cue read through its aim, for the cue's `nodes` (its head, and for an event
 * noun its light verb): purpose clauses first, then grievance attachments, then "in protest of".
 */
export function protestAims(frame: FrameContext, heads: readonly number[], sources: readonly Mention[]): Mention[] {
  if (!readsAims(frame.cue.relation)) return [];
  const ctx: AimContext = { ...frame, sourceIds: new Set(sources.flatMap((m) => m.members ?? [m.actorId])) };
  const { tree, cue } = ctx;
  const inCue = (n: number) => n >= cue.tokenStart && n < cue.tokenEnd;
  // "blocked roads to demand ...": the cue's own words carry attachments too.
  const nodes = [...heads];
  for (let i = cue.tokenStart; i < cue.tokenEnd; i++) if (!nodes.includes(i)) nodes.push(i);
  for (const n of nodes) for (const v of purposeClauses(ctx, n)) {
    const found = purposeActors(ctx, v);
    if (found.length > 0) return found;
  }
  for (const n of nodes) {
    const found = conditionSubjects(ctx, n);
    if (found.length > 0) return found;
  }
  for (const n of nodes) {
    // The cue noun itself as an adjunct ("a hunger strike in protest of ...").
    const own = adjunctActors(ctx, n);
    if (own.length > 0) return own;
    // A grievance whose "by" phrase the parser hung on the cue beside it ("in protest against the abuses by X").
    let grievance = false;
    for (const c of tree.children(n, 'obj', 'obl', 'nmod')) {
      if (c < n || inCue(c)) continue;
      const prep = tree.caseOf(c);
      const aimed = tree.baseDep(c) === 'obj' || (prep !== undefined && GRIEVANCE_CASES.has(prep));
      const found = aimed || (grievance && prep === 'by') ? grievanceActors(ctx, c, true, 1) : [...adjunctActors(ctx, c), ...misplacedGrievance(ctx, c)];
      if (found.length > 0) return found;
      grievance = grievanceAttachment(tree, c);
    }
    // "demonstrations against the rights violations by X" read with "violations" as a conjunct of the noun.
    if (grievance) for (const c of tree.children(n, 'conj')) {
      const found = c > n && !inCue(c) ? grievanceActors(ctx, c, true, 1) : [];
      if (found.length > 0) return found;
    }
  }
  return [];
}

/** The actors of a grievance phrase at `node` ("against Turkey's military operations"), none of them among `sources`. */
export function grievanceTargets(frame: FrameContext, node: number, sources: readonly Mention[]): Mention[] {
  const prep = frame.tree.caseOf(node);
  if (prep === undefined || !GRIEVANCE_CASES.has(prep)) return [];
  return grievanceActors({ ...frame, sourceIds: new Set(sources.map((m) => m.actorId)) }, node, true, 1);
}
