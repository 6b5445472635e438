// Relations reduced by acting on the noun that names them: "canceled planned meetings with Japan",
// "suspended military cooperation with Niger", "halted talks with the rebels", "cut off aid to Eritrea".
// A reducing verb whose object is a noun of contact, talks, ties or aid, with the party after
// "with"/"to", reduces relations with that party (CAMEO 16x: the relation holding the noun's code).
// Lifting verbs read the same way on a hostile measure ("lifted a day-old blockade on X": retreat;
// "eased the sanctions on X": concession). Words and codes in data/roleFrames.json (reducedRelations,
// liftedMeasures).
import type { RolePair } from '../assignRoles';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject, isPassive } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import type { FoundCue } from '../findCues';
import type { StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';

export interface ReducedContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  /** The relation a CAMEO code belongs to, if any. */
  relationOf: (cameo: string) => string | undefined;
  first: number;
  end: number;
}

/** Words of one reading: verbs and nouns acting on a noun of a relation, that noun's codes, and who it concerns. */
type ActingFrame = typeof ROLE_FRAMES.reducedRelations;

/** The noun's party: an actor after one of the frame's prepositions or "between"/"among", on the noun or on the verb. */
function partyOf(ctx: ReducedContext, frame: ActingFrame, noun: number, verb: number): number | undefined {
  const { tree } = ctx;
  const { targetPrepositions } = frame;
  const kind = measureKind(ctx, frame, noun);
  const names = (c: number) => c > noun && c !== kind && (targetPrepositions.has(tree.caseOf(c) ?? '') || ROLE_FRAMES.parties.has(tree.caseOf(c) ?? ''));
  return tree.children(noun, 'nmod').find(names) ?? tree.children(verb, 'obl').find(names);
}

/** The parties a party node names: its actors, or the owner of a noun standing for them ("among Sudan's feuding factions"). */
function partyActors(ctx: ReducedContext, party: number) {
  const named = ctx.mentions.group(party);
  return named.length > 0 ? named : ctx.mentions.group(ctx.tree.children(party, 'nmod:poss')[0]);
}

/** The frame's code for noun n, if it names one. */
const ownCode = (ctx: ReducedContext, frame: ActingFrame, n: number) => frame.nouns.get(ctx.tree.token(n).lemma) ?? frame.nouns.get(ctx.tree.token(n).norm);

/** The noun after "of" that says what kind of thing an object noun of no code of its own is ("the state of emergency"), if any. */
function measureKind(ctx: ReducedContext, frame: ActingFrame, o: number): number | undefined {
  if (ownCode(ctx, frame, o) !== undefined) return undefined;
  return ctx.tree.children(o, 'nmod').find((c) => c === o + 2 && ctx.tree.caseOf(c) === 'of' && ownCode(ctx, frame, c) !== undefined);
}

/** The reduction's CAMEO code: the object noun's, its modifier's ("halted mediation efforts") or its kind's ("lifted the state of emergency"). */
function reductionCode(ctx: ReducedContext, frame: ActingFrame, o: number): string | undefined {
  const modifier = ctx.tree.children(o, 'compound').find((c) => c === o - 1 && ownCode(ctx, frame, c) !== undefined);
  const kind = measureKind(ctx, frame, o);
  const named = modifier ?? kind;
  return ownCode(ctx, frame, o) ?? (named === undefined ? undefined : ownCode(ctx, frame, named));
}

/** A reduction read: the reducing verb as the cue, and the tokens of the noun it reduces. */
export interface ReducedCue extends StatedCue {
  /** First and last token of the reduced noun with its modifier ("mediation efforts"). */
  reducedNoun: [number, number];
}

/**
 * The cues found but for nouns a reduction acts on ("halted mediation efforts" mediates nothing,
 * "lifted a blockade" blockades nothing) and for phrases the reduction's own verb opens ("lift the blockade").
 */
export function withoutReduced<C extends FoundCue>(found: readonly C[], reduced: readonly ReducedCue[]): C[] {
  const inNoun = (f: C) => f.kind === 'noun' && reduced.some(({ reducedNoun: [a, b] }) => f.tokenStart >= a && f.tokenStart <= b);
  return found.filter((f) => !inNoun(f) && !reduced.some((r) => r.tokenStart === f.tokenStart));
}

/** The reduction of the noun `o` by the word `r` (verb or noun) done by `sources`, if it names a party. */
function reduction(ctx: ReducedContext, frame: ActingFrame, r: number, o: number, sources: readonly Mention[], kind: 'verb' | 'noun'): ReducedCue | undefined {
  const cameo = reductionCode(ctx, frame, o);
  const relation = cameo === undefined ? undefined : ctx.relationOf(cameo);
  const party = partyOf(ctx, frame, o, r);
  if (cameo === undefined || relation === undefined || party === undefined) return undefined;
  const stated: RolePair[] = [];
  for (const source of sources) for (const target of partyActors(ctx, party)) if (source.actorId !== target.actorId) stated.push({ source, target, strength: 0.75 });
  const modifier = ctx.tree.children(o, 'compound').find((c) => c === o - 1);
  return stated.length > 0 ? { relation, cameo, kind, tokenStart: r, tokenEnd: r + 1, stated, reducedNoun: [modifier ?? o, o] } : undefined;
}

/** Who does what a reducing noun names: its possessor ("Italy's suspension of"), or the subject of the light verb taking it ("announced a suspension of"). */
function nounDoers(ctx: ReducedContext, r: number): Mention[] {
  const { tree, mentions } = ctx;
  const owner = mentions.group(tree.children(r, 'nmod:poss')[0]);
  if (owner.length > 0) return owner;
  const g = tree.head(r);
  const light = g >= 0 && tree.baseDep(r) === 'obj' && ROLE_FRAMES.lightVerbs.has(tree.token(g).lemma) && !isPassive(tree, g);
  return light ? mentions.group(activeSubject(tree, g)) : [];
}

/** Relations one sentence reduces, or hostile measures it lifts, by acting on the noun that names them, as cues with their pairs read. */
export function reducedRelations(ctx: ReducedContext): ReducedCue[] {
  return [ROLE_FRAMES.reducedRelations, ROLE_FRAMES.liftedMeasures].flatMap((frame) => actedOnNouns(ctx, frame));
}

function actedOnNouns(ctx: ReducedContext, frame: ActingFrame): ReducedCue[] {
  const { tree, mentions } = ctx;
  const { verbs, reducingNouns } = frame;
  const out: ReducedCue[] = [];
  for (let v = ctx.first; v < ctx.end; v++) {
    const t = tree.token(v);
    if (t.pos === 'VERB' && verbs.has(t.lemma) && !isPassive(tree, v)) {
      const sources = mentions.group(activeSubject(tree, v));
      for (const o of sources.length > 0 ? tree.children(v, 'obj') : []) {
        const read = reduction(ctx, frame, v, o, sources, 'verb');
        if (read) out.push(read);
      }
    } else if (t.pos === 'NOUN' && reducingNouns.has(t.lemma)) {
      // "announced a suspension of air links with Yugoslavia", "a halt to aid to Eritrea".
      const sources = nounDoers(ctx, v);
      for (const o of sources.length > 0 ? tree.children(v, 'nmod').filter((c) => c > v && ['of', 'to'].includes(tree.caseOf(c) ?? '')) : []) {
        const read = reduction(ctx, frame, v, o, sources, 'noun');
        if (read) out.push(read);
      }
    }
  }
  return out;
}
