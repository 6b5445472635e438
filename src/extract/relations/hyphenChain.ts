// "continued their tit-for-tat tariffs", "held face-to-face talks": a modifier of words joined by
// hyphens around function words, right before a noun, may be read as the clause's object with the
// noun it modifies hung apart (a parataxis). The chain modifies the noun, and the noun takes the arc
// and the dependents (possessor, determiner, adjectives) the chain's first word was given.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const HYPHEN = '-';
const FUNCTION_CLASSES: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'DET', 'PART']);
const MODIFIER_DEPS: ReadonlySet<string> = new Set(['det', 'nmod:poss', 'amod', 'nummod']);

/** The last token of a chain "w - f - w" (hyphens around function words) starting at `i`, or -1. */
function chainEnd(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  let links = 0;
  while (j + 2 < end && tokens[j + 1]!.text === HYPHEN && /^[a-z]+$/i.test(tokens[j + 2]!.text)) {
    j += 2;
    links++;
  }
  if (links < 2) return -1;
  // Inner words are function words ("for", "to", "of", "and"); the outer ones are not.
  for (let k = i + 2; k < j; k += 2) if (!FUNCTION_CLASSES.has(tokens[k]!.pos)) return -1;
  return FUNCTION_CLASSES.has(tokens[i]!.pos) || FUNCTION_CLASSES.has(tokens[j]!.pos) ? -1 : j;
}

function under(tokens: readonly Token[], node: number, top: number): boolean {
  for (let n = node, steps = 0; n >= 0 && steps < 40; n = tokens[n]!.head ?? -1, steps++) if (n === top) return true;
  return false;
}

/** Arcs hanging such a chain on the noun after it, where the parser hung the noun elsewhere. */
export function hyphenChain(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const last = chainEnd(tokens, i, sentence.endToken);
    const noun = last + 1;
    if (last < 0 || noun >= sentence.endToken || tokens[noun]!.pos !== 'NOUN') continue;
    const first = tokens[i]!;
    const head = first.head ?? -1;
    // Already a modifier of the noun, or hung inside the chain or under the noun: nothing to move.
    if (head < 0 || head === noun || (head > i && head <= last) || under(tokens, head, noun)) continue;
    out.set(noun, { head, dep: first.dep ?? 'dep' });
    out.set(i, { head: noun, dep: 'compound' }).set(last, { head: noun, dep: 'compound' });
    for (let k = i + 1; k < last; k++) out.set(k, { head: last, dep: tokens[k]!.text === HYPHEN ? 'punct' : 'case' });
    for (const c of dependentsOf(i)) if (c < i && MODIFIER_DEPS.has(tokens[c]!.dep ?? '')) out.set(c, { head: noun, dep: tokens[c]!.dep! });
    i = last;
  }
  return out;
}

/** The hyphen-joined words right before token `n` ("tit-for-tat" before "tariffs"), lowercased, or undefined. */
export function hyphenatedBefore(norms: (i: number) => string | undefined, n: number): string | undefined {
  const words: string[] = [];
  let j = n - 1;
  while (norms(j) !== undefined && norms(j) !== HYPHEN) {
    words.unshift(norms(j)!);
    if (norms(j - 1) !== HYPHEN) break;
    j -= 2;
  }
  return words.length >= 2 ? words.join(HYPHEN) : undefined;
}
