import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { mountGraphView } from './stage/mountGraphView';

/**
 * The sigma canvas host; everything graph-related happens in mountGraphView. The view is mounted
 * once a graph is there and takes later graphs (imports, removals) itself, without remounting.
 * Over it, what a dense graph's overview leaves out (one line per pair, the most lines drawn).
 */
export function GraphStage() {
  const hasGraph = useAppStore((s) => s.graph !== null);
  const layout = useAppStore((s) => s.layout);
  const container = useRef<HTMLDivElement>(null);
  const [lineNote, setLineNote] = useState<string | null>(null);

  useEffect(() => {
    const graph = useAppStore.getState().graph;
    if (!hasGraph || !graph || !container.current) return undefined;
    return mountGraphView(container.current, graph, { showLineNote: setLineNote });
  }, [hasGraph]);

  return (
    <>
      <div className="stage" ref={container} data-testid="graph-stage" data-layout={layout} aria-label="Actor relationship graph" />
      {lineNote && (
        <p className="stage-line-note" data-testid="stage-line-note" role="status">
          {lineNote}
        </p>
      )}
    </>
  );
}
