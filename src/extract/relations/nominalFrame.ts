// Roles of an event noun read from the tree: its owner ("Iran's crackdown", "US warnings", "US-led
// strikes", "an attack by X", "warnings from X") or the subject of the light verb taking it
// ("held talks with", "launched strikes on"), and its target attachments ("crackdown on X",
// "invasion of X", "a warning to X"); "talks between A and B" and "the meeting of A and B" for
// parties acting among themselves.
import type { Mention, Token } from '../types';
import { activeSubject, agentOf, hyphenatedAgent, isPassive } from './clauseArguments';
import { partiesUnder, PairCollector, pluralMembers, reciprocalMarked, type FrameContext, type FrameReading } from './frameContext';
import { nounPhrases } from './nominalPhrases';
import { themeTargets } from './nounTheme';
import { hyphenatedSides } from './pairCompounds';
import { populationTargets } from './populationTargets';
import { possessivePronounTargets } from './pronounTargets';
import { compoundRecipient } from './recipientCompound';
import { ROLE_FRAMES } from './roleFrames';
import { LEXICON } from '../lexicon';
import { exposedSubjects, exposingAgents, responsibleClaimers } from './underAttack';
import { attachedTargets } from './verbalFrame';
import { askedAdjunct } from './askedAdjunct';
import { askedClauseSubjects } from './askedClause';
import { grievanceAgent, protestAims } from './protestAims';
import { adjunctProtester, participatedAims, protestParticipants } from './protesters';

const SPEAKER_POSSESSIVES = new Set(['our', 'my']);
/** More parties than this in one "between" list is more likely a misread than a meeting of all. */
const MAX_LISTED_PARTIES = 4;

/** The actor owning the noun: possessor, actor modifier, "by"/"from" agent, or "US-led". */
function owners(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  for (const c of tree.children(n, 'nmod:poss')) {
    if (SPEAKER_POSSESSIVES.has(tree.token(c).norm) && ctx.speaker) return [ctx.speaker];
    const group = mentions.group(c);
    if (group.length) return group;
  }
  for (const c of tree.children(n, 'amod', 'compound')) {
    if (c > n) continue;
    // "Qatar-mediated talks": the agent of the participle, not of the noun.
    if (tree.children(n, 'amod').some((p) => hyphenatedAgent(tree, p) === c)) continue;
    const own = mentions.modifierAt(c);
    if (own) {
      // "French and Malian efforts", "U.S. and Iraqi efforts": coordinated names and demonyms, each its actor.
      const coordinated = [...mentions.group(c), ...tree.conjuncts(c).flatMap((k) => mentions.modifierAt(k) ?? [])];
      return coordinated.filter((m, i) => coordinated.findIndex((o) => o.actorId === m.actorId) === i);
    }
    // "US-led strikes": the participle's hyphenated modifier.
    if (ROLE_FRAMES.agentParticiples.has(tree.token(c).norm)) {
      const agent = agentOf(tree, c) ?? tree.children(c, 'compound', 'obl:npmod', 'nmod', 'obl')[0];
      const group = mentions.group(agent);
      if (group.length) return group;
    }
  }
  // "the arrest of Omar Haddad by Ethiopia" with "by Ethiopia" hung on the name: it attaches to the event.
  // "the killing of three soldiers by al-Shabab" with "by al-Shabab" hung on the patient: a "by" phrase there names the doer ("from" there is an origin).
  // "the recognition of Kosovo as a state by the US": the "as" phrase says what the patient is made, and hosts the doer as well.
  const patients = tree.children(n, 'nmod').filter((c) => c > n && tree.caseOf(c) === 'of');
  const predicates = [n, ...patients].flatMap((k) => tree.children(k, 'nmod').filter((c) => c > k && tree.caseOf(c) === 'as'));
  const byOnPatients = [...patients, ...predicates].flatMap((k) => tree.children(k, 'nmod').filter((c) => c > k && tree.caseOf(c) === 'by'));
  const hungOnNames = [...namedAttachments(ctx, n).flatMap((k) => tree.children(k, 'nmod')), ...byOnPatients];
  for (const c of [...tree.children(n, 'nmod'), ...hungOnNames, ...verbHungAgents(ctx, n)]) {
    if (agentPreposition(ctx, tree.caseOf(c)) && !grievanceAgent(ctx, n, c)) {
      const group = mentions.group(c);
      if (group.length) return group;
    }
  }
  return [];
}

/**
 * "Kenya condemned the attack on its embassy by al-Shabaab" with "by al-Shabaab" hung on the verb: an
 * active verb with an object has no agent of its own, so a "by" phrase after the noun it takes is the noun's.
 */
function verbHungAgents(ctx: FrameContext, n: number): number[] {
  const { tree } = ctx;
  const v = tree.head(n);
  if (v < 0 || tree.baseDep(n) !== 'obj' || tree.token(v).pos !== 'VERB' || isPassive(tree, v)) return [];
  return tree.children(v, 'obl').filter((c) => c > n && tree.caseOf(c) === 'by');
}

/** The noun's attachments that are names ("by Ethiopia", "of Omar Haddad"): a phrase hung on a name attaches to the event, not to the name. */
function namedAttachments(ctx: FrameContext, n: number): number[] {
  const { tree, mentions } = ctx;
  return tree.children(n, 'nmod').filter((c) => tree.dep(c) === 'nmod' && mentions.spanAt(c) !== undefined);
}

/** A preposition naming the noun's doer: "by" always, "from" unless the relation takes it as its target ("the withdrawal of troops from Congo"). */
function agentPreposition(ctx: FrameContext, prep: string | undefined): boolean {
  if (prep === undefined || !ROLE_FRAMES.nounAgents.has(prep)) return false;
  return prep === 'by' || !ROLE_FRAMES.nounTargets(ctx.cue.relation).has(prep);
}

/** The noun's "by"/"from" agents that are names. */
function agentNames(ctx: FrameContext, n: number): number[] {
  return namedAttachments(ctx, n).filter((c) => agentPreposition(ctx, ctx.tree.caseOf(c)));
}

/** "$20 million", "50 million euros", "billions of dollars": an amount the noun after "in" qualifies. */
function isAmount(t: Token): boolean {
  return t.pos === 'NUM' || t.pos === 'SYM' || ROLE_FRAMES.amountNouns.has(t.lemma);
}

/** The verb whose subject does what the noun names ("launched strikes", "engaged in talks"), if it is a light verb. */
function lightVerb(ctx: FrameContext, n: number, depth = 0): number | undefined {
  const { tree } = ctx;
  const g = tree.head(n);
  if (g < 0) return undefined;
  const dep = tree.baseDep(n);
  // "held discussions of a possible attack": the event named by the light verb's object; not one
  // whose suspension or lifting is announced ("announced a suspension of the talks"): that subject ends it.
  const ending = ROLE_FRAMES.reducedRelations.reducingNouns.has(tree.token(g).lemma) || ROLE_FRAMES.liftedMeasures.reducingNouns.has(tree.token(g).lemma);
  if (dep === 'nmod' && tree.caseOf(n) === 'of' && depth === 0) return ending ? undefined : lightVerb(ctx, g, 1);
  // "pledged $20 million in humanitarian aid": the amount is the verb's object, the noun its kind.
  if (dep === 'nmod' && tree.caseOf(n) === 'in' && depth === 0 && isAmount(tree.token(g))) return lightVerb(ctx, g, 1);
  // "announced plans for talks with X": the plan's holder holds the talks (planned: treeModality).
  if (dep === 'nmod' && tree.caseOf(n) === 'for' && depth === 0 && LEXICON.intentionNouns.has(tree.token(g).lemma)) return lightVerb(ctx, g, 1);
  if (dep !== 'obj' && dep !== 'obl' && dep !== 'nsubj' && dep !== 'xcomp') return undefined;
  if (dep === 'nsubj' && !isPassive(tree, g)) return undefined;
  const t = tree.token(g);
  if (ROLE_FRAMES.lightVerbs.has(t.lemma)) return g;
  // "the attack was claimed by al-Shabaab": a passive claiming verb's agent did what its subject names.
  if (dep === 'nsubj' && ROLE_FRAMES.claimVerbs.has(t.lemma)) return g;
  // "denied attacks on X": the denier is who is said to have done the act; not one denying a claim ("denied the allegation").
  const claim = ROLE_FRAMES.claimNouns.has(tree.token(n).lemma) || ROLE_FRAMES.claimNouns.has(tree.token(n).norm);
  if (dep === 'obj' && ROLE_FRAMES.denialVerbs.has(t.lemma) && !claim) return g;
  // "acted as a mediator", "served as an intermediary".
  if (ROLE_FRAMES.asMediator.has(t.lemma) && tree.caseOf(n) === 'as') return g;
  return undefined;
}

/**
 * The doer named by a clause on the noun: "threats Russia has made", "an agreement the six nations
 * struck" (a light verb's relative clause: its subject), "attacks claimed by al-Shabaab" (a claiming
 * participle: its agent).
 */
function clauseAgent(ctx: FrameContext, n: number): { sources: Mention[]; verb?: number } {
  const { tree, mentions } = ctx;
  for (const c of tree.children(n, 'acl')) {
    const lemma = tree.token(c).lemma;
    if (tree.dep(c) === 'acl:relcl' && ROLE_FRAMES.lightVerbs.has(lemma) && tree.children(c, 'obj').length === 0) {
      const subject = tree.children(c, 'nsubj')[0];
      if (subject !== undefined && !ROLE_FRAMES.relativePronouns.has(tree.token(subject).norm)) return { sources: mentions.group(subject), verb: c };
    }
    if (ROLE_FRAMES.agentParticiples.has(tree.token(c).norm) || ROLE_FRAMES.claimVerbs.has(lemma)) {
      const agent = agentOf(tree, c);
      if (agent !== undefined) return { sources: mentions.group(agent), verb: c };
    }
  }
  return { sources: [] };
}

/**
 * The subject of the clause an event noun is an adjunct of ("agreed after ten hours of talks", "briefed
 * diplomats after a visit to Pyongyang"), or measured by one ("hours of talks"), with `prepositions`
 * opening the adjunct.
 */
function adjunctSubjects(ctx: FrameContext, n: number, prepositions: ReadonlySet<string>): Mention[] {
  const { tree, mentions } = ctx;
  let node = n;
  if (tree.baseDep(node) === 'nmod' && tree.caseOf(node) === 'of') node = tree.head(node);
  // "arrived in Jerusalem for talks with X": a purpose adjunct of a verb of travelling.
  const purpose = tree.caseOf(node) === 'for' && tree.baseDep(node) === 'obl' && ROLE_FRAMES.purposeTravelVerbs.has(tree.token(tree.head(node)).lemma);
  if (node < 0 || !(prepositions.has(tree.caseOf(node) ?? '') || (purpose && prepositions === ROLE_FRAMES.adjunctAgentPrepositions))) return [];
  // The adjunct may hang on a noun of the clause ("agreed to the truce in the region after talks"): it still tells when the clause's act happened.
  for (let steps = 0; steps < 3 && tree.baseDep(node) === 'nmod'; steps++) node = tree.head(node);
  if (node < 0 || (tree.baseDep(node) !== 'obl' && tree.baseDep(node) !== 'obj')) return [];
  let verb = tree.head(node);
  // "spoke to reporters after talks" read with "reporters" as an open complement: the clause is the verb's.
  if (verb >= 0 && tree.baseDep(verb) === 'xcomp' && tree.token(verb).pos !== 'VERB') verb = tree.head(verb);
  // The tagger may call the clause's verb a noun ("is briefing"): a subject of its own says it heads the clause.
  const clauseHead = verb >= 0 && (tree.token(verb).pos === 'VERB' || tree.children(verb, 'nsubj').length > 0);
  if (!clauseHead || isPassive(tree, verb)) return [];
  return mentions.group(activeSubject(tree, verb));
}

/** "Turkish troops entered Iraq in a drive against X": the subject of an active verb of moving in does the act noun of its "in" adjunct. */
function advancingSubjects(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const verb = tree.head(n);
  if (verb < 0 || tree.baseDep(n) !== 'obl' || tree.caseOf(n) !== 'in' || !ROLE_FRAMES.advanceVerbs.has(tree.token(verb).lemma) || isPassive(tree, verb)) return [];
  return mentions.group(activeSubject(tree, verb));
}

/** "Chile and Peru agreed after ten hours of talks": a symmetric event noun in an adjunct is held among the clause's coordinated subject. */
function adjunctParties(ctx: FrameContext, n: number): Mention[] {
  const group = adjunctSubjects(ctx, n, ROLE_FRAMES.adjunctPartyPrepositions);
  return group.length >= 2 ? group : [];
}

/** The actors after a phrase cue's closing preposition ("in coordination with X"), wherever the parser hung them. */
function ownPrepositionObject(ctx: FrameContext): Mention[] {
  const { tree, cue } = ctx;
  const last = cue.tokenEnd - 1;
  if (last <= cue.tokenStart || tree.dep(last) !== 'case') return [];
  const node = tree.head(last);
  return node >= cue.tokenEnd ? ctx.mentions.group(node) : [];
}

/**
 * "NATO says its forces, in coordination with the Pakistani military, have ...": a cue opened by a
 * preposition of manner ("in", data/roleFrames.json parentheticalPrepositions) and set off by a comma
 * right after a name is that name's act, however the parser hung the phrase; not when the name itself
 * follows a preposition ("fighting in Kabul, in ...").
 */
function parentheticalOwner(ctx: FrameContext): Mention[] {
  const { tree, cue, mentions } = ctx;
  // The preposition may open the cue phrase ("in coordination with") or stand before a noun cue ("in cooperation with").
  const opener = ROLE_FRAMES.parentheticalPrepositions.has(tree.token(cue.tokenStart).norm) ? cue.tokenStart : cue.tokenStart - 1;
  const comma = opener - 1;
  if (!tree.contains(comma) || tree.token(comma).norm !== ',' || !ROLE_FRAMES.parentheticalPrepositions.has(tree.token(opener).norm)) return [];
  const before = mentions.spanAt(comma - 1);
  if (!before || before.tokenEnd !== comma || before.modifierOf !== undefined) return [];
  for (let i = before.tokenStart; i < before.tokenEnd; i++) if (tree.children(i, 'case').length > 0 && tree.token(tree.children(i, 'case')[0]!).pos === 'ADP') return [];
  return [before];
}

/** The objects of a relative clause on the noun whose subject is the relative pronoun standing for it ("an attack which wounded two Kenyan policemen"). */
function relativeClauseObjects(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  return tree
    .children(n, 'acl:relcl')
    .filter((v) => tree.token(v).pos === 'VERB' && !isPassive(tree, v) && tree.children(v, 'nsubj').some((s) => ROLE_FRAMES.relativePronouns.has(tree.token(s).norm)))
    .flatMap((v) => tree.children(v, 'obj').flatMap((o) => mentions.group(o)));
}

/** "Qatar is the mediator": the subject of a nominal predicate. */
function predicateSubject(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  return tree.children(n, 'cop').length > 0 ? tree.children(n, 'nsubj')[0] : undefined;
}

/** The subject the event noun is, itself or through a noun counting it ("a wave of strikes hit X"), or undefined. */
function subjectNode(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  if (tree.baseDep(n) === 'nsubj') return n;
  const g = tree.head(n);
  if (g < 0 || tree.baseDep(n) !== 'nmod' || tree.caseOf(n) !== 'of' || !ROLE_FRAMES.eventSeriesNouns.has(tree.token(g).lemma)) return undefined;
  return tree.baseDep(g) === 'nsubj' ? g : undefined;
}

/** Who does the event a cue noun names, and what the noun's reading found on the way. */
interface NominalSources {
  sources: Mention[];
  /** A possessor or a relative clause's subject names them (the noun's own agent). */
  owned: boolean;
  /** "promised Ukraine more aid": a recipient hung on the noun. */
  recipient: Mention[];
  clause: { sources: Mention[]; verb?: number };
  phrases: ReturnType<typeof nounPhrases>;
  /** "acted in defiance of X": the clause's subject does the noun of a manner adjunct, whose "of" phrase it acts on. */
  adjunctDoer?: boolean;
}

function nominalSources(ctx: FrameContext, n: number, light: number | undefined): NominalSources {
  const { tree, mentions, cue } = ctx;
  // "promised Ukraine more aid" with "Ukraine" hung on the noun: the recipient of the verb of giving, not the aid's owner.
  const recipient = compoundRecipient(ctx, n, light);
  let sources = recipient.length > 0 ? [] : owners(ctx, n);
  // The relative clause's verb carries the noun's attachments too ("threats Russia made to Ukraine").
  const clause = sources.length === 0 ? clauseAgent(ctx, n) : { sources: [] };
  if (clause.sources.length > 0) sources = clause.sources;
  const owned = sources.length > 0;
  if (!owned && light !== undefined) sources = mentions.group(isPassive(tree, light) ? agentOf(tree, light) : activeSubject(tree, light));
  if (!owned && sources.length === 0) sources = exposingAgents(ctx, n);
  if (!owned && sources.length === 0) sources = responsibleClaimers(ctx, n);
  if (!owned && sources.length === 0) sources = mentions.group(predicateSubject(ctx, n));
  if (!owned && sources.length === 0) sources = parentheticalOwner(ctx);
  // "organized a strike in protest of X": the one who did what the protest qualifies.
  if (!owned && sources.length === 0) sources = adjunctProtester(ctx, n);
  if (!owned && sources.length === 0) sources = protestParticipants(ctx, n);
  // "Hill briefed diplomats after a visit to Pyongyang": the one whose visit it was.
  if (!owned && sources.length === 0 && ROLE_FRAMES.adjunctAgentRelations.has(cue.relation)) {
    const subject = adjunctSubjects(ctx, n, ROLE_FRAMES.adjunctAgentPrepositions);
    if (subject.length === 1) sources = subject;
  }
  // "held the vote in defiance of the court", "sent troops in support of Somalia": the clause's subject (data/roleFrames.json, mannerAdjuncts).
  // Not on what is said or proposed ("vetoed a resolution in support of X"): the adjunct qualifies that, not the vetoer's act.
  const said = tree.baseDep(n) === 'nmod' && tree.head(n) >= 0 && [ROLE_FRAMES.claimNouns, ROLE_FRAMES.utteranceNouns].some((set) => set.has(tree.token(tree.head(n)).lemma));
  const manner = !owned && !said && ROLE_FRAMES.mannerAdjuncts.relations.has(cue.relation) && ROLE_FRAMES.mannerAdjuncts.prepositions.has(tree.caseOf(n) ?? '');
  if (manner && sources.length === 0) sources = adjunctSubjects(ctx, n, ROLE_FRAMES.mannerAdjuncts.prepositions);
  if (manner && sources.length === 1) return { sources, owned, recipient, clause, phrases: nounPhrases(ctx), adjunctDoer: true };
  // "attacks by Kenyan and Ugandan troops against X" with the chain hung elsewhere: the phrases as written.
  const phrases = nounPhrases(ctx);
  if (!owned && sources.length === 0) sources = phrases.agents;
  if (!owned && sources.length === 0) sources = advancingSubjects(ctx, n);
  return { sources, owned, recipient, clause, phrases };
}

/** Whom the event a cue noun names is aimed at, read from its attachments and the clause around it. */
function nominalTargets(ctx: FrameContext, n: number, light: number | undefined, nodes: number[], found: NominalSources): Mention[] {
  const { tree, mentions, cue } = ctx;
  const { sources, recipient, phrases } = found;
  const prepositions = ROLE_FRAMES.nounTargets(cue.relation);
  // No source is its own target, also where a place or a plural reference names it again ("the two countries struck in Cairo").
  const sourceIds = new Set(sources.flatMap((m) => m.members ?? [m.actorId]));
  // "will lead the U.S. delegation to a meeting": a light verb taking the noun as an attachment acts on its own object, which the event does not target.
  const ledObjects = light !== undefined && tree.baseDep(n) === 'obl' ? new Set(tree.children(light, 'obj', 'iobj').flatMap((o) => mentions.group(o).map((m) => m.actorId))) : new Set<string>();
  const targets = attachedTargets(ctx, nodes, prepositions).filter((m) => !sourceIds.has(m.actorId) && !ledObjects.has(m.actorId));
  // "the recognition of Somaliland by Ethiopia": with the doer named apart, the "of" phrase is what the act is done to.
  if (targets.length === 0) targets.push(...themeTargets(ctx, n, found).filter((m) => !sourceIds.has(m.actorId)));
  // "in coordination with Somalia" with the name hung on the clause's verb: the cue's own last preposition introduces its target.
  if (targets.length === 0) targets.push(...ownPrepositionObject(ctx).filter((m) => !sourceIds.has(m.actorId)));
  // "soldiers died in an ambush by jihadists near the border with Niger": those who suffer the act, before phrases hung on its doer.
  if (targets.length === 0 && !cue.mutual) targets.push(...exposedSubjects(ctx, n).filter((m) => !sourceIds.has(m.actorId)));
  // "an attack by Ethiopia on Eritrea" with "on Eritrea" hung on the agent's name: it attaches to the event.
  // "the raid was carried out by Turkish forces against PKK camps" with "against" hung on the light verb's agent.
  const lightAgent = light !== undefined && isPassive(tree, light) ? agentOf(tree, light) : undefined;
  if (targets.length === 0) targets.push(...attachedTargets(ctx, [...agentNames(ctx, n), ...(lightAgent === undefined ? [] : [lightAgent])], prepositions).filter((m) => !sourceIds.has(m.actorId)));
  if (targets.length === 0) targets.push(...phrases.targets.filter((m) => !sourceIds.has(m.actorId)));
  if (targets.length === 0) targets.push(...recipient.filter((m) => !sourceIds.has(m.actorId)));
  // "renewed its demand that Kenya release the prisoners": the clause's subject is asked.
  if (targets.length === 0) targets.push(...askedClauseSubjects(ctx, n).filter((m) => !sourceIds.has(m.actorId)));
  // "assistance to the millions of people affected by hunger in Yemen": help to a place's people goes to its state.
  if (targets.length === 0) targets.push(...populationTargets(ctx, nodes, prepositions).filter((m) => !sourceIds.has(m.actorId)));
  // "began a hunger strike to demand the resignation of X": a protest aimed through what it asks for.
  if (cue.aimed) targets.splice(0, targets.length);
  if (targets.length === 0) targets.push(...protestAims(ctx, nodes, sources).filter((m) => !sourceIds.has(m.actorId)));
  if (targets.length === 0) targets.push(...participatedAims(ctx, n, sources).filter((m) => !sourceIds.has(m.actorId)));
  // "vowed revenge after Israeli raids on its positions": "its" stands for the clause's subject.
  if (targets.length === 0 && sources.length > 0 && !cue.mutual && !cue.symmetric) targets.push(...possessivePronounTargets(ctx, nodes, prepositions, sources));
  return targets;
}

export function nominalRoles(ctx: FrameContext): FrameReading {
  const { tree, mentions, cue } = ctx;
  const n = ctx.head;
  const out = new PairCollector(cue);
  // "at the request of Mali": the "of" phrase asked the clause's doer; no light verb's subject owns it.
  const asked = askedAdjunct(ctx, n);
  if (asked) {
    out.push(asked.sources, asked.targets, 0.75);
    return { pairs: out.pairs, anchored: true };
  }
  const light = lightVerb(ctx, n);

  const found = nominalSources(ctx, n, light);
  const { owned, clause, phrases } = found;
  let sources = found.sources;
  // "a meeting scheduled Tuesday with X": a participle placing the event carries its attachments.
  const placing = tree.children(n, 'acl').filter((c) => c > n && ROLE_FRAMES.eventPlacingParticiples.has(tree.token(c).norm));
  const nodes = [n, ...(light === undefined ? [] : [light]), ...(clause.verb === undefined ? [] : [clause.verb]), ...placing];
  for (let i = cue.tokenStart; i < cue.tokenEnd; i++) if (i !== n) nodes.push(i);
  const prepositions = ROLE_FRAMES.nounTargets(cue.relation);
  // No source is its own target, also where a place or a plural reference names it again ("the two countries struck in Cairo").
  const sourceIds = new Set(sources.flatMap((m) => m.members ?? [m.actorId]));
  const targets = nominalTargets(ctx, n, light, nodes, found);
  // "Israeli positions came under rocket fire from Hezbollah": the subject suffers the event.
  if (targets.length === 0) targets.push(...exposedSubjects(ctx, n).filter((m) => !sourceIds.has(m.actorId)));
  // "five Kenyan soldiers were killed in clashes with al-Shabab": in a mutual event, those who died are its other side.
  else if (sources.length === 0 && cue.mutual) sources = exposedSubjects(ctx, n).filter((m) => !targets.some((t) => t.actorId === m.actorId));
  // "the India-Pakistan talks": names joined by hyphens before a symmetric or mutual noun are its sides.
  const treeParties = partiesUnder(ctx, nodes);
  const between = treeParties.length < 2 && phrases.parties.length >= 2 ? phrases.parties : treeParties;
  const parties = between.length >= 2 || cue.betweenParties || !(cue.symmetric || cue.mutual) ? between : hyphenatedSides(ctx, n);
  const anchored = sources.length > 0 || targets.length > 0 || parties.length > 0;

  if (cue.betweenParties) {
    out.push(sources, parties.length >= 2 ? parties : targets, parties.length >= 2 ? 0.85 : 0.7);
    return { pairs: out.pairs, anchored };
  }
  // "Ukraine peace talks between A and B": a modifier names the topic when "between" names the parties; a possessor still owns the talks.
  if (parties.length >= 2 && (!owned || tree.children(n, 'nmod:poss').length === 0)) {
    // "talks between A, B and C": a symmetric act among every two of the parties named.
    if (cue.symmetric && !cue.mutual && parties.length > 2 && parties.length <= MAX_LISTED_PARTIES) parties.forEach((a, i) => out.push([a], parties.slice(i + 1), 0.75));
    else out.pushGroup(parties, 0.75, Boolean(cue.mutual));
    return { pairs: out.pairs, anchored };
  }
  // "A U.S.-led invasion removed the Taliban": an event noun as subject acts on the verb's object,
  // unless its own attachment names whom it acts on ("the detention of a journalist by X angered Y");
  // a meeting or talks as subject name their topic there ("our conversation covered NATO"), not a party.
  const ownTarget = tree.children(n, 'nmod').some((c) => c > n && prepositions.has(tree.caseOf(c) ?? ''));
  // Not on one reacting to it ("Uganda's recognition of Somaliland angered Somalia").
  const subject = subjectNode(ctx, n);
  const reacting = subject !== undefined && tree.head(subject) >= 0 && ROLE_FRAMES.reactionVerbs.has(tree.token(tree.head(subject)).lemma);
  if (targets.length === 0 && sources.length > 0 && !ownTarget && !cue.symmetric && !reacting && subject !== undefined && !isPassive(tree, tree.head(subject)))
    for (const o of tree.children(tree.head(subject), 'obj')) targets.push(...mentions.group(o).filter((m) => !sources.includes(m)));
  // "the bombing that killed eight Afghan soldiers": a relative clause whose subject is the event acts on its object.
  if (targets.length === 0 && sources.length > 0 && !ownTarget && !cue.symmetric) targets.push(...relativeClauseObjects(ctx, n).filter((m) => !sourceIds.has(m.actorId)));
  // "X will be our legitimate target": the speaker's nominal predicate about its subject.
  if (targets.length === 0 && owned && sources[0] === ctx.speaker && tree.children(n, 'cop').length > 0)
    for (const s of tree.children(n, 'nsubj')) targets.push(...mentions.group(s));
  if (targets.length > 0) {
    out.push(sources, targets, owned ? 0.8 : 0.7);
    return { pairs: out.pairs, anchored };
  }
  // "the meeting of Russian and Ukrainian delegates", "US and Iranian talks", "India and Pakistan both launched strikes".
  const marked = reciprocalMarked(ctx, nodes);
  if (cue.symmetric || cue.mutual || marked) {
    let group = sources.length >= 2 || sourceIds.size >= 2 ? pluralMembers(sources) : tree.children(n, 'nmod').filter((c) => tree.caseOf(c) === 'of').flatMap((c) => mentions.group(c));
    const adjunct = group.length < 2 && sources.length === 0 && cue.symmetric ? adjunctParties(ctx, n) : [];
    if (adjunct.length >= 2) group = adjunct;
    out.pushGroup(group, 0.7, !cue.symmetric && (Boolean(cue.mutual) || marked));
    return { pairs: out.pairs, anchored: anchored || adjunct.length >= 2 };
  }
  return { pairs: out.pairs, anchored };
}
