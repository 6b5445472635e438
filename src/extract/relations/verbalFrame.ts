// Roles of a cue verb read from the tree: subject (or passive agent) as source; object, indirect
// object and the relation's prepositional attachments as target; "between A and B" for mediators;
// coordinated subjects acting on each other when no target is named.
import { continuesReason } from './reasonAttachments';
import framesData from '../../../data/roleFrames.json';
import readingsData from '../../../data/speechReadings.json';
import { LEXICON } from '../lexicon';
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';
import { activeSubject, agentOf, brokenAround, helpedParty, hyphenatedAgent, isPassive, patientOf } from './clauseArguments';
import { partiesUnder, PairCollector, type FrameContext, type FrameReading } from './frameContext';
import { amongParties } from './verbalReciprocals';
import { headsPhrase, prepositionObjects } from './prepositionHeads';
import { ROLE_FRAMES } from './roleFrames';
import { eventClauseDoer } from './eventClauseDoer';
import { mediatedParties } from './mediatedParties';
import { takenFromTargets, takesFrom } from './takenFrom';
import { joinedActors } from './joinedActors';
import { requestedFrom } from './requestedFrom';
import { hostileAct, VICTIM_CASES } from './hostileActs';
import { purposeTargets } from './purposeTargets';
import { protestAims } from './protestAims';
import { purposeDoer } from './protesters';
import { targetGroup } from './targetGroup';
import { weaponDoers } from './weaponDoers';
import { reducedPassive, reducedPatient } from './reducedPassive';

const OBJECT_DEPS = ['obj', 'iobj'];
// Auxiliaries of a complement that asks for its act ("insisted that any accord must honor ...").
const ASKING_AUXILIARIES: ReadonlySet<string> = new Set(readingsData.askingAuxiliaries);
// Relations judging an act, which target its doer (data/speechReadings.json, actJudgingRelations).
const JUDGED_ACTS: ReadonlySet<string> = new Set(readingsData.actJudgingRelations);
// The infinitive's own relation is unknown here: any usual target preposition ("threatened to impose sanctions on Moscow").
const EMBEDDED_TARGETS = ROLE_FRAMES.verbTargets('default');

// "threatened to secede from the union": what is threatened is aimed at whom it leaves too.
const THREATENED_TARGETS: ReadonlySet<string> = new Set([...EMBEDDED_TARGETS, ...ROLE_FRAMES.threatenedActPrepositions]);

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'NUM']);
// Prepositions of what an act is about (data/roleFrames.json, topicPrepositions).
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(framesData.topicPrepositions.prepositions);

/**
 * A verb's infinitive complements: its open complements, and the "to" clauses a governor of
 * intention takes, which the parser labels adverbial when a time phrase comes between ("threatened
 * on Tuesday to cut off ...").
 */
function infinitives(tree: DependencyTree, v: number): number[] {
  const lemma = tree.token(v).lemma;
  const governs = LEXICON.hypotheticalGovernors.has(lemma) || LEXICON.plannedGovernors.has(lemma) || LEXICON.negatingVerbs.has(lemma);
  const adverbial = governs ? tree.children(v, 'advcl').filter((c) => tree.token(c).pos === 'VERB' && tree.children(c, 'mark').some((m) => tree.token(m).norm === 'to')) : [];
  return [...tree.children(v, 'xcomp'), ...adverbial];
}

/** A nominal right after its verb, with nothing but its own noun phrase between: an object, whatever its label says. */
function adjacentObject(ctx: FrameContext, verb: number, node: number): boolean {
  if (node < verb || node - verb > 5) return false;
  for (let k = verb + 1; k < node; k++) if (!NOUN_PHRASE_POS.has(ctx.tree.token(k).pos)) return false;
  return true;
}

/** The cue verb itself, when its object names a topic (data/roleFrames.json, topicVerbs). */
function topicVerb(ctx: FrameContext, n: number): boolean {
  return n >= ctx.cue.tokenStart && n < ctx.cue.tokenEnd && ROLE_FRAMES.topicVerbs.has(ctx.tree.token(n).lemma);
}

/** Targets attached to `nodes` (the cue's own words, or an embedded verb): objects and the relation's prepositions. */
export function attachedTargets(ctx: FrameContext, nodes: readonly number[], prepositions: ReadonlySet<string>): Mention[] {
  const { tree, cue } = ctx;
  const out: Mention[] = [];
  const places: Mention[] = [];
  const add = (ms: Mention[]) => {
    for (const m of ms) if (!out.some((o) => o.actorId === m.actorId)) out.push(m);
  };
  for (const n of nodes) {
    for (const c of tree.children(n)) {
      // "meets with German Chancellor Angela Merkel" with the preposition heading the names.
      if (headsPhrase(tree, c)) {
        if ((c >= cue.tokenStart && c < cue.tokenEnd) || prepositions.has(tree.token(c).norm)) add(prepositionObjects(tree, ctx.mentions, c));
        continue;
      }
      if (c >= cue.tokenStart && c < cue.tokenEnd) continue;
      const dep = tree.dep(c);
      if (OBJECT_DEPS.includes(dep)) {
        // "discussed Syria", "discussed Ukraine's proposal": a topic verb's object is what is talked about, never a party.
        const group = topicVerb(ctx, n) ? [] : targetGroup(ctx, c);
        add(group);
        // "discussed the ceasefire with Ukraine": the thing's attachment names the party; not the one a judged hostile act is done to ("condemned the strikes against X").
        const victims = JUDGED_ACTS.has(cue.relation) && hostileAct(tree, c) ? VICTIM_CASES : undefined;
        if (group.length === 0) add(attachedTargets(ctx, [c], victims ? new Set([...prepositions].filter((p) => !victims.has(p))) : prepositions));
        continue;
      }
      // "travelled to Moscow" read as an open complement.
      const nominal = dep === 'xcomp' && (tree.token(c).pos === 'PROPN' || tree.token(c).pos === 'NOUN');
      if (dep !== 'obl' && dep !== 'nmod' && dep !== 'obl:arg' && !nominal) continue;
      // "On Wednesday, Saudi Arabia and ..." read as one phrase: a time word is no target, unless a name heads it ("to Washington next week").
      if (ROLE_FRAMES.timeNouns.has(tree.token(c).norm) && tree.children(c, 'compound').length === 0) continue;
      const marker = tree.caseMarkers(c)[0];
      // An obl without a preposition is an object the parser mislabelled ("warned Iran's leaders").
      if (marker === undefined) {
        if (dep === 'obl' && adjacentObject(ctx, n, c)) add(targetGroup(ctx, c));
        continue;
      }
      // The cue's own preposition ("called on", "held talks with") always introduces its target.
      const own = marker >= cue.tokenStart && marker < cue.tokenEnd;
      const prep = tree.caseOf(c) ?? '';
      // "condemned the strikes [against Somalia]" with the attachment on the verb: the judged act's victim, no target.
      if (!own && JUDGED_ACTS.has(cue.relation) && VICTIM_CASES.has(prep) && tree.children(n, 'obj').some((o) => o < c && hostileAct(tree, o))) continue;
      const place = Boolean(cue.placeTarget) && ROLE_FRAMES.placeTargets.has(prep);
      // "thanked Pakistan for the transfer to the US of X": the phrase continues the reason noun.
      if (!own && continuesReason(tree, n, c, (k) => ctx.mentions.group(k).length > 0)) continue;
      if (own || prepositions.has(prep)) add(targetGroup(ctx, c));
      else if (place) {
        for (const m of targetGroup(ctx, c)) if (!places.some((p) => p.actorId === m.actorId) && m.form === 'place') places.push(m);
        // "strikes in Somalia against al-Shabaab" with the target hung on the place: a place takes no such phrase, the act does.
        for (const k of tree.children(c, 'nmod')) if (k > c && prepositions.has(tree.caseOf(k) ?? '')) add(targetGroup(ctx, k));
      }
      // "talked about Iran with Germany" with "with Germany" hung on the topic's name: a name takes no such phrase, the act does.
      if (!own && !prepositions.has(prep) && TOPIC_PREPOSITIONS.has(prep) && ctx.mentions.spanAt(c) !== undefined)
        for (const k of tree.children(c, 'nmod')) if (k > c && prepositions.has(tree.caseOf(k) ?? '')) add(targetGroup(ctx, k));
    }
  }
  // "attacked rebels inside Ecuador": a place is the target only when nothing else is.
  return out.length > 0 ? out : places;
}

/** "Israel will strike Hamas, Netanyahu said" read with Hamas as the subject of "said": the name right after the verb is not its dependent. */
function detachedObject(ctx: FrameContext, v: number): boolean {
  const { tree, cue } = ctx;
  let k = cue.tokenEnd;
  while (tree.contains(k) && tree.token(k).pos === 'DET') k++;
  if (!tree.contains(k) || !ctx.mentions.covering(k)) return false;
  // "criticized and threatened Pakistan": the object shared with the verb `v` is coordinated with.
  const shared = tree.dep(v) === 'conj' ? tree.head(v) : v;
  for (let n = k, steps = 0; n >= 0 && steps < 6; n = tree.head(n), steps++) if (n === v || n === shared) return false;
  return true;
}

/** Verbs coordinated after `v` that lend it their object: `v` has none, they have no subject of their own. */
function sharedObjectVerbs(tree: FrameContext['tree'], v: number): number[] {
  if (tree.children(v, 'obj').length > 0) return [];
  return tree.children(v, 'conj').filter((c) => c > v && tree.token(c).pos === 'VERB' && tree.children(c, 'nsubj', 'nsubj:pass').length === 0 && tree.children(c, 'obj').length > 0);
}

/** "criticized and threatened Pakistan" with the object hung on the first verb: a later conjunct without one shares the objects after it. */
function sharedEarlierObject(ctx: FrameContext, v: number): Mention[] {
  const { tree } = ctx;
  if (tree.dep(v) !== 'conj' || tree.children(v, 'obj', 'nsubj', 'nsubj:pass').length > 0) return [];
  const first = tree.head(v);
  if (first < 0 || first > v || tree.token(first).pos !== 'VERB') return [];
  const out: Mention[] = [];
  for (const o of tree.children(first, 'obj')) if (o > v) out.push(...targetGroup(ctx, o));
  return out;
}

/** "Indian posts were shelled from the Pakistani side": where the relation allows it, a passive's "from" attachment is its doer. */
function fromAgent(ctx: FrameContext, v: number): number | undefined {
  // "was recaptured from the rebels": ground is taken from the "from" party, who is no doer.
  if (!ROLE_FRAMES.passiveFromAgents.has(ctx.cue.relation) || takesFrom(ctx)) return undefined;
  const { tree } = ctx;
  // "shelled Thursday morning from the Pakistani side" with the phrase hung on the time noun.
  const times = tree.children(v).filter((c) => ROLE_FRAMES.timeNouns.has(tree.token(c).norm));
  return [v, ...times].flatMap((n) => tree.children(n, 'obl', 'nmod')).find((c) => tree.caseOf(c) === 'from');
}

/** The target of the verb `v` is coordinated with, for a conjunct with no subject of its own whose cue holds its own object. */
function sharedConjunctTarget(ctx: FrameContext, v: number): Mention[] {
  const { tree } = ctx;
  const first = tree.head(v);
  if (tree.dep(v) !== 'conj' || first < 0 || first > v || tree.token(first).pos !== 'VERB' || tree.children(v, 'nsubj', 'nsubj:pass').length > 0) return [];
  // Only a cue that holds its own object ("cut diplomatic ties"): "called for rallies" names what it acts on.
  const inCue = (n: number) => n >= ctx.cue.tokenStart && n < ctx.cue.tokenEnd;
  if (tree.children(v, 'obj', 'iobj', 'obl', 'xcomp', 'ccomp').some((c) => !inCue(c) && !ROLE_FRAMES.timeNouns.has(tree.token(c).norm))) return [];
  return attachedTargets(ctx, [first], EMBEDDED_TARGETS);
}

function span(ctx: FrameContext): number[] {
  const out: number[] = [];
  for (let i = ctx.cue.tokenStart; i < ctx.cue.tokenEnd; i++) out.push(i);
  return out;
}

/** "the agreement the two countries struck", "the threats Russia made": a light verb saying who did the event noun it hangs on. */
export function lightVerbOfEvent(tree: DependencyTree, v: number): boolean {
  if (tree.dep(v) !== 'acl:relcl' || !ROLE_FRAMES.lightVerbs.has(tree.token(v).lemma) || tree.children(v, 'obj').length > 0) return false;
  const noun = tree.token(tree.head(v));
  return ROLE_FRAMES.eventAnaphors.has(noun.lemma) || ROLE_FRAMES.eventAnaphors.has(noun.norm);
}

/**
 * A complement saying what is asked: a bare verb ("demanded that Ukraine withdraw") or one under
 * "must"/"should"; "insisted that Eritrean troops opened fire" states what happened and asks nothing.
 */
function askedAct(tree: DependencyTree, x: number): boolean {
  const t = tree.token(x);
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return true;
  const auxiliaries = tree.children(x, 'aux', 'aux:pass').map((a) => tree.token(a).norm);
  if (auxiliaries.some((a) => ASKING_AUXILIARIES.has(a))) return true;
  // "that Uganda be punished": a bare "be" asks too; "had opened", "was punished" state.
  return auxiliaries.length === 0 ? t.norm === t.lemma : auxiliaries[0] === 'be';
}

/** Targets of the act a preparing verb's "for" attachment names (data/roleFrames.json, preparedActs). */
function preparedActTargets(ctx: FrameContext, v: number): Mention[] {
  const { tree } = ctx;
  const frame = ROLE_FRAMES.preparedActs.get(ctx.cue.relation);
  if (!frame) return [];
  // On the verb, or hung on its object ("reservists for a war").
  const attached = [...tree.children(v, 'obl'), ...tree.children(v, 'obj').flatMap((o) => tree.children(o, 'nmod'))];
  const acts = attached.filter((c) => c > v && frame.prepositions.has(tree.caseOf(c) ?? '') && frame.nouns.has(tree.token(c).norm));
  return acts.flatMap((c) => attachedTargets(ctx, [c], ROLE_FRAMES.nounTargets(frame.actRelation)));
}

/** Who does the act at `v`: its subject or passive agent, else who fired the weapon, whose event it is, whose protest; actors it joins. */
interface VerbalSources {
  /** The subject hangs on the verb itself. */
  direct: boolean;
  sources: Mention[];
  /** Sources that came from a fired weapon or a protest's purpose (no subject of the verb's own). */
  fired: Mention[];
  purposed: Mention[];
}

function verbalSources(ctx: FrameContext, v: number, passive: boolean, subjectNode: number | undefined): VerbalSources {
  const { tree, mentions } = ctx;
  const direct = subjectNode !== undefined && tree.head(subjectNode) === v;
  // "an al-Shabab attack that killed three soldiers": the relative pronoun stands for the event, done by its doer.
  const named = mentions.group(subjectNode);
  // "France joined Germany in condemning ...": the joined actors act too.
  const joined = joinedActors(tree, mentions, v);
  // "was hit with rockets fired from Somalia": whoever fired the weapon.
  const fired = named.length > 0 || !passive ? [] : weaponDoers(ctx, v);
  const doers = named.length > 0 ? named : fired.length > 0 ? fired : eventClauseDoer(ctx, v);
  // "boycotted the courts to protest X": a protest's purpose clause hung on the act's object.
  const purposed = doers.length > 0 ? [] : purposeDoer(ctx, v);
  const sources = [...(doers.length > 0 ? doers : purposed), ...joined.filter((j) => !named.some((m) => m.actorId === j.actorId))];
  return { direct, sources, fired, purposed };
}

/** Targets an active verb reaches through another verb: a coordinated one's object, an earlier conjunct's, an infinitive's, an asked complement's subject, a purpose. */
function reachedTargets(ctx: FrameContext, v: number, prepositions: ReadonlySet<string>): Mention[] {
  const { tree, mentions, cue } = ctx;
  // "pressed for an apology from Japan": the one a request asks for something.
  let targets = requestedFrom(ctx, v);
  // "condemned and opposed North Korea's test": coordinated verbs share the object of the last.
  if (targets.length === 0) for (const c of sharedObjectVerbs(tree, v)) targets = attachedTargets(ctx, [c], prepositions);
  if (targets.length === 0) targets = sharedEarlierObject(ctx, v);
  // "massed troops on the border with Colombia and cut diplomatic ties": a later conjunct with neither subject nor target acts on the first one's target.
  if (targets.length === 0) targets = sharedConjunctTarget(ctx, v);
  // "threatened to strike Ukraine": a control verb's infinitive brings the target.
  // "helped fight al-Shabaab" helps nobody named; "helping build Syria a reactor" helps the clause's indirect object.
  if (targets.length === 0 && ROLE_FRAMES.helpingRelations.has(cue.relation)) for (const x of infinitives(tree, v)) targets = mentions.group(helpedParty(tree, x));
  else if (targets.length === 0) for (const x of infinitives(tree, v)) targets = attachedTargets(ctx, [x], cue.relation === 'threat' ? THREATENED_TARGETS : EMBEDDED_TARGETS);
  // "demanded that the US cancel the sale": who is asked is the complement's subject.
  if (targets.length === 0 && ROLE_FRAMES.complementSubjectTargets.has(cue.relation))
    for (const x of tree.children(v, 'ccomp').filter((c) => askedAct(tree, c))) targets = mentions.group(tree.children(x, 'nsubj', 'nsubj:pass')[0]);
  if (targets.length === 0) targets = purposeTargets(ctx, [v, ...span(ctx)]);
  return targets;
}

/** Who the act at `v` is done to; null when a trip's purpose names someone else, so the trip relates nobody. */
function verbalTargets(ctx: FrameContext, v: number, passive: boolean, sources: Mention[], prepositions: ReadonlySet<string>): Mention[] | null {
  const { tree, mentions, cue } = ctx;
  // "retook the town from the rebels": the one ground is taken from, before the place taken.
  let targets = takenFromTargets(ctx, v);
  // "the Saudi-backed government and rebels": a hyphened participle before a noun modifies that noun, not its conjuncts.
  const premodifier = passive && tree.baseDep(v) === 'amod' && tree.head(v) > v && hyphenatedAgent(tree, v) !== undefined;
  if (targets.length === 0 && passive) targets = premodifier ? namedAfter(mentions.actorsOf(tree.head(v)), v) : passivePatients(ctx, v);
  if (targets.length === 0) targets = attachedTargets(ctx, span(ctx), prepositions);
  // "mobilized its army for a war against Iraq": the act prepared for names the target (its own army is no target).
  if (targets.every((t) => sources.some((s) => s.actorId === t.actorId))) {
    const prepared = preparedActTargets(ctx, v);
    if (prepared.length > 0) targets = prepared;
  }
  // "will travel to Brussels to brief NATO": where a trip goes is only the venue when its purpose names someone else.
  if (targets.length > 0 && !passive && ROLE_FRAMES.purposeTravelVerbs.has(tree.token(v).lemma) && purposeParties(ctx, v, targets)) return null;
  if (targets.length === 0 && !passive) targets = reachedTargets(ctx, v, prepositions);
  // "demonstrated calling for independence from Iraq": a protest aimed through what it asks for.
  if (cue.aimed) targets = passive ? [] : protestAims(ctx, [v], sources);
  else if (targets.length === 0 && !passive) targets = protestAims(ctx, [v], sources);
  return targets;
}

/** A mediator's pairs: the parties it stands between, else its targets. */
function mediatorReading(ctx: FrameContext, v: number, sources: Mention[], targets: Mention[], participle: boolean, anchored: boolean): FrameReading {
  const { tree, cue } = ctx;
  const out = new PairCollector(cue);
  const around = [v, ...span(ctx), ...tree.children(v, 'obj'), ...(tree.baseDep(v) === 'amod' || tree.baseDep(v) === 'acl' ? [tree.head(v)] : [])];
  let parties = partiesUnder(ctx, around);
  // "a truce brokered by Egypt took effect between A and B": the clause around the brokered noun names the sides.
  if (parties.length < 2 && participle && sources.length > 0) parties = mediatedParties(ctx, tree.head(v), sources);
  if (parties.length >= 2) out.push(sources, parties, 0.9);
  else out.push(sources, targets, 0.7);
  return { pairs: out.pairs, anchored };
}

export function verbalRoles(ctx: FrameContext): FrameReading {
  const { tree, cue } = ctx;
  const v = ctx.head;
  // The event noun carries the relation; the verb is no act of its own.
  if (lightVerbOfEvent(tree, v)) return { pairs: [], anchored: true };
  // "will meet the deadline": an object giving the verb another sense leaves no relation.
  const otherSense = ROLE_FRAMES.otherSenseObjects.get(tree.token(v).lemma);
  if (otherSense && tree.children(v, 'obj').some((o) => otherSense.has(tree.token(o).norm))) return { pairs: [], anchored: true, settled: true };
  // "soldiers killed in a Taliban ambush" read as active: the subject is the victims.
  const reduced = reducedPassive(tree, v);
  const passive = reduced || isPassive(tree, v);
  const subjectNode = passive ? (agentOf(tree, v) ?? fromAgent(ctx, v)) : activeSubject(tree, v);
  // With no agent of its own, the event it is done in says who did it (its noun cue), not a guess by position.
  if (reduced && subjectNode === undefined && weaponDoers(ctx, v).length === 0) return { pairs: [], anchored: true, settled: true };
  const { direct, sources, fired, purposed } = verbalSources(ctx, v, passive, subjectNode);
  const prepositions = ROLE_FRAMES.verbTargets(cue.relation);
  const targets = verbalTargets(ctx, v, passive, sources, prepositions);
  if (targets === null) return { pairs: [], anchored: true, settled: true };
  const strength = passive ? 0.85 : direct ? 0.9 : 0.8;
  // A participle modifying a noun with no agent named ("detained opposition leader X") is read right: nobody acts.
  const participle = passive && (tree.baseDep(v) === 'amod' || tree.baseDep(v) === 'acl');
  // "Russia-backed rebels": a participle hyphenated to its agent and modifying its patient holds both roles in the phrase, whatever the clause around it.
  const wholePhrase = participle && tree.baseDep(v) === 'amod' && hyphenatedAgent(tree, v) !== undefined && tree.head(v) > v;
  const anchored = wholePhrase || ((subjectNode !== undefined || participle || purposed.length > 0 || fired.length > 0) && !brokenAround(tree, v) && !detachedObject(ctx, v));
  if (cue.betweenParties) return mediatorReading(ctx, v, sources, targets, participle, anchored);
  if (targets.length > 0) {
    const out = new PairCollector(cue);
    out.push(sources, targets, strength);
    return { pairs: out.pairs, anchored, ...(wholePhrase ? { standing: true } : {}) };
  }
  return amongParties(ctx, v, sources, subjectNode, [v, ...span(ctx)], prepositions, anchored);
}

/** Whether a "to" purpose clause of the trip at `v` acts on actors none of the trip's destinations is ("travel to Brussels to brief NATO"). */
function purposeParties(ctx: FrameContext, v: number, destinations: readonly Mention[]): boolean {
  const { tree } = ctx;
  const purposes = tree.children(v, 'advcl', 'xcomp').filter((x) => tree.children(x, 'mark').some((m) => tree.token(m).norm === 'to'));
  const parties = purposes.flatMap((x) => tree.children(x, 'obj', 'iobj').flatMap((o) => targetGroup(ctx, o)));
  return parties.length > 0 && !parties.some((p) => destinations.some((d) => d.actorId === p.actorId));
}

/** Who a passive verb is done to: its patient's actors, else, as for an object, the owner or doer of the thing or act it names ("Kenya's convoy was attacked", "a proposal by Egypt was rejected"). */
function passivePatients(ctx: FrameContext, v: number): Mention[] {
  const patient = patientOf(ctx.tree, v) ?? reducedPatient(ctx.tree, v);
  const named = ctx.mentions.group(patient);
  return named.length > 0 || patient === undefined ? named : targetGroup(ctx, patient);
}

/** "Yemen's Iran-backed Houthi rebels": the noun's own name after the participle, not its possessor, is who is backed; the possessor when no name follows ("Syria's Russia-backed government"). */
function namedAfter(found: Mention[], v: number): Mention[] {
  const after = found.filter((m) => m.tokenStart > v);
  return after.length > 0 ? after : found;
}
