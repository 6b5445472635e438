import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import {
  DEFAULT_RELATION_SORT,
  moveActive,
  relationCountLabel,
  toggleSort,
  visibleRelationRows,
  type RelationColumn,
  type RelationRow,
  type RelationSort,
} from '../../store/relationRows';
import { EventDate, ModalityTag, RelationTag } from '../EventBits';
import { splitEvidence } from '../evidenceSegments';
import { DRAW_ALL_UP_TO, useVirtualRows } from './useVirtualRows';

const COLUMNS: ReadonlyArray<{ id: RelationColumn; label: string; hint?: string }> = [
  { id: 'source', label: 'Source' },
  { id: 'relation', label: 'Relation' },
  { id: 'target', label: 'Target' },
  { id: 'date', label: 'Date' },
  { id: 'modality', label: 'Modality' },
  { id: 'document', label: 'Document' },
  { id: 'evidence', label: 'Evidence', hint: 'Sorts sentences in reading order' },
];

const PAGE = 10;

/** Row keys the table handles itself; everything else keeps its browser meaning. */
const STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: PAGE,
  PageUp: -PAGE,
  Home: -Infinity,
  End: Infinity,
};

/** The accessible alternative to the canvas; shown over the stage when the main view is the table. */
export function RelationsTable() {
  const mainView = useAppStore((s) => s.mainView);
  return mainView === 'table' ? <RelationsTableView /> : null;
}

/** Scrolls `row` into `container` below the sticky header, moving as little as possible. */
function revealRow(container: HTMLElement, row: HTMLElement): void {
  const header = container.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const c = container.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  const top = c.top + header;
  if (r.top < top) container.scrollTop -= top - r.top + 4;
  else if (r.bottom > c.bottom) container.scrollTop += r.bottom - c.bottom + 4;
}

const EMPTY: readonly RelationRow[] = [];

function RelationsTableView() {
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore((s) => s.visibility);
  const selection = useAppStore((s) => s.selection);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const openReader = useAppStore((s) => s.openReader);
  const [sort, setSort] = useState<RelationSort>(DEFAULT_RELATION_SORT);

  // For a large graph the first render shows the table's frame at once (the switch answers the
  // click); its rows follow in the next task.
  const ready = useDeferredValue(true, false) || (graph?.size ?? 0) <= DRAW_ALL_UP_TO;
  const rows = useMemo(() => (graph && ready ? visibleRelationRows(graph, visibility?.edges ?? null, sort) : EMPTY), [graph, visibility, sort, ready]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.edge, i])), [rows]);
  const selectedEdge = selection?.kind === 'edge' ? selection.edge : null;
  const selectedNode = selection?.kind === 'node' ? selection.node : null;

  // Roving focus: exactly one row is in the tab order; it follows the selection when it can.
  const [active, setActive] = useState<string | null>(selectedEdge);
  const activeEdge = active !== null && rowIndex.has(active) ? active : (rows[0]?.edge ?? null);

  const scroller = useRef<HTMLDivElement>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const virtual = useVirtualRows(rows, scroller, tbody);
  const reveal = useCallback(
    (edge: string) => {
      const row = virtual.elementOf(edge);
      if (scroller.current && row) revealRow(scroller.current, row);
      else if (rowIndex.has(edge)) virtual.reveal(rowIndex.get(edge)!);
    },
    [virtual, rowIndex],
  );

  // A selection made anywhere (graph, panel, URL) highlights its row and brings it into view.
  const pendingReveal = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!selectedEdge) return;
    setActive(selectedEdge);
    pendingReveal.current = selectedEdge;
  }, [selectedEdge]);

  // Focus or reveal waits until its row is drawn (after a jump it is drawn on the next render).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    for (const pending of [pendingFocus, pendingReveal]) {
      const edge = pending.current;
      if (!edge || !ready) continue;
      if (!rowIndex.has(edge)) {
        // Filtered out: nothing to show now, and nothing to jump to later.
        pending.current = null;
        continue;
      }
      const row = virtual.elementOf(edge);
      if (!row) {
        virtual.reveal(rowIndex.get(edge)!);
        continue;
      }
      pending.current = null;
      if (pending === pendingFocus) row.focus({ preventScroll: true });
      reveal(edge);
    }
  });

  const focusRow = (edge: string | null) => {
    if (!edge) return;
    setActive(edge);
    const row = virtual.elementOf(edge);
    if (row) {
      row.focus({ preventScroll: true });
      reveal(edge);
    } else {
      pendingFocus.current = edge;
      reveal(edge);
    }
  };

  const open = useCallback(
    (row: RelationRow) => {
      selectEdge(row.edge);
      openReader(row.doc, row.edge);
    },
    [selectEdge, openReader],
  );

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: RelationRow) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = STEPS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      focusRow(moveActive(rows, row.edge, step));
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      // Enter selects; Enter on the selected row (or Shift+Enter) opens its article.
      if (e.shiftKey || selectedEdge === row.edge) open(row);
      else selectEdge(row.edge);
    } else if (e.key === ' ') {
      e.preventDefault();
      selectEdge(row.edge);
    }
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
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => {
                const sorted = sort.column === c.id ? sort.direction : undefined;
                return (
                  <th key={c.id} scope="col" className={`col-${c.id}`} aria-sort={sorted}>
                    <button type="button" className="sort-button" data-column={c.id} title={c.hint} onClick={() => setSort(toggleSort(sort, c.id))}>
                      {c.label}
                      <span className={sorted ? 'sort-mark on' : 'sort-mark'} aria-hidden="true">
                        {sorted === 'descending' ? '▼' : '▲'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={tbody}>
            {rows.length === 0 && !loading && (
              <tr>
                <td colSpan={COLUMNS.length} className="relations-empty">
                  No relation passes the filters.
                </td>
              </tr>
            )}
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

/** Stands in for the rows not drawn, so the scrollbar covers the whole table. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr className="relations-spacer" aria-hidden="true">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  );
}

interface RelationRowProps {
  row: RelationRow;
  /** Place in the sorted rows, from 0. */
  position: number;
  rowRef(el: HTMLTableRowElement | null): void;
  selected: boolean;
  involved: boolean;
  tabbable: boolean;
  onKeyDown(e: KeyboardEvent<HTMLTableRowElement>, row: RelationRow): void;
  onFocus(edge: string): void;
  onSelect(edge: string): void;
  onOpen(row: RelationRow): void;
}

function RelationRowView({ row, position, rowRef, selected, involved, tabbable, onKeyDown, onFocus, onSelect, onOpen }: RelationRowProps) {
  const classes = ['relation-row'];
  if (selected) classes.push('selected');
  if (involved) classes.push('involved');
  return (
    <tr
      ref={rowRef}
      className={classes.join(' ')}
      tabIndex={tabbable ? 0 : -1}
      aria-rowindex={position + 2}
      aria-current={selected ? 'true' : undefined}
      data-testid="relation-row"
      data-edge={row.edge}
      data-date={row.date}
      onKeyDown={(e) => onKeyDown(e, row)}
      onFocus={() => onFocus(row.edge)}
      onClick={() => onSelect(row.edge)}
      onDoubleClick={() => onOpen(row)}
    >
      <td className="col-source">{row.source.label}</td>
      <td className="col-relation">
        <RelationTag relation={row.relation} />
      </td>
      <td className="col-target">{row.target.label}</td>
      <td className="col-date">
        <EventDate date={row.date} dateEnd={row.dateEnd} precision={row.datePrecision} />
      </td>
      <td className="col-modality">
        <ModalityTag modality={row.modality} />
      </td>
      <td className="col-document">
        <bdi className="clamp">{row.documentTitle}</bdi>
      </td>
      <td className="col-evidence">
        {row.evidence === '' && row.missingEvidence ? (
          <span className="clamp evidence-missing-cell" data-testid="evidence-missing">
            {row.missingEvidence}
          </span>
        ) : (
          <span className="clamp">
            {splitEvidence(row.evidence, row.cue).map((s, i) => (s.isCue ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </span>
        )}
      </td>
    </tr>
  );
}
