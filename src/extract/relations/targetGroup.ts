// The actors a target node stands for: its own names, or, for an act or a thing of theirs, its doer
// or owner ("condemned the attack by X", "rejected the plan Egypt drafted", "praised Obama's move").
import readingsData from '../../../data/speechReadings.json';
import type { Mention } from '../types';
import { actClauseDoer } from './actDoer';
import { isPassive } from './clauseArguments';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

// Relations judging an act, which target its doer (data/speechReadings.json, actJudgingRelations).
const JUDGED_ACTS: ReadonlySet<string> = new Set(readingsData.actJudgingRelations);

/** The actors a target node stands for; for an act or thing of theirs, its owner ("praised Obama's move"), unless data/roleFrames.json says otherwise. */
export function targetGroup(ctx: FrameContext, node: number): Mention[] {
  // "Hamas, which Israel attacked": a relative pronoun stands for the noun its clause hangs on.
  const clause = ctx.tree.head(node);
  if (ROLE_FRAMES.relativePronouns.has(ctx.tree.token(node).norm) && clause >= 0 && ctx.tree.dep(clause) === 'acl:relcl') return ctx.mentions.group(ctx.tree.head(clause));
  const group = ctx.mentions.group(node);
  if (group.length > 0) return group;
  const { tree } = ctx;
  // "supports armed groups, including the TPLF and the OLF": a noun naming no actor stands for the members it lists.
  const members = listedMembers(ctx, node);
  if (members.length > 0) return members;
  const t = tree.token(node);
  // "troops to its border with Colombia": a frontier stands for the state on its other side.
  if (ROLE_FRAMES.frontierNouns.has(t.norm)) return ctx.mentions.group(tree.children(node, 'nmod').find((c) => c > node && tree.caseOf(c) === 'with'));
  const patient = tree.children(node, 'nmod').find((c) => c > node && tree.caseOf(c) === 'of');
  // "condemned the attack by Somali militants", "the detention of a journalist by Ankara": the doer of an event named after "by".
  const event = ROLE_FRAMES.eventAnaphors.has(t.norm) || ROLE_FRAMES.eventAnaphors.has(t.lemma) || ROLE_FRAMES.eventPatientNouns.has(t.lemma);
  const byAgent = (n: number) => tree.children(n, 'nmod').find((c) => c > node && tree.caseOf(c) === 'by');
  // An active verb has no "by" agent of its own: one hung on it names the doer of the act it is about.
  const verb = tree.head(node);
  const onVerb = tree.baseDep(node) === 'obj' && !isPassive(tree, verb) ? tree.children(verb, 'obl').find((c) => c > node && tree.caseOf(c) === 'by') : undefined;
  const agent = event ? (byAgent(node) ?? (patient === undefined ? undefined : byAgent(patient)) ?? onVerb) : undefined;
  if (agent !== undefined) return ctx.mentions.group(agent);
  // "rejected the plan Egypt drafted", "the offer made by Egypt was rejected": the act's doer named by a clause on it.
  const doer = ctx.mentions.group(actClauseDoer(tree, node));
  if (doer.length > 0) return doer;
  // "repelled a Russian assault", "beat back a Taliban attack": an act of force on an act of force targets its doer.
  const fits = ROLE_FRAMES.eventAnaphors.get(t.lemma) ?? ROLE_FRAMES.eventAnaphors.get(t.norm);
  // "condemned Russian air strikes", "protested Israeli raids": a judgement of an act targets its doer.
  const judged = fits !== undefined && JUDGED_ACTS.has(ctx.cue.relation) && !ROLE_FRAMES.eventPatientNouns.has(t.lemma);
  if (fits?.includes(ctx.cue.relation) || judged) {
    const doer = tree.children(node, 'amod', 'compound').find((c) => c < node && ctx.mentions.modifierAt(c) !== undefined);
    if (doer !== undefined) return [ctx.mentions.modifierAt(doer)!];
  }
  // "Suu Kyi's house arrest" names whom it is done to; "Romania's detention of the activists" its doer.
  const notOwner = ROLE_FRAMES.notOwners.has(t.norm) || ROLE_FRAMES.notOwners.has(t.lemma);
  const owner = tree.children(node, 'nmod:poss')[0];
  if (owner === undefined || (notOwner && !(ROLE_FRAMES.eventPatientNouns.has(t.lemma) && patient !== undefined))) return [];
  return ctx.mentions.group(owner);
}

/** The actors a noun's member list names ("groups, including X and Y"), hung on the noun or, after it, on its verb (data/roleFrames.json, memberMarkers). */
function listedMembers(ctx: FrameContext, node: number): Mention[] {
  const { tree } = ctx;
  const marked = (c: number) => c > node && ROLE_FRAMES.memberMarkers.has(tree.caseOf(c) ?? '');
  const onVerb = tree.baseDep(node) === 'obj' ? tree.children(tree.head(node), 'obl').filter(marked) : [];
  const list = [...tree.children(node, 'nmod', 'appos').filter(marked), ...onVerb][0];
  // Only names: "areas, including its largest city" lists places, not actors.
  return list === undefined || ctx.mentions.spanAt(list) === undefined ? [] : ctx.mentions.group(list).filter((m) => m.form !== 'place');
}
