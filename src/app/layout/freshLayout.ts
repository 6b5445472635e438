// The first layout of a graph: every connected actor moves, starting from the positions the view
// holds (give it a deterministic placement); at the end noverlap and label separation in screen
// pixels where affordable, and actors without relations on a shelf below (arrangeForScreen).
import { MultiDirectedGraph } from 'graphology';
import type { ViewGraph } from '../../graph/viewTypes';
import { arrangeForScreen } from '../../graph/layout/arrangeForScreen';
import type { Box, PlacedNode } from '../../graph/layout/placedNode';
import type { ForceGraph, LayoutOptions, LayoutSetup } from './layoutTypes';

/** Connected actors only: the force layout should not spend its space on loners. */
function connectedCore(view: ViewGraph): ForceGraph {
  const core: ForceGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  view.forEachNode((n, a) => {
    if (view.degree(n) > 0) core.addNode(n, { x: a.x, y: a.y });
  });
  view.forEachEdge((_e, _a, s, t) => {
    core.addDirectedEdge(s, t);
  });
  return core;
}

function corePositions(core: ForceGraph): Float64Array {
  const xy = new Float64Array(core.order * 2);
  let i = 0;
  core.forEachNode((_n, a) => {
    xy[i++] = a.x;
    xy[i++] = a.y;
  });
  return xy;
}

export function freshLayout(view: ViewGraph, options: LayoutOptions): LayoutSetup {
  const core = connectedCore(view);
  const isolated = view.filterNodes((n) => !core.hasNode(n));
  for (const n of isolated) view.setNodeAttribute(n, 'hidden', true);

  const placed = (n: string, x: number, y: number): PlacedNode => ({
    key: n,
    x,
    y,
    size: view.getNodeAttribute(n, 'size'),
    labelWidth: options.labelWidth(n),
  });
  // The force layout's output stays in `core`; arranging reads it and writes only `view`.
  const arrange = (): Box => {
    const shelfShown = options.showShelf?.() ?? true;
    const arrangement = arrangeForScreen(
      core.mapNodes((n, a) => placed(n, a.x, a.y)),
      shelfShown ? isolated.map((n) => placed(n, 0, 0)) : [],
      options.viewport(),
      options.stagePadding,
    );
    const byKey = new Map(arrangement.nodes.map((p) => [p.key, p]));
    const offStage = new Set(shelfShown ? [] : isolated);
    view.updateEachNodeAttributes((n, a) => {
      const p = byKey.get(n);
      return p ? { ...a, x: p.x, y: p.y, hidden: false } : offStage.has(n) ? { ...a, hidden: true } : a;
    });
    return arrangement.bbox;
  };

  return {
    core,
    forcesNeeded: core.size > 0,
    liveCopy: true,
    movingPositions: () => corePositions(core),
    copyToView: () =>
      view.updateEachNodeAttributes(
        (n, a) => (core.hasNode(n) ? { ...a, x: core.getNodeAttribute(n, 'x'), y: core.getNodeAttribute(n, 'y') } : a),
        { attributes: ['x', 'y'] },
      ),
    settle: arrange,
    rearrange: arrange,
  };
}
