import { isolate } from '../graph/bidiText';
import { useMemo, useState } from 'react';
import { clearFocus, clearPath, focusOn, showPath, togglePin, type FilterTransition } from '../graph/filterTransitions';
import { useAppStore } from '../store/appStore';
import { summarizePath } from '../store/explorerSummaries';
import { ActorSearch } from './ActorSearch';
import { ActorLink } from './EventBits';
import { fitCameraToNodes } from '../app/stage/fitCamera';

function labelOf(id: string): string {
  const graph = useAppStore.getState().graph;
  return graph?.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

/** Applies a transition, then brings what it shows into view: the whole network, or the path. */
export function updateAndFrame(change: FilterTransition, frame: 'shown' | 'path'): void {
  const store = useAppStore.getState();
  store.updateFilters(change);
  const v = useAppStore.getState().visibility;
  if (!v) return;
  const nodes = frame === 'path' ? v.pathNodes : v.nodes;
  if (nodes.size > 0) fitCameraToNodes(nodes);
}

/** "Show only X's network": 1 or 2 hops, pressed while active; a second press on the active one clears it. */
export function NetworkButtons({ node }: { node: string }) {
  const focus = useAppStore((s) => s.filters.focus);
  const hops = useAppStore((s) => s.filters.hops);
  const updateFilters = useAppStore((s) => s.updateFilters);
  const label = labelOf(node);
  const mine = focus === node;
  return (
    <div className="control-row" role="group" aria-label={`Show only ${label}'s network`}>
      <span className="control-label">Network</span>
      <span className="segmented">
        {([1, 2] as const).map((h) => (
          <button
            key={h}
            type="button"
            data-testid={`network-${h}`}
            aria-pressed={mine && hops === h}
            title={`Show only ${isolate(label)} and the actors ${h === 1 ? 'directly related to it' : 'up to two steps away'}`}
            onClick={() => (mine && hops === h ? updateFilters(clearFocus()) : updateAndFrame(focusOn(node, h), 'shown'))}
          >
            {h} {h === 1 ? 'hop' : 'hops'}
          </button>
        ))}
      </span>
      {mine && (
        <button type="button" className="link-button" data-testid="network-clear" onClick={() => updateFilters(clearFocus())}>
          show all
        </button>
      )}
    </div>
  );
}

export function PinButton({ node }: { node: string }) {
  const pinned = useAppStore((s) => s.filters.pinned.includes(node));
  const updateFilters = useAppStore((s) => s.updateFilters);
  return (
    <button
      type="button"
      className="pin-button"
      data-testid="pin"
      aria-pressed={pinned}
      title={pinned ? 'Let the filters hide this actor again' : 'Keep this actor on screen whatever the filters hide'}
      onClick={() => updateFilters(togglePin(node))}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M6 1.5h4l-.6 4.2 2.6 2.6v1.2H8.7V15L8 15.8 7.3 15V9.5H4V8.3l2.6-2.6z" />
      </svg>
      {pinned ? 'Pinned' : 'Pin'}
    </button>
  );
}

/** "Shortest path to …": picks the other end with the same search component as the toolbar. */
export function PathPicker({ node }: { node: string }) {
  const path = useAppStore((s) => s.filters.path);
  const [query, setQuery] = useState('');
  const mine = path !== null && path[0] === node;
  return (
    <>
      <div className="control-row">
        <span className="control-label">Path to</span>
        <ActorSearch
          label={`Shortest path from ${labelOf(node)} to`}
          placeholder="another actor…"
          value={query}
          onValueChange={setQuery}
          exclude={node}
          testId="path-to"
          className="compact"
          onChoose={(hit) => {
            setQuery('');
            updateAndFrame(showPath(node, hit.id), 'path');
          }}
        />
      </div>
      {mine && <PathStatus />}
    </>
  );
}

/** The highlighted path, step by step, or "no path"; with a button to clear it. */
export function PathStatus() {
  const graph = useAppStore((s) => s.graph);
  const path = useAppStore((s) => s.filters.path);
  const visibility = useAppStore((s) => s.visibility);
  const updateFilters = useAppStore((s) => s.updateFilters);
  const summary = useMemo(() => (graph && path && visibility ? summarizePath(graph, path, visibility) : null), [graph, path, visibility]);
  if (!summary) return null;
  return (
    <div className={`path-status${summary.found ? '' : ' none'}`} data-testid="path-status" role="status">
      {summary.found ? (
        <>
          <span className="path-caption">
            Path, {summary.edges.length} {summary.edges.length === 1 ? 'step' : 'steps'}
          </span>
          <ol className="path-steps">
            {summary.steps.map((a, i) => (
              <li key={`${a.id}-${i}`}>
                <ActorLink actor={a} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <span>
          No path between <strong>{summary.from.label}</strong> and <strong>{summary.to.label}</strong> with the current filters.
        </span>
      )}
      <button type="button" className="chip-clear" data-testid="path-clear" aria-label="Clear the path" title="Clear the path" onClick={() => updateFilters(clearPath())}>
        ×
      </button>
    </div>
  );
}
