import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import {
  buildRelationRows,
  DEFAULT_RELATION_SORT,
  moveActive,
  relationCountLabel,
  sortRelationRows,
  toggleSort,
  type RelationColumn,
  type RelationRow,
  type RelationSort,
} from '../../store/relationRows';
import { EventDate, ModalityTag, RelationTag } from '../EventBits';
import { splitEvidence } from '../evidenceSegments';

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

function RelationsTableView() {
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore((s) => s.visibility);
  const selection = useAppStore((s) => s.selection);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const openReader = useAppStore((s) => s.openReader);
  const [sort, setSort] = useState<RelationSort>(DEFAULT_RELATION_SORT);

  const rows = useMemo(() => (graph ? sortRelationRows(buildRelationRows(graph, visibility?.edges ?? null), sort) : []), [graph, visibility, sort]);
  const selectedEdge = selection?.kind === 'edge' ? selection.edge : null;
  const selectedNode = selection?.kind === 'node' ? selection.node : null;

  // Roving focus: exactly one row is in the tab order; it follows the selection when it can.
  const [active, setActive] = useState<string | null>(selectedEdge);
  const activeEdge = active !== null && rows.some((r) => r.edge === active) ? active : (rows[0]?.edge ?? null);

  const scroller = useRef<HTMLDivElement>(null);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  const reveal = useCallback((edge: string) => {
    const row = rowElements.current.get(edge);
    if (scroller.current && row) revealRow(scroller.current, row);
  }, []);

  // A selection made anywhere (graph, panel, URL) highlights its row and brings it into view.
  useLayoutEffect(() => {
    if (!selectedEdge) return;
    setActive(selectedEdge);
    reveal(selectedEdge);
  }, [selectedEdge, reveal]);

  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const edge = pendingFocus.current;
    if (!edge) return;
    pendingFocus.current = null;
    rowElements.current.get(edge)?.focus({ preventScroll: true });
    reveal(edge);
  });

  const focusRow = (edge: string | null) => {
    if (!edge) return;
    setActive(edge);
    pendingFocus.current = edge;
    // Focus now when the row already exists (it does unless the rows just changed).
    const row = rowElements.current.get(edge);
    if (row) {
      row.focus({ preventScroll: true });
      reveal(edge);
      pendingFocus.current = null;
    }
  };

  const open = (row: RelationRow) => {
    selectEdge(row.edge);
    openReader(row.doc, row.edge);
  };

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

  const rowClass = (row: RelationRow) => {
    const classes = ['relation-row'];
    if (row.edge === selectedEdge) classes.push('selected');
    if (selectedNode && (row.source.id === selectedNode || row.target.id === selectedNode)) classes.push('involved');
    return classes.join(' ');
  };

  return (
    <section className="relations-view" data-testid="relations-view" aria-label="Relations table">
      <div className="relations-bar">
        <p className="relations-help" id="relations-help">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> selects the relation · <kbd>Enter</kbd> again opens its article
        </p>
      </div>
      <div className="relations-scroll" ref={scroller}>
        <table className="relations-table" data-testid="relations-table" aria-describedby="relations-help">
          <caption data-testid="relations-caption">{relationCountLabel(rows.length)}</caption>
          <thead>
            <tr>
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
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length} className="relations-empty">
                  No relation passes the filters.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr
                key={row.edge}
                ref={(el) => {
                  if (el) rowElements.current.set(row.edge, el);
                  else rowElements.current.delete(row.edge);
                }}
                className={rowClass(row)}
                tabIndex={row.edge === activeEdge ? 0 : -1}
                aria-current={row.edge === selectedEdge ? 'true' : undefined}
                data-testid="relation-row"
                data-edge={row.edge}
                data-date={row.date}
                onKeyDown={(e) => onRowKeyDown(e, row)}
                onFocus={() => setActive(row.edge)}
                onClick={() => selectEdge(row.edge)}
                onDoubleClick={() => open(row)}
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
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
