import type { ViewGraph } from './viewTypes';
import { ITEMS_PER_STEP, runToEnd } from './stepwise';

/** When the stage draws fewer lines than it has (see thinLines). */
export interface ThinningLimits {
  /** Lines above which only one line per pair of actors is drawn. */
  onePerPairAbove: number;
  /** The most lines drawn at once (the ones standing for the most events). */
  cap: number;
}

/** The lines the overview draws when it leaves some out, and what to tell users about it. */
export interface ThinnedLines {
  /** Lines drawn; every other line is drawn only when it touches the actor or pair in focus. */
  readonly kept: ReadonlySet<string>;
  /** Lines drawn (kept.size). */
  readonly drawn: number;
  /** Lines the filters show (drawn or left out). */
  readonly total: number;
  /** Whether the cap, not only one line per pair, left lines out. */
  readonly capped: boolean;
}

/** Whether the overview leaves `line` out. */
export const isLeftOut = (thinned: ThinnedLines | null, line: string) => thinned !== null && !thinned.kept.has(line);

/**
 * In a dense graph the lines of one pair of actors lie on top of each other, and software WebGL
 * (no GPU) spends a frame's time on every pixel of every line: above `onePerPairAbove` lines only the
 * line of each pair standing for the most events (the first in graph order among equals) is drawn,
 * and at most `cap` lines in all, the ones standing for the most events. Null when every line is drawn.
 * Pairs are keyed by number (actor positions), not by strings: 47,000 lines take a few ms.
 */
export function thinLines(graph: ViewGraph, limits: ThinningLimits): ThinnedLines | null {
  return runToEnd(thinLinesSteps(graph, limits));
}

/** thinLines in steps: it pauses (yields) every ITEMS_PER_STEP lines. */
export function* thinLinesSteps(graph: ViewGraph, limits: ThinningLimits): Generator<void, ThinnedLines | null> {
  const total = graph.size;
  if (total <= limits.onePerPairAbove) return null;
  const position = new Map<string, number>();
  graph.forEachNode((node) => position.set(node, position.size));
  const actors = position.size;
  const lines: string[] = new Array<string>(total);
  const counts = new Float64Array(total);
  const best = bestOfPairs(actors);
  let i = 0;
  for (const { edge: line, attributes: attrs, source, target } of graph.edgeEntries()) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
    lines[i] = line;
    counts[i] = attrs.count ?? 1;
    const a = position.get(source)!;
    const b = position.get(target)!;
    const pair = a < b ? a * actors + b : b * actors + a;
    const held = best.get(pair);
    if (held < 0 || counts[i]! > counts[held]!) best.set(pair, i);
    i++;
  }
  yield;
  const kept = best.values();
  const capped = kept.length > limits.cap;
  const drawn = capped ? strongest(kept, counts, limits.cap) : kept;
  return { kept: new Set(drawn.map((k) => lines[k]!)), drawn: drawn.length, total, capped };
}

/** The best line of each pair so far (-1: none): a flat table for a few hundred actors, a map beyond. */
function bestOfPairs(actors: number): { get(pair: number): number; set(pair: number, line: number): void; values(): number[] } {
  if (actors * actors <= 1 << 22) {
    const table = new Int32Array(actors * actors).fill(-1);
    return { get: (pair) => table[pair]!, set: (pair, line) => void (table[pair] = line), values: () => Array.from(table).filter((line) => line >= 0) };
  }
  const map = new Map<number, number>();
  return { get: (pair) => map.get(pair) ?? -1, set: (pair, line) => void map.set(pair, line), values: () => [...map.values()] };
}

/** The `cap` lines of `kept` standing for the most events, the earlier first among equals. */
function strongest(kept: number[], counts: Float64Array, cap: number): number[] {
  const sorted = Float64Array.from(kept, (k) => counts[k]!).sort();
  // The count of the cap-th strongest line: lines above it all stay, lines at it in graph order.
  const threshold = sorted[sorted.length - cap]!;
  let room = cap - kept.filter((k) => counts[k]! > threshold).length;
  return kept.sort((x, y) => x - y).filter((k) => counts[k]! > threshold || (counts[k] === threshold && room-- > 0));
}

/** Lines of `graph` whose being left out differs between two thinnings (to re-reduce). */
export function thinningChanges(graph: ViewGraph, before: ThinnedLines | null, after: ThinnedLines | null): string[] {
  if (before === null && after === null) return [];
  if (before === null || after === null) return graph.filterEdges((line) => isLeftOut(before, line) !== isLeftOut(after, line));
  const out: string[] = [];
  for (const line of before.kept) if (!after.kept.has(line) && graph.hasEdge(line)) out.push(line);
  for (const line of after.kept) if (!before.kept.has(line)) out.push(line);
  return out;
}

/** What the stage says about lines left out, or null when every shown line is drawn. */
export function thinningNote(thinned: ThinnedLines | null): string | null {
  if (!thinned || thinned.drawn === thinned.total) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  const how = thinned.capped ? 'the ones standing for the most events, one per pair of actors' : 'one per pair of actors, the one standing for the most events';
  return `${n(thinned.drawn)} of ${n(thinned.total)} lines drawn: ${how}. Select an actor to see all of its lines.`;
}
