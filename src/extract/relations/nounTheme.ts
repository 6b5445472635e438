// "the recognition of Somaliland by Ethiopia", "Washington's backing of the rebels": once a noun's doer
// is named apart (its possessor, an actor modifier or a "by" phrase), its "of" phrase can only be what
// the act is done to, whatever prepositions the relation usually takes (data/roleFrames.json, nounTargets).
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';
import type { NounPhrases } from './nominalPhrases';
import { attachedTargets } from './verbalFrame';

const OF: ReadonlySet<string> = new Set(['of']);

/**
 * The actors of the "of" phrase of an event noun whose doer is named apart, for a directed relation
 * (symmetric and mutual nouns list their sides after "of": "the meeting of A and B").
 */
export function themeTargets(ctx: FrameContext, n: number, found: { owned: boolean; sources: Mention[]; phrases: NounPhrases; adjunctDoer?: boolean }): Mention[] {
  const { cue } = ctx;
  if (cue.symmetric || cue.mutual || cue.betweenParties) return [];
  if (found.owned || found.adjunctDoer) return attachedTargets(ctx, [n], OF);
  // The phrases as written, where the tree hung them elsewhere: only when their "by" phrase named the doer.
  const byPhrase = found.sources.length > 0 && found.sources.every((s) => found.phrases.agents.includes(s));
  return byPhrase ? found.phrases.themes : [];
}
