// Appeals made by saying what another actor must do ("should" only advises): "Russia said Sudan must return the
// helicopter", "activists say Gambari must press the junta" (the real-news standard codes this as an
// appeal to the one named; PLOVER as a DEMAND, to which appeals map). The complement's subject is asked
// to act; the saying is the appeal. One's own side is not asked ("he said his country must defend
// itself"), so a pronoun or a role noun as the complement's subject asks nobody, and knowing is no act
// ("Russia must know that ...").
import relationsData from '../../../data/relations.json';
import type { RolePair } from '../assignRoles';
import { LEXICON } from '../lexicon';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { pairsOf, type StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';
import { treeModality } from './treeModality';

const APPEAL_CAMEO = relationsData.relations.find((r) => r.id === 'appeal')?.cameo[0] ?? '';

export interface ObligationContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  first: number;
  end: number;
}

/**
 * "said Wednesday that Serbia must stop its support" read as a relative clause on the time word: a
 * "that" right after it opens the complement when it is the clause's mark, or an object the clause
 * does not need (it has an object of its own); not in "the day that Serbia chose".
 */
function thatOpens(tree: DependencyTree, that: number, x: number): boolean {
  if (!tree.contains(that) || tree.token(that).norm !== 'that' || tree.head(that) !== x) return false;
  const subject = tree.children(x, 'nsubj')[0];
  if (subject === undefined || subject === that) return false;
  return tree.dep(that) === 'mark' || (tree.baseDep(that) === 'obj' && tree.children(x, 'obj').some((o) => o !== that));
}

/** "X said (that) Y must V": Y, when Y is named; none when the clause asks nothing of a named actor. */
function askedOf(ctx: ObligationContext, v: number): RolePair[] {
  const { tree, mentions } = ctx;
  const out: RolePair[] = [];
  // "said Wednesday that X must ...": the parser may hang the clause on the time word after the verb.
  const times = tree.children(v).filter((c) => c > v && ROLE_FRAMES.timeNouns.has(tree.token(c).norm));
  const hungOnTime = times.flatMap((c) => tree.children(c, 'ccomp', 'acl', 'acl:relcl').filter((x) => thatOpens(tree, c + 1, x)));
  for (const x of [...tree.children(v, 'ccomp'), ...hungOnTime]) {
    if (!tree.children(x, 'aux').some((a) => LEXICON.obligingAuxiliaries.has(tree.token(a).norm)) || LEXICON.knowingVerbs.has(tree.token(x).lemma)) continue;
    const asked = mentions.group(tree.children(x, 'nsubj')[0]).filter((m) => m.form !== 'pronoun' && m.form !== 'role');
    if (asked.length > 0) out.push(...pairsOf(mentions.group(activeSubject(tree, v)), asked, 0.7));
  }
  return out;
}

/** Appeals a sentence makes by saying what another named actor must do, as cues with their pairs read. */
export function statedObligations(ctx: ObligationContext): StatedCue[] {
  const out: StatedCue[] = [];
  for (let n = ctx.first; n < ctx.end; n++) {
    const t = ctx.tree.token(n);
    if (t.pos !== 'VERB' || !LEXICON.speechVerbs.has(t.lemma) || treeModality(ctx.tree, n) !== null) continue;
    const stated = askedOf(ctx, n);
    if (stated.length > 0) out.push({ relation: 'appeal', cameo: APPEAL_CAMEO, kind: 'verb', tokenStart: n, tokenEnd: n + 1, stated });
  }
  return out;
}
