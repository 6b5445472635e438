// "Koirala and Prachanda held a meeting on Sunday. ... Officials say the meeting between the rebel
// leadership and the prime minister was aimed at restoring trust": a definite event noun between the
// same relation and an actor in common restates the act named before, so it takes that act's date.
import dateWords from '../../data/dateWords.json';
import type { NamedEvent } from './relations/eventAnaphora';
import type { ResolvedDate } from './resolveEventDate';
import type { Token } from './types';

const DEFINITE = new Set(dateWords.restatingDeterminers);

/** Whether the noun cue at `cue` follows a definite determiner right away ("the meeting"; "the first clashes" names a new one). */
function definiteNoun(tokens: readonly Token[], cue: number): boolean {
  const before = tokens[cue - 1];
  return before !== undefined && before.sentence === tokens[cue]!.sentence && DEFINITE.has(before.norm);
}

/** The date of the latest act before sentence `sentence` of the cue's relation sharing an actor with one of `pairs`, dated to a day by its own text. */
export function restatedEventDate(tokens: readonly Token[], cue: { tokenStart: number; kind: string; relation: string }, pairs: readonly { source: string; target: string }[], earlier: readonly NamedEvent[], sentence: number): ResolvedDate | undefined {
  if (cue.kind !== 'noun' || !definiteNoun(tokens, cue.tokenStart)) return undefined;
  // One actor shared is enough: the restating noun often names a side otherwise ("the rebel leadership" for Prachanda).
  const same = (a: { source: string; target: string }, b: { source: string; target: string }) => [a.source, a.target].some((x) => x === b.source || x === b.target);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const { event: e, sentence: at } = earlier[k]!;
    if (at >= sentence || e.relation !== cue.relation || !pairs.some((p) => same(p, e))) continue;
    if (e.datePrecision !== 'day' || e.dateEnd || e.dateNote) return undefined;
    const noun = tokens[cue.tokenStart]!.text;
    return { date: e.date, precision: 'day', index: 0, text: '', note: `"the ${noun}" restates the act of its relation with the same actor named in sentence ${at + 1} ("${e.cue ?? e.relation}", ${e.date})` };
  }
  return undefined;
}
