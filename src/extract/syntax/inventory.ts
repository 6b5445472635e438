import type { UdSentence } from './conllu';

/** The tag classes and dependency labels a model knows, in the order its weights use. */
export interface SyntaxInventory {
  /** Tag classes as "UPOS XPOS" pairs. */
  tagClasses: string[];
  labels: string[];
  /** Tagger template set the tagger was trained with (absent: 1; see tagger.ts). */
  taggerTemplates?: number;
}

/** Tag pairs seen fewer times than this in training fold into their UPOS's most frequent pair. */
const RARE_TAG_PAIR = 5;

function byCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}

export function buildInventory(sentences: readonly UdSentence[]): SyntaxInventory {
  const pairs = new Map<string, number>();
  const labels = new Map<string, number>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      const pair = `${t.upos} ${t.xpos}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      labels.set(t.deprel, (labels.get(t.deprel) ?? 0) + 1);
    }
  }
  const frequent = new Map([...pairs].filter(([, c]) => c >= RARE_TAG_PAIR));
  return { tagClasses: byCount(frequent), labels: byCount(labels) };
}

/** Tag class of a gold token: its own pair, else the most frequent pair with its UPOS, else 0. */
export function tagClassIndex(inventory: SyntaxInventory): (upos: string, xpos: string) => number {
  const exact = new Map(inventory.tagClasses.map((pair, i) => [pair, i]));
  const byUpos = new Map<string, number>();
  inventory.tagClasses.forEach((pair, i) => {
    const upos = pair.split(' ')[0]!;
    if (!byUpos.has(upos)) byUpos.set(upos, i);
  });
  return (upos, xpos) => exact.get(`${upos} ${xpos}`) ?? byUpos.get(upos) ?? 0;
}
