import type { ViewGraph } from './viewTypes';

/** When the stage draws fewer lines than it has (see thinLines). */
export interface ThinningLimits {
  /** Lines above which only one line per pair of actors is drawn. */
  onePerPairAbove: number;
  /** The most lines drawn at once (the ones standing for the most events). */
  cap: number;
}

/** The lines the overview leaves out, and what to tell users about it. */
export interface ThinnedLines {
  /** Lines not drawn unless they touch the actor or pair in focus. */
  readonly left: ReadonlySet<string>;
  /** Lines drawn. */
  readonly drawn: number;
  /** Lines the filters show (drawn or left out). */
  readonly total: number;
  /** Whether the cap, not only one line per pair, left lines out. */
  readonly capped: boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * In a dense graph the lines of one pair of actors lie on top of each other, and software WebGL
 * (no GPU) spends a frame's time on every pixel of every line: above `onePerPairAbove` lines only the
 * line of each pair standing for the most events (the first in graph order among equals) is drawn,
 * and at most `cap` lines in all, the ones standing for the most events. Null when every line is drawn.
 */
export function thinLines(graph: ViewGraph, limits: ThinningLimits): ThinnedLines | null {
  const total = graph.size;
  if (total <= limits.onePerPairAbove) return null;
  const best = new Map<string, { line: string; count: number }>();
  graph.forEachEdge((line, attrs, source, target) => {
    const key = pairKey(source, target);
    const count = attrs.count ?? 1;
    const held = best.get(key);
    if (!held || count > held.count) best.set(key, { line, count });
  });
  let kept = [...best.values()];
  const capped = kept.length > limits.cap;
  if (capped) kept = kept.sort((a, b) => b.count - a.count).slice(0, limits.cap);
  const keptLines = new Set(kept.map((k) => k.line));
  const left = new Set<string>();
  graph.forEachEdge((line) => {
    if (!keptLines.has(line)) left.add(line);
  });
  return { left, drawn: total - left.size, total, capped };
}

/** Lines whose membership in `left` differs between two thinnings (to re-reduce). */
export function thinningChanges(before: ThinnedLines | null, after: ThinnedLines | null): string[] {
  const a = before?.left ?? new Set<string>();
  const b = after?.left ?? new Set<string>();
  const out: string[] = [];
  for (const line of a) if (!b.has(line)) out.push(line);
  for (const line of b) if (!a.has(line)) out.push(line);
  return out;
}

/** What the stage says about lines left out, or null when every shown line is drawn. */
export function thinningNote(thinned: ThinnedLines | null): string | null {
  if (!thinned || thinned.left.size === 0) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  const how = thinned.capped ? 'the ones standing for the most events, one per pair of actors' : 'one per pair of actors, the one standing for the most events';
  return `${n(thinned.drawn)} of ${n(thinned.total)} lines drawn: ${how}. Select an actor to see all of its lines.`;
}
