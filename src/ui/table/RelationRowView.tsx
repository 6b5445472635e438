import type { KeyboardEvent } from 'react';
import type { RelationRow } from '../../store/relationRows';
import { EventDate, ModalityTag, RelationTag } from '../EventBits';
import { splitEvidence } from '../evidenceSegments';
import { COLUMNS } from './relationColumns';

/** Stands in for the rows not drawn, so the scrollbar covers the whole table. */
export function SpacerRow({ height }: { height: number }) {
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

export function RelationRowView({ row, position, rowRef, selected, involved, tabbable, onKeyDown, onFocus, onSelect, onOpen }: RelationRowProps) {
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
        <EvidenceCell row={row} />
      </td>
    </tr>
  );
}

/** The evidence sentence with its cue marked, or why there is none. */
function EvidenceCell({ row }: { row: RelationRow }) {
  if (row.evidence === '' && row.missingEvidence) {
    return (
      <span className="clamp evidence-missing-cell" data-testid="evidence-missing">
        {row.missingEvidence}
      </span>
    );
  }
  return <span className="clamp">{splitEvidence(row.evidence, row.cue).map((s, i) => (s.isCue ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</span>;
}
