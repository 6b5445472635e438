import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { mountGraphView } from './stage/mountGraphView';

/** The sigma canvas host; everything graph-related happens in mountGraphView. */
export function GraphStage() {
  const graph = useAppStore((s) => s.graph);
  const layout = useAppStore((s) => s.layout);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!graph || !container.current) return undefined;
    return mountGraphView(container.current, graph);
  }, [graph]);

  return <div className="stage" ref={container} data-testid="graph-stage" data-layout={layout} aria-label="Actor relationship graph" />;
}
