// "promised Ukraine more aid", "offered Kenya military assistance": the recipient of a verb of giving
// (data/roleFrames.json, recipientVerbs) stands right after it, before the event noun it takes; the
// parser often hangs the name on the noun as a compound, as if the aid were Ukraine's. With a modifier
// between the name and the noun, the name is the recipient and so the target; without one ("sent US
// aid") it may be the aid's owner, and nothing is read.
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'DET', 'NUM', 'VERB']);

export function compoundRecipient(ctx: FrameContext, n: number, light: number | undefined): Mention[] {
  const { tree, mentions } = ctx;
  if (light === undefined || tree.head(n) !== light || tree.baseDep(n) !== 'obj' || !ROLE_FRAMES.recipientVerbs.has(tree.token(light).lemma)) return [];
  for (const c of tree.children(n, 'compound')) {
    const m = c < n ? mentions.spanAt(c) : undefined;
    if (!m || m.tokenStart !== light + 1 || m.tokenEnd >= n) continue;
    // Only lowercase modifiers between the name and the noun ("more", "military", "humanitarian").
    let k = m.tokenEnd;
    while (k < n && MODIFIER_POS.has(tree.token(k).pos) && !/^\p{Lu}/u.test(tree.token(k).text)) k++;
    if (k === n) return [m];
  }
  return [];
}
