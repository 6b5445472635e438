// A speaker judging another actor's act a wrong is accusing that actor: "Ethiopia said the rebels
// violated the ceasefire", "the tribunal ruled that Israel had violated Lebanon's sovereignty",
// "Chile called Peru's move a violation of the treaty", "said the test was a clear violation".
// The accusation's cue is the verb of saying or naming: the saying is the event.
import readingsData from '../../../data/speechReadings.json';
import type { RolePair } from '../assignRoles';
import type { FoundCue } from '../findCues';
import { LEXICON } from '../lexicon';
import type { Mention, SpeechFrame } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import type { NamedEvent } from './eventAnaphora';
import { ROLE_FRAMES } from './roleFrames';
import { treeModality } from './treeModality';
import { utteranceIssuers } from './utteranceIssuers';
import { blamesHarm, isBlameAdjective, isWrongdoingVerb, saysWrong, wrongClause, wrongedActOf } from './wrongdoingActs';

const JUDGING_VERBS: ReadonlySet<string> = new Set(readingsData.judgingVerbs);
const WRONG_NAMES: ReadonlySet<string> = new Set([...readingsData.wrongdoingNouns, ...readingsData.wrongdoingAdjectives]);
const NAMING_VERBS: ReadonlySet<string> = new Set(readingsData.namingVerbs);
// How a complement hangs on the verb that says or judges it.
const COMPLEMENT_DEPS = new Set(['ccomp', 'parataxis']);
// Modifiers of an act noun that name its doer ("Russia's invasion", "the Russian invasion", "US strikes").
const DOER_DEPS = ['nmod:poss', 'amod', 'compound'];
const NAME_PART_DEPS = new Set(['flat', 'appos', 'compound']);
// How the parser may hang the name on the act it names ("called Peru's move a violation"; a noun taking an object is one such misreading).
const NAME_ON_ACT_DEPS = new Set(['nmod:unmarked', 'appos', 'xcomp', 'obj']);

/** A cue the tree reading made up, with its pairs already read. */
export interface StatedCue extends FoundCue {
  stated: RolePair[];
  /** The saying makes the relation now, whatever tense the words have ("will respond to X's provocations" threatens today). */
  madeBySaying?: boolean;
}

/** A cue whose pairs a reading of the tree gave already. */
export function isStated(cue: FoundCue): cue is StatedCue {
  return 'stated' in cue;
}

export interface JudgementContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  frames: readonly SpeechFrame[];
  accusationCameo: string;
  /** Events named before, in text order: the doer of "the captain's detention" is whoever detained him. */
  earlier: readonly NamedEvent[];
  /** The sentence's token range [first, end). */
  first: number;
  end: number;
}

/** The verb saying or judging the clause headed by `n`, with whoever says it; or null. */
export function judgeOf(ctx: JudgementContext, n: number): { verb: number; judges: Mention[] } | null {
  const { tree } = ctx;
  let clause = n;
  while (tree.dep(clause) === 'conj' && tree.head(clause) >= 0) clause = tree.head(clause);
  const g = tree.head(clause);
  if (g >= 0 && COMPLEMENT_DEPS.has(tree.baseDep(clause)) && g < clause) {
    const lemma = tree.token(g).lemma;
    if (LEXICON.speechVerbs.has(lemma) || JUDGING_VERBS.has(lemma)) {
      // The speaker the speech frames found, where the tree's subject names no actor ("A provincial official - X - said").
      const framed = ctx.frames.find((f) => f.verb === g)?.speaker;
      const judges = ctx.mentions.group(activeSubject(tree, g));
      if (judges.length === 0 && framed) judges.push(framed);
      return judges.length > 0 ? { verb: g, judges } : null;
    }
  }
  // "The rebels violated the truce, Ethiopia said": the attribution the speech frames found.
  // A claim noun's clause ("Indian claims that ...") is only reported: its owner's judgement is not stated.
  const frame = ctx.frames.find((f) => f.speaker && n >= f.start && n < f.end && (f.verb < f.start || f.verb >= f.end) && tree.token(f.verb).pos !== 'NOUN');
  return frame?.speaker ? { verb: frame.verb, judges: [frame.speaker] } : null;
}

/** Whoever did the act the noun `n` names: its possessor or actor modifier, or its "by" agent. */
function doersOf(ctx: JudgementContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const patientDoer = patientEventDoer(ctx, n);
  if (patientDoer) return [patientDoer];
  // "the captain's detention": the owner of an act done to someone is who it is done to.
  const t = tree.token(n);
  const doneToOwner = ROLE_FRAMES.eventPatientNouns.has(t.lemma) || ROLE_FRAMES.notOwners.has(t.lemma) || ROLE_FRAMES.notOwners.has(t.norm);
  for (const c of doneToOwner ? [] : tree.children(n, ...DOER_DEPS)) {
    const m = mentions.modifierAt(c);
    if (m) return [m];
  }
  const by = tree.children(n, 'nmod').find((c) => c > n && tree.caseOf(c) === 'by');
  return mentions.group(by);
}

/**
 * "Gross's detention", "the detention of Gross": an act done to its owner or "of" patient
 * (data/roleFrames.json, eventPatientNouns) was done by the doer of the document's latest earlier
 * act of that kind on the same patient ("Cuba arrested Alan Gross").
 */
function patientEventDoer(ctx: JudgementContext, n: number): Mention | null {
  const { tree, mentions } = ctx;
  const relations = ROLE_FRAMES.eventPatientNouns.get(tree.token(n).lemma);
  if (!relations || tree.children(n, 'nmod').some((c) => tree.caseOf(c) === 'by')) return null;
  const of = tree.children(n, 'nmod').find((c) => c > n && tree.caseOf(c) === 'of');
  const owners = tree.children(n, 'nmod:poss', 'compound').filter((c) => c < n);
  if (of !== undefined && owners.length > 0) return null;
  const patients = new Set((of === undefined ? owners : [of]).flatMap((k) => mentions.group(k)).map((m) => m.actorId));
  const sentence = tree.token(n).sentence;
  for (let i = ctx.earlier.length - 1; i >= 0; i--) {
    const e = ctx.earlier[i]!.event;
    if (ctx.earlier[i]!.sentence === sentence || !relations.includes(e.relation) || !patients.has(e.target)) continue;
    const surface = tree.token(n).text;
    const note = `"${surface}" read as done by the doer of the event named before: ${e.source} ${e.relation} ${e.target}`;
    return { actorId: e.source, form: 'role', tokenStart: n, tokenEnd: n + 1, sentence, surface, note };
  }
  return null;
}

/** Who judges through the naming verb `verb`: its subject, or the issuer of the statement a clause on it hangs on ("a statement from X that called ..."). */
export function namingJudges(ctx: JudgementContext, verb: number): Mention[] {
  const subject = activeSubject(ctx.tree, verb) ?? nameBeforeNamingVerb(ctx.tree, verb);
  const judges = ctx.mentions.group(subject);
  return judges.length > 0 ? judges : utteranceIssuers(ctx.tree, ctx.mentions, subject);
}

/** The act stated as done: no negation, condition, modal or request on it. */
export function statedAsDone(tree: DependencyTree, n: number): boolean {
  return treeModality(tree, n) === null;
}

function cueAt(ctx: JudgementContext, verb: number, pairs: RolePair[]): StatedCue {
  return { relation: 'accusation', cameo: ctx.accusationCameo, kind: 'verb', tokenStart: verb, tokenEnd: verb + 1, stated: pairs };
}

export function pairsOf(judges: readonly Mention[], accused: readonly Mention[], strength: number): RolePair[] {
  const out: RolePair[] = [];
  for (const source of judges) for (const target of accused) if (source.actorId !== target.actorId) out.push({ source, target, strength });
  return out;
}

/** Who did what the subject `s` names: the actor it is, or the doer of the act it names ("North Korea's actions"). */
function accusedOf(ctx: JudgementContext, s: number | undefined): Mention[] {
  const accused = ctx.mentions.group(s);
  return accused.length > 0 || s === undefined || ctx.tree.token(s).pos !== 'NOUN' ? accused : doersOf(ctx, s);
}

/** "X said (that) Y violated Z", "X said Y was trying to destabilize Z": Y's wrong, judged by X. */
function wrongVerb(ctx: JudgementContext, v: number, wrong = saysWrong(ctx.tree, v)): StatedCue | null {
  const { tree } = ctx;
  if (tree.token(v).pos !== 'VERB' || !wrong) return null;
  const clause = wrongClause(tree, v);
  if (!statedAsDone(tree, clause)) return null;
  const accused = accusedOf(ctx, activeSubject(tree, v));
  const judge = accused.length > 0 ? judgeOf(ctx, clause) : null;
  const pairs = judge ? pairsOf(judge.judges, accused, 0.75) : [];
  return judge && pairs.length > 0 ? cueAt(ctx, judge.verb, pairs) : null;
}

/** "X said Y was responsible for the attack": an actor blamed for a harm in what X says. */
function blamedWrong(ctx: JudgementContext, a: number): StatedCue | null {
  const { tree } = ctx;
  if (!blamesHarm(tree, a) || !statedAsDone(tree, a)) return null;
  const accused = accusedOf(ctx, tree.children(a, 'nsubj')[0]);
  const judge = accused.length > 0 ? judgeOf(ctx, a) : null;
  const pairs = judge ? pairsOf(judge.judges, accused, 0.7) : [];
  return judge && pairs.length > 0 ? cueAt(ctx, judge.verb, pairs) : null;
}

/**
 * "Chile called Peru's move a violation" read with "called" as a participle on the name rooting the
 * sentence: a participle never takes both an act and a name for it, so the name is its subject.
 */
function nameBeforeNamingVerb(tree: DependencyTree, verb: number): number | undefined {
  let name = tree.head(verb);
  if (tree.baseDep(verb) !== 'acl' || name < 0 || name > verb) return undefined;
  // "Ban Ki-moon called ..." with the participle on the last part of the name.
  if (NAME_PART_DEPS.has(tree.dep(name)) && tree.head(name) >= 0) name = tree.head(name);
  // A name opening the sentence may be tagged a common noun ("Chile called ..."); only a mention there judges.
  return tree.head(name) < 0 && (tree.token(name).pos === 'PROPN' || tree.token(name).pos === 'NOUN') ? name : undefined;
}

/** The naming verb giving `name` to an act, with that act: "called [Y's act] [a violation]"; or null. */
export function namingOf(tree: DependencyTree, name: number): { verb: number; act: number } | null {
  const h = tree.head(name);
  if (h < 0) return null;
  // "called Somalia's allegations baseless" may come with the adjective read as a modifier of the verb.
  const complement = tree.baseDep(name) === 'xcomp' || (tree.baseDep(name) === 'advmod' && tree.token(name).pos === 'ADJ');
  if (complement && NAMING_VERBS.has(tree.token(h).lemma)) {
    // The act is the verb's object, or a first open complement the parser took it for ("called Russia's invasion "a violation"").
    // Or a noun the parser hung on the name itself ("called [Gross's detention] unlawful" read as one phrase).
    const act =
      tree.children(h, 'obj')[0] ??
      tree.children(h, 'xcomp').find((c) => c < name && tree.token(c).pos === 'NOUN') ??
      tree.children(name, 'compound', 'nsubj').find((c) => c < name && tree.token(c).pos === 'NOUN');
    return act === undefined ? null : { verb: h, act };
  }
  // "called Peru's move a violation" read with the name hung on the act.
  const verb = tree.head(h);
  const onAct = NAME_ON_ACT_DEPS.has(tree.dep(name)) && h < name && ['obj', 'xcomp'].includes(tree.baseDep(h));
  return onAct && verb >= 0 && NAMING_VERBS.has(tree.token(verb).lemma) ? { verb, act: h } : null;
}

/** "X called Y's act a violation / unlawful": the naming verb's object is the act, its doer the accused. */
function namedWrong(ctx: JudgementContext, name: number): StatedCue | null {
  const { tree } = ctx;
  const naming = namingOf(tree, name);
  if (!naming || !statedAsDone(tree, naming.verb)) return null;
  const pairs = pairsOf(namingJudges(ctx, naming.verb), doersOf(ctx, naming.act), 0.7);
  return pairs.length > 0 ? cueAt(ctx, naming.verb, pairs) : null;
}

/** "X said Y's test was a clear violation": a copular judgement of an act inside what X says. */
function copularWrong(ctx: JudgementContext, name: number): StatedCue | null {
  const { tree } = ctx;
  if (tree.children(name, 'cop').length === 0 || !statedAsDone(tree, name)) return null;
  const act = tree.children(name, 'nsubj')[0];
  const judge = act === undefined ? null : judgeOf(ctx, name);
  const pairs = judge && act !== undefined ? pairsOf(judge.judges, doersOf(ctx, act), 0.7) : [];
  return judge && pairs.length > 0 ? cueAt(ctx, judge.verb, pairs) : null;
}

/** The accusation the word `n` makes by judging an act wrong, if any. */
function wrongAt(ctx: JudgementContext, n: number): StatedCue | null {
  const t = ctx.tree.token(n);
  if (isWrongdoingVerb(t.lemma)) return wrongVerb(ctx, n);
  const act = wrongedActOf(ctx.tree, n);
  if (act !== undefined) return wrongVerb(ctx, act, true);
  if (isBlameAdjective(t.lemma)) return blamedWrong(ctx, n);
  return WRONG_NAMES.has(t.lemma) || WRONG_NAMES.has(t.norm) ? (namedWrong(ctx, n) ?? copularWrong(ctx, n)) : null;
}

/** Accusations a sentence makes by judging acts wrong, as cues with their pairs read. */
export function judgedWrongs(ctx: JudgementContext): StatedCue[] {
  const out: StatedCue[] = [];
  for (let n = ctx.first; n < ctx.end; n++) {
    const cue = wrongAt(ctx, n);
    if (cue) out.push(cue);
  }
  return out;
}
