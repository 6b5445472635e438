import { useMemo } from 'react';
import { shownLegend, type LegendEntry } from '../graph/legend';
import { useAppStore } from '../store/appStore';
import { useGraphSwapDeferred } from './useGraphSwapDeferred';
import { useStoryStore } from '../store/storyStore';

/** Room for the largest count the entry can show, so a changing count never rewraps the legend. */
function countWidth(e: LegendEntry): string {
  return `${String(e.total ?? e.count).length}ch`;
}

/** Actors without relations stay off the stage until asked for, then sit in rows under the graph. */
function UnconnectedRow({ count }: { count: number }) {
  const open = useAppStore((s) => s.shelfOpen);
  const toggleShelf = useAppStore((s) => s.toggleShelf);
  return (
    <p className="legend-note" data-testid="unconnected-row">
      {count === 1 ? '1 actor is' : `${count} actors are`} mentioned without any relation{open ? '; they sit in the rows under the graph.' : '.'}{' '}
      <button type="button" className="link-button" aria-expanded={open} data-testid="toggle-unconnected" onClick={toggleShelf}>
        {open ? 'Hide them' : 'Show them'}
      </button>
    </p>
  );
}

/** Kinds and relations with how many of each the view shows now (a story step, a time window). */
export function Legend() {
  const { legend: all, graph, visibility, relationFilter } = useGraphSwapDeferred((s) => ({ legend: s.legend, graph: s.graph, visibility: s.visibility, relationFilter: s.filters.relations }));
  const presenting = useStoryStore((s) => s.presenting);
  const legend = useMemo(
    () => (all && graph && visibility ? shownLegend(all, graph, visibility, relationFilter, !presenting) : all),
    [all, graph, visibility, relationFilter, presenting],
  );
  if (!legend) return null;
  return (
    <aside className="legend" data-testid="legend" aria-label="Legend">
      {legend.kinds.length > 0 && (
        <section>
          <h2>Actors</h2>
          <ul>
            {legend.kinds.map((k) => (
              <li key={k.id} data-kind={k.id} className={k.absent ? 'legend-absent' : undefined}>
                <span className="swatch-node" style={{ backgroundColor: k.color }} aria-hidden="true" />
                <span className="legend-label">{k.label}</span>
                <span className="legend-count" style={{ minWidth: countWidth(k) }}>{k.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {legend.relations.length > 0 && (
        <section>
          <h2>Relations</h2>
          <ul>
            {legend.relations.map((r) => (
              <li key={r.id} data-relation={r.id} className={r.absent ? 'legend-absent' : undefined}>
                <span className="swatch-edge" style={{ backgroundColor: r.color, color: r.color }} aria-hidden="true" />
                <span className="legend-label">{r.label}</span>
                <span className="legend-count" style={{ minWidth: countWidth(r) }}>{r.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {legend.unconnected > 0 && <UnconnectedRow count={legend.unconnected} />}
    </aside>
  );
}
