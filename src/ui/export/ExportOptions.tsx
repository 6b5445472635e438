// The Export dialog's choices after the format: a PNG's size, or what a graph file includes.
import type { DramatisGraph } from '../../graph/buildGraph';
import type { Visibility } from '../../graph/visibility';
import { PNG_SCALES, type ExportScope, type PngScale } from './exportRequest';
import { plural, visibleHint } from './exportWording';
import type { PngPlan } from './renderPng';

/** The PNG's size at each scale: the stage plus the caption's header and footer. */
export function ExportScales({ plan, scale, onScale }: { plan: PngPlan; scale: PngScale; onScale: (s: PngScale) => void }) {
  return (
    <fieldset>
      <legend>Size</legend>
      {PNG_SCALES.map((s) => {
        const size = { width: Math.round(plan.width * s), height: Math.round(plan.height * s) };
        return (
          <label key={s} className="export-choice">
            <input type="radio" name="export-scale" value={s} checked={scale === s} onChange={() => onScale(s)} data-testid={`export-scale-${s}`} />
            <span>{s}×</span>{' '}
            <span className="export-hint">
              {size.width} × {size.height} px{s === 1 ? ', graph as on screen' : ''}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

interface ScopeProps {
  graph: DramatisGraph;
  visibility: Pick<Visibility, 'nodes' | 'edges'> | null;
  scope: ExportScope;
  onScope: (s: ExportScope) => void;
}

/** A graph file of what is visible or of everything. */
export function ExportScopes({ graph, visibility, scope, onScope }: ScopeProps) {
  const shown = { relations: visibility?.edges.size ?? graph.size, actors: visibility?.nodes.size ?? graph.order };
  return (
    <fieldset>
      <legend>Include</legend>
      <label className="export-choice">
        <input type="radio" name="export-scope" value="visible" checked={scope === 'visible'} onChange={() => onScope('visible')} data-testid="export-scope-visible" />
        <span>What is visible</span> <span className="export-hint">{visibleHint(shown, graph)}</span>
      </label>
      <label className="export-choice">
        <input type="radio" name="export-scope" value="all" checked={scope === 'all'} onChange={() => onScope('all')} data-testid="export-scope-all" />
        <span>Everything</span> <span className="export-hint">({plural(graph.size, 'relation', 'relations')})</span>
      </label>
    </fieldset>
  );
}
