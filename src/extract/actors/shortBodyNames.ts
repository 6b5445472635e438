// "the Brotherhood" after "the Muslim Brotherhood", "the Front" after "the Polisario Front": "the" and
// the last word of a body's name the document used before stand for that body, when exactly one body
// named before ends with that word.
import { isCapitalized, type DiscoveryState } from './discoveryState';

const BODY_KINDS: ReadonlySet<string> = new Set(['group', 'organization']);

/** Takes "the" + the one capitalised word at `i` as the body named before whose name it ends; returns where to go on, or null. */
export function shortBodyName(s: DiscoveryState, i: number, end: number): number | null {
  const { tokens } = s;
  const t = tokens[i]!;
  if (end - i !== 1 || !isCapitalized(t) || tokens[i - 1]?.norm !== 'the' || tokens[i - 1]!.sentence !== t.sentence) return null;
  const bodies = new Set<string>();
  for (const m of [...s.known, ...s.mentions]) {
    if (m.tokenEnd > i || m.tokenEnd - m.tokenStart < 2 || s.isSuperseded(m) || !BODY_KINDS.has(s.kindOf(m.actorId) ?? '')) continue;
    if (tokens[m.tokenEnd - 1]!.text === t.text) bodies.add(m.actorId);
  }
  if (bodies.size !== 1) return null;
  const [id] = bodies;
  const m = s.addMention(id!, i, end, 'discovered');
  m.note = `"the ${t.text}" read as the one body named before whose name ends with "${t.text}"`;
  return end;
}
