import { lineInFocus, pairOfActors, type Focus } from './focus';
import type { ViewGraph } from './viewTypes';

/** What brings a line the overview leaves out back onto the stage: the focus and the highlighted path. */
export interface LineSpotlight {
  focus: Focus | null;
  path: { nodes: ReadonlySet<string>; pairs: ReadonlySet<string> } | null;
}

export const NO_SPOTLIGHT: LineSpotlight = { focus: null, path: null };

/** Whether a line between `source` and `target` touches the focus or is a step of the path. */
export function spotlit(spot: LineSpotlight, source: string, target: string): boolean {
  return (spot.focus !== null && lineInFocus(spot.focus, source, target)) || (spot.path?.pairs.has(pairOfActors(source, target)) ?? false);
}

/**
 * The lines of `lines` the spotlight touches, found from its actors' own lines (an actor's few
 * dozen, not the tens of thousands of a dense graph), each once.
 */
export function spotlitLines(lines: ViewGraph, spot: LineSpotlight): Set<string> {
  const out = new Set<string>();
  const around = new Set<string>();
  if (spot.focus?.center != null) around.add(spot.focus.center);
  if (spot.focus?.pair) around.add(spot.focus.pair[0]);
  for (const node of spot.path?.nodes ?? []) around.add(node);
  for (const node of around) {
    if (!lines.hasNode(node)) continue;
    lines.forEachEdge(node, (line, _a, source, target) => {
      if (spotlit(spot, source, target)) out.add(line);
    });
  }
  return out;
}
