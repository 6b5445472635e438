// Who did what to whom, read from a sentence's dependency tree: the cue's frame (verbal or nominal)
// gives source and target mentions. The entry point of this stage for extractEvents.
import type { CueMatch } from '../assignRoles';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import type { DependencyTree } from './dependencyTree';
import { cueHead, type FrameContext, type FrameReading } from './frameContext';
import { nominalRoles } from './nominalFrame';
import { ROLE_FRAMES } from './roleFrames';
import { verbalRoles } from './verbalFrame';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
const NOMINAL_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'nmod', 'nmod:poss', 'compound', 'appos', 'conj', 'root']);

/**
 * A cue is read as a noun when it heads a nominal: a noun cue, or a phrase whose head word is a
 * noun ("nuclear talks"); a verb cue the parser reads as a noun stays a verb only when it has a
 * subject or object of its own.
 */
function readAsNoun(tree: DependencyTree, cue: CueMatch, head: number): boolean {
  const t = tree.token(head);
  // "before meeting Abiy Ahmed": a gerund noun cue with an object of its own (no noun has one) is a verb.
  if (cue.kind === 'noun') return !(t.norm.endsWith('ing') && tree.children(head, 'obj').length > 0);
  if (cue.kind === 'phrase') return NOMINAL_POS.has(t.pos) && NOMINAL_DEPS.has(tree.dep(head));
  // "Azerbaijan's shelling of Armenian villages": a gerund with a possessor and no object is a noun.
  return t.norm.endsWith('ing') && tree.children(head, 'nmod:poss').length > 0 && tree.children(head, 'obj', 'nsubj').length === 0;
}

/**
 * "joint U.S. and Iraqi efforts" read with "joint" as a verb taking "efforts" as its object: a phrase
 * opened by a word that only ever modifies its noun (data/roleFrames.json, nounPhraseOpeners) is headed by that noun.
 */
function openerHeadedNoun(tree: DependencyTree, cue: CueMatch, head: number): number | undefined {
  if (cue.kind === 'verb' || head !== cue.tokenStart || !ROLE_FRAMES.nounPhraseOpeners.has(tree.token(head).norm)) return undefined;
  const last = cue.tokenEnd - 1;
  return NOMINAL_POS.has(tree.token(last).pos) && tree.head(last) === head && tree.baseDep(last) === 'obj' ? last : undefined;
}

/** Source and target pairs of one cue from the tree; `speaker` says who "our" and "my" are. */
export function readRoles(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, speaker?: Mention): FrameReading {
  const noun = openerHeadedNoun(tree, cue, cueHead(tree, cue));
  if (noun !== undefined) return nominalRoles({ tree, mentions, cue, head: noun, ...(speaker ? { speaker } : {}) });
  const head = cueHead(tree, cue);
  const ctx: FrameContext = { tree, mentions, cue, head, ...(speaker ? { speaker } : {}) };
  return readAsNoun(tree, cue, head) ? nominalRoles(ctx) : verbalRoles(ctx);
}
