// Mediation said by an event's purpose: "Indonesia's foreign minister is in Bangkok for talks aimed
// at ending border clashes between Thailand and Cambodia", "Kenya held talks to end the fighting
// between Ethiopia and Eritrea", "Qatar's efforts to resolve the dispute between A and B". Whoever
// holds talks (or makes efforts) meant to end a conflict between two others stands between them; one
// of the two sides holding them negotiates and mediates nothing. Words in data/roleFrames.json.
import type { RolePair } from '../assignRoles';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { partiesUnder } from './frameContext';
import type { StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';

export interface PurposeContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  /** The relation of one standing between two parties, and its CAMEO code. */
  mediation: string;
  mediationCameo: string;
  first: number;
  end: number;
}

/** The verb a purpose clause on the noun opens: "talks to end X", "talks aimed at ending X", or on the light verb taking it ("held talks on Monday to end X"). */
function endingVerb(tree: DependencyTree, noun: number): number | undefined {
  const { aimVerbs, endingVerbs } = ROLE_FRAMES.purposeMediation;
  const g = tree.head(noun);
  const light = tree.baseDep(noun) === 'obj' && g >= 0 && ROLE_FRAMES.lightVerbs.has(tree.token(g).lemma) ? tree.children(g, 'advcl', 'xcomp') : [];
  for (const c of [...tree.children(noun, 'acl'), ...light]) {
    const lemma = tree.token(c).lemma;
    if (endingVerbs.has(lemma) && tree.children(c, 'mark').some((m) => tree.token(m).norm === 'to')) return c;
    if (!aimVerbs.has(lemma)) continue;
    const ending = tree.children(c, 'advcl', 'xcomp', 'obl').find((v) => endingVerbs.has(tree.token(v).lemma));
    if (ending !== undefined) return ending;
  }
  return undefined;
}

/** Who holds the talks: their owner ("Qatar's efforts"), the light verb's subject ("Kenya held talks"), or the subject of the clause they are the purpose of ("X is in Bangkok for talks"). */
function holders(tree: DependencyTree, mentions: SentenceMentions, noun: number): Mention[] {
  for (const c of tree.children(noun, 'nmod:poss', 'amod', 'compound')) {
    if (c > noun) continue;
    const own = mentions.modifierAt(c);
    if (own) return [own];
  }
  const g = tree.head(noun);
  if (g < 0) return [];
  const dep = tree.baseDep(noun);
  if (dep === 'obj' && ROLE_FRAMES.lightVerbs.has(tree.token(g).lemma)) return mentions.group(activeSubject(tree, g));
  if ((dep === 'obl' || dep === 'nmod') && tree.caseOf(noun) === 'for') {
    // "is in Bangkok for talks": the place is the predicate, its subject the traveller.
    const subject = tree.children(g, 'nsubj')[0];
    if (subject !== undefined && (tree.children(g, 'cop').length > 0 || tree.token(g).pos === 'VERB')) return mentions.group(subject);
  }
  return [];
}

/** Mediation pairs stated by the purpose of talks or efforts in one sentence, as cues with their pairs read. */
export function purposeMediations(ctx: PurposeContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const out: StatedCue[] = [];
  for (let n = ctx.first; n < ctx.end; n++) {
    const t = tree.token(n);
    if (!ROLE_FRAMES.purposeMediation.nouns.has(t.lemma) && !ROLE_FRAMES.purposeMediation.nouns.has(t.norm)) continue;
    const ending = endingVerb(tree, n);
    if (ending === undefined) continue;
    const sides = partiesUnder({ tree, mentions, cue: { relation: ctx.mediation, cameo: ctx.mediationCameo, kind: 'noun', tokenStart: n, tokenEnd: n + 1 }, head: n }, tree.children(ending, 'obj'));
    if (sides.length < 2) continue;
    const brokers = holders(tree, mentions, n);
    // One of the sides holding the talks negotiates: no mediation.
    if (brokers.length === 0 || brokers.some((b) => sides.some((s) => s.actorId === b.actorId))) continue;
    const stated: RolePair[] = brokers.flatMap((source) => sides.map((target) => ({ source, target, strength: 0.7 })));
    out.push({ relation: ctx.mediation, cameo: ctx.mediationCameo, kind: 'noun', tokenStart: n, tokenEnd: n + 1, betweenParties: true, stated });
  }
  return out;
}
