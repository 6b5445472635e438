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
import { treeModality } from './treeModality';

const APPEAL_CAMEO = relationsData.relations.find((r) => r.id === 'appeal')?.cameo[0] ?? '';

export interface ObligationContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  first: number;
  end: number;
}

/** "X said (that) Y must V": Y, when Y is named; none when the clause asks nothing of a named actor. */
function askedOf(ctx: ObligationContext, v: number): RolePair[] {
  const { tree, mentions } = ctx;
  const out: RolePair[] = [];
  for (const x of tree.children(v, 'ccomp')) {
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
