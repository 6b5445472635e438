import { useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import { DEFAULT_RELATION_SORT, moveActive, relationCountLabel, visibleRelationRows, type RelationRow, type RelationSort } from '../../store/relationRows';
import { DRAW_ALL_UP_TO, useVirtualRows } from './useVirtualRows';
import { useRowFocus } from './useRowFocus';
import { rowKeyAction } from './rowKeys';
import { COLUMNS } from './relationColumns';
import { RelationsHeader } from './RelationsHeader';
import { RelationRowView, SpacerRow } from './RelationRowView';

/** The accessible alternative to the canvas; shown over the stage when the main view is the table. */
export function RelationsTable() {
  const mainView = useAppStore((s) => s.mainView);
  return mainView === 'table' ? <RelationsTableView /> : null;
}

const EMPTY: readonly RelationRow[] = [];

/**
 * The rows the filters let through, sorted, with each one's place. For a large graph the first
 * render shows the table's frame at once (the switch answers the click); its rows follow in the next task.
 */
function useRelationRows(sort: RelationSort) {
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore((s) => s.visibility);
  const ready = useDeferredValue(true, false) || (graph?.size ?? 0) <= DRAW_ALL_UP_TO;
  const rows = useMemo(() => (graph && ready ? visibleRelationRows(graph, visibility?.edges ?? null, sort) : EMPTY), [graph, visibility, sort, ready]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.edge, i])), [rows]);
  return { graph, visibility, ready, rows, rowIndex };
}

function EmptyRow() {
  return (
    <tr>
      <td colSpan={COLUMNS.length} className="relations-empty">
        No relation passes the filters.
      </td>
    </tr>
  );
}

function RelationsTableView() {
  const selection = useAppStore((s) => s.selection);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const openReader = useAppStore((s) => s.openReader);
  const [sort, setSort] = useState<RelationSort>(DEFAULT_RELATION_SORT);
  const { graph, visibility, ready, rows, rowIndex } = useRelationRows(sort);
  const selectedEdge = selection?.kind === 'edge' ? selection.edge : null;
  const selectedNode = selection?.kind === 'node' ? selection.node : null;

  const scroller = useRef<HTMLDivElement>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const virtual = useVirtualRows(rows, scroller, tbody);
  const { activeEdge, setActive, focusRow } = useRowFocus({ rows, rowIndex, selectedEdge, ready, virtual, scroller });

  const open = useCallback(
    (row: RelationRow) => {
      selectEdge(row.edge);
      openReader(row.doc, row.edge);
    },
    [selectEdge, openReader],
  );

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: RelationRow) => {
    const action = rowKeyAction(e, selectedEdge === row.edge);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'move') focusRow(moveActive(rows, row.edge, action.step));
    else if (action.kind === 'open') open(row);
    else selectEdge(row.edge);
  };

  const { start, end, before, after } = virtual.window;
  const loading = graph !== null && !ready;
  const count = loading ? (visibility?.edges.size ?? graph.size) : rows.length;
  return (
    <section className="relations-view" data-testid="relations-view" aria-label="Relations table">
      <div className="relations-bar">
        <p className="relations-help" id="relations-help">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> selects the relation · <kbd>Enter</kbd> again opens its article
        </p>
      </div>
      <div className="relations-scroll" ref={scroller} onScroll={virtual.onScroll}>
        <table className="relations-table" data-testid="relations-table" aria-describedby="relations-help" aria-rowcount={count + 1} aria-busy={loading || undefined}>
          <caption data-testid="relations-caption">{relationCountLabel(count)}</caption>
          <RelationsHeader sort={sort} onSort={setSort} />
          <tbody ref={tbody}>
            {rows.length === 0 && !loading && <EmptyRow />}
            {before > 0 && <SpacerRow height={before} />}
            {rows.slice(start, end).map((row, k) => (
              <RelationRowView
                key={row.edge}
                row={row}
                position={start + k}
                rowRef={virtual.rowRef(row.edge)}
                selected={row.edge === selectedEdge}
                involved={selectedNode !== null && (row.source.id === selectedNode || row.target.id === selectedNode)}
                tabbable={row.edge === activeEdge}
                onKeyDown={onRowKeyDown}
                onFocus={setActive}
                onSelect={selectEdge}
                onOpen={open}
              />
            ))}
            {after > 0 && <SpacerRow height={after} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
