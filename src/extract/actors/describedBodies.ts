// "the U.N. nuclear watchdog", "the UN's atomic agency", "the Western alliance": a body the dictionary
// knows, named by a description declared in data/describedBodies.json.
import data from '../../../data/describedBodies.json';
import type { Token } from '../types';
import type { DiscoveryState } from './discoveryState';
import { wordClass } from '../wordClass';

interface Description {
  body: string;
  words: string[];
  owner?: string;
  bare: boolean;
}

type BodyData = Record<string, { owner?: string; descriptions: string[]; bare?: boolean }>;

const DESCRIPTIONS: readonly Description[] = Object.entries(data.bodies as BodyData)
  .flatMap(([body, v]) => v.descriptions.map((d) => ({ body, words: d.replace(/'s\b/g, " 's").split(/\s+/), ...(v.owner ? { owner: v.owner } : {}), bare: v.bare === true })))
  .sort((a, b) => b.words.length - a.words.length);

/** The end of description d's words at token i, or -1; the phrase must end its noun phrase ("nuclear watchdog chief" is a person). */
function wordsEnd(tokens: readonly Token[], i: number, d: Description): number {
  if (!d.words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k]!.sentence === tokens[i]!.sentence)) return -1;
  const end = i + d.words.length;
  const next = tokens[end];
  const continues = next !== undefined && next.sentence === tokens[i]!.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN');
  return continues ? -1 : end;
}

function describe(s: DiscoveryState, start: number, end: number, d: Description): void {
  const added = s.addMention(d.body, start, end, 'role');
  added.note = `"${s.slice(start, end)}" read as ${s.dict.get(d.body)?.label ?? d.body}: a description of it declared in data/describedBodies.json`;
}

/** Reads declared descriptions of known bodies, after their owner's name or, where declared bare, after "the". */
export function readDescribedBodies(s: DiscoveryState): void {
  const { tokens } = s;
  const usable = DESCRIPTIONS.filter((d) => s.dict.get(d.body) !== undefined);
  for (const m of s.known) {
    if (s.isSuperseded(m)) continue;
    const at = tokens[m.tokenEnd]?.norm === "'s" ? m.tokenEnd + 1 : m.tokenEnd;
    for (const d of usable) {
      if (d.owner !== m.actorId || s.covered[at] !== undefined && s.covered[at] !== m) continue;
      const end = wordsEnd(tokens, at, d);
      if (end < 0) continue;
      s.supersede(m);
      describe(s, m.tokenStart, end, d);
      break;
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.norm !== 'the' || s.covered[i]) continue;
    const d = usable.find((x) => x.bare && wordsEnd(tokens, i, x) >= 0);
    if (!d) continue;
    const end = wordsEnd(tokens, i, d);
    if (tokens.slice(i, end).some((_, k) => s.covered[i + k])) continue;
    describe(s, i, end, d);
  }
}
