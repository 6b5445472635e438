// Requests made by saying what one wants another actor to do: "Obama wants Congress to lift the
// embargo", "called for ASEAN to take a united stand" (appeals to the one asked), "Washington wants
// Gross released" (a demand on whoever holds Gross, the doer of the document's earlier act on him).
// The request's cue is the verb of wanting or calling: the saying is the event.
import readingsData from '../../../data/speechReadings.json';
import type { RolePair } from '../assignRoles';
import type { FoundCue } from '../findCues';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import type { NamedEvent } from './eventAnaphora';
import type { StatedCue } from './judgedWrongs';
import { treeModality } from './treeModality';

const WANTING_VERBS: ReadonlySet<string> = new Set(readingsData.wantingVerbs);
const DIRECTING_VERBS: ReadonlySet<string> = new Set(readingsData.directingVerbs);
const CALLING_PHRASES: ReadonlyMap<string, string> = new Map(readingsData.callingPhrases.map((p) => [p.split(' ')[0]!, p.split(' ')[1]!]));
const RELEASE_VERBS: ReadonlySet<string> = new Set(readingsData.releaseVerbs);
const HOLDING_RELATIONS: ReadonlySet<string> = new Set(readingsData.holdingRelations);

export interface RequestContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  /** Events named before, in text order, for "wants Gross released": who holds Gross. */
  earlier: readonly NamedEvent[];
  /** CAMEO codes of the appeal and demand they make. */
  appealCameo: string;
  releaseDemandCameo: string;
  first: number;
  end: number;
}

function toInfinitive(tree: DependencyTree, v: number): boolean {
  return tree.token(v).pos === 'VERB' && tree.children(v, 'mark').some((m) => tree.token(m).norm === 'to');
}

function pairsOf(sources: readonly Mention[], targets: readonly Mention[], strength: number): RolePair[] {
  const out: RolePair[] = [];
  for (const source of sources) for (const target of targets) if (source.actorId !== target.actorId) out.push({ source, target, strength });
  return out;
}

function cue(relation: string, cameo: string, start: number, end: number, stated: RolePair[]): StatedCue | null {
  return stated.length > 0 ? { relation, cameo, kind: 'verb', tokenStart: start, tokenEnd: end, stated } : null;
}

/** The doer of the latest earlier act that holds `patient` (a detention, an abduction), as a mention at `at`. */
function holderOf(ctx: RequestContext, patient: Mention, at: number): Mention | null {
  const sentence = ctx.tree.token(at).sentence;
  for (let i = ctx.earlier.length - 1; i >= 0; i--) {
    const e = ctx.earlier[i]!;
    if (e.sentence === sentence && e.token >= at) continue;
    if (!HOLDING_RELATIONS.has(e.event.relation) || e.event.target !== patient.actorId) continue;
    const surface = ctx.tree.token(at).text;
    const note = `"${surface}" asks the release of ${patient.surface}, held by the doer of the event named before: ${e.event.source} ${e.event.relation} ${e.event.target}`;
    return { actorId: e.event.source, form: 'role', tokenStart: at, tokenEnd: at + 1, sentence, surface, note };
  }
  return null;
}

/** "X wants Y to V" (an appeal to Y); "X wants Y released" (a demand on whoever holds Y). */
function wanting(ctx: RequestContext, w: number): StatedCue | null {
  const { tree, mentions } = ctx;
  if (treeModality(tree, w) !== null) return null;
  const object = tree.children(w, 'obj')[0];
  const done = tree.children(w, 'xcomp').find((x) => object !== undefined && x > object);
  const asked = mentions.group(object);
  if (done === undefined || asked.length === 0) return null;
  const wanters = mentions.group(activeSubject(tree, w));
  if (toInfinitive(tree, done)) return cue('appeal', ctx.appealCameo, w, w + 1, pairsOf(wanters, asked, 0.75));
  // "wants Gross released": a past participle of release, with no "to".
  const participle = tree.token(done).norm !== tree.token(done).lemma && !tree.token(done).norm.endsWith('ing');
  if (!participle || !RELEASE_VERBS.has(tree.token(done).lemma) || asked.length !== 1) return null;
  const holder = holderOf(ctx, asked[0]!, done);
  return holder ? cue('demand', ctx.releaseDemandCameo, w, w + 1, pairsOf(wanters, [holder], 0.7)) : null;
}

/** "told Uganda to withdraw", "encouraged Kenya to join the talks": an appeal to the one told. */
function directing(ctx: RequestContext, v: number): StatedCue | null {
  const { tree, mentions } = ctx;
  if (treeModality(tree, v) !== null) return null;
  const object = tree.children(v, 'obj', 'iobj')[0];
  const done = tree.children(v, 'xcomp', 'advcl').find((x) => object !== undefined && x > object && toInfinitive(tree, x));
  const asked = mentions.group(object);
  if (done === undefined || asked.length === 0) return null;
  return cue('appeal', ctx.appealCameo, v, v + 1, pairsOf(mentions.group(activeSubject(tree, v)), asked, 0.75));
}

/** "called for ASEAN to take a united stand": the one the infinitive's act is asked of. */
function callingFor(ctx: RequestContext, v: number): StatedCue | null {
  const { tree, mentions } = ctx;
  const preposition = CALLING_PHRASES.get(tree.token(v).lemma);
  if (!preposition || treeModality(tree, v) !== null) return null;
  const asked = tree.children(v, 'obl').find((o) => tree.caseOf(o) === preposition);
  if (asked === undefined) return null;
  const done = tree.children(v, 'advcl', 'xcomp').find((x) => x > asked && toInfinitive(tree, x)) ?? tree.children(asked, 'acl').find((x) => toInfinitive(tree, x));
  if (done === undefined) return null;
  const marker = tree.children(asked, 'case')[0] ?? v;
  return cue('appeal', ctx.appealCameo, v, marker + 1, pairsOf(mentions.group(activeSubject(tree, v)), mentions.group(asked), 0.75));
}

/** Appeals and demands a sentence makes by saying what another actor should do, as cues with their pairs read. */
export function statedRequests(ctx: RequestContext): StatedCue[] {
  const out: StatedCue[] = [];
  for (let n = ctx.first; n < ctx.end; n++) {
    const lemma = ctx.tree.token(n).lemma;
    if (ctx.tree.token(n).pos !== 'VERB') continue;
    const found = WANTING_VERBS.has(lemma) ? wanting(ctx, n) : DIRECTING_VERBS.has(lemma) ? directing(ctx, n) : CALLING_PHRASES.has(lemma) ? callingFor(ctx, n) : null;
    if (found) out.push(found);
  }
  return out;
}

/** Cues the text names, less those a stated request or judgement reads at the same words ("call for" asking ASEAN to act is an appeal). */
export function withoutRestated<C extends FoundCue>(found: readonly C[], stated: readonly StatedCue[]): C[] {
  // "told Putin to withdraw": the person told is spoken to as well as asked.
  return found.filter((f) => !stated.some((s) => s.tokenStart === f.tokenStart && s.relation !== 'accusation' && f.relation !== 'communication'));
}
