// Requests read from the verb answering them: "the Brotherhood rejected calls by the interim president
// to negotiate", "Kenya heeded a plea from the AU", "the rebels defied demands by the army". The
// request's owner (possessor, actor modifier, "by"/"from" agent) asked the answering verb's subject
// (data/speechReadings.json answeringVerbs, answeredRequestNouns). The noun asks the subject only
// with a "for" phrase or a "to" clause ("calls by X for talks"): "calls from X" may be phone calls,
// "dismissed the demand from X" a demand on someone else.
import readingsData from '../../../data/speechReadings.json';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import { claimOwner } from './claimOwner';
import type { DependencyTree } from './dependencyTree';
import { pairsOf, type StatedCue } from './judgedWrongs';

interface RequestNoun {
  relation: string;
  cameo: string;
}

const ANSWERING_VERBS: ReadonlySet<string> = new Set(readingsData.answeringVerbs);
const REQUEST_NOUNS: ReadonlyMap<string, RequestNoun> = new Map(Object.entries(readingsData.answeredRequestNouns as Record<string, RequestNoun>));

export interface AnsweredRequestContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  first: number;
  end: number;
}

/** A "to" clause on the node ("calls ... to negotiate"), after `after`. */
function infinitiveOn(tree: DependencyTree, node: number, after: number): boolean {
  return tree.children(node, 'acl', 'advcl', 'xcomp').some((c) => c > after && tree.children(c, 'mark').some((m) => tree.token(m).norm === 'to'));
}

/** A "for" phrase on the node, after `after`. */
function forPhraseOn(tree: DependencyTree, node: number, after: number): boolean {
  return tree.children(node, 'nmod', 'obl').some((c) => c > after && tree.caseOf(c) === 'for');
}

/** The request noun asks for something: a "for" phrase or a "to" clause of its own, or one the parser hung on the verb after it. */
function asksForSomething(tree: DependencyTree, v: number, noun: number): boolean {
  return forPhraseOn(tree, noun, noun) || forPhraseOn(tree, v, noun) || infinitiveOn(tree, noun, noun) || infinitiveOn(tree, v, noun);
}

/** Requests the sentence names through a verb answering them, as cues with their pairs read. */
export function answeredRequests(ctx: AnsweredRequestContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const out: StatedCue[] = [];
  for (let v = ctx.first; v < ctx.end; v++) {
    if (tree.token(v).pos !== 'VERB' || !ANSWERING_VERBS.has(tree.token(v).lemma)) continue;
    for (const noun of tree.children(v, 'obj')) {
      const t = tree.token(noun);
      const request = REQUEST_NOUNS.get(t.lemma) ?? REQUEST_NOUNS.get(t.norm);
      if (!request || t.pos !== 'NOUN' || !asksForSomething(tree, v, noun)) continue;
      // "calls on Israel by the UN": the one asked is named on the noun, and read there.
      if (tree.children(noun, 'nmod').some((c) => tree.caseOf(c) === 'on')) continue;
      const stated = pairsOf(claimOwner(tree, mentions, v, noun), mentions.group(activeSubject(tree, v)), 0.7);
      if (stated.length > 0) out.push({ relation: request.relation, cameo: request.cameo, kind: 'noun', tokenStart: noun, tokenEnd: noun + 1, stated });
    }
  }
  return out;
}
