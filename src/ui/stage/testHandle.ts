import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../graph/viewTypes';
import type { LineStage } from './lineStage';

/**
 * Read-only handle for browser tests: find where a node is drawn with
 * `sigma.graphToViewport(graph.getNodeAttributes(node))`. `graph` holds one edge per event (what the
 * layout reads); sigma draws `lines.graph`, one line per bundle (see `lines.drawn.lineOfEvent`), less
 * the lines a dense graph's overview leaves out (all of them are in `lines.allLines`).
 * Not an API for app code.
 */
export interface DramatisTestHandle {
  readonly sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
  readonly graph: ViewGraph;
  readonly lines: LineStage;
  /** True while the stage has drawing or arranging scheduled (a new graph, a resize, the label grid). */
  settling(): boolean;
  /** The events with a line now (in bundles or one by one; lines the overview leaves out count), sorted. */
  drawnEvents(): string[];
}

declare global {
  interface Window {
    readonly __dramatis?: DramatisTestHandle;
  }
}

export function exposeTestHandle(parts: Omit<DramatisTestHandle, 'drawnEvents'>): () => void {
  const handle: DramatisTestHandle = {
    ...parts,
    drawnEvents: () => parts.lines.allLines.edges().flatMap((line) => parts.lines.drawn?.shownEventsOf(line) ?? []).sort(),
  };
  Object.defineProperty(window, '__dramatis', { value: Object.freeze(handle), configurable: true, writable: false });
  return () => {
    if (window.__dramatis?.sigma === handle.sigma) Reflect.deleteProperty(window, '__dramatis');
  };
}
