import type { DatePrecision, Modality } from '../domain/contract';
import { eventWindowCoverage } from '../graph/eventTime';
import type { RelationStyle } from '../graph/relationStyles';
import { useAppStore } from '../store/appStore';
import type { ActorRef } from '../store/eventLine';
import { formatDateRange, PRECISION_LABELS } from './formatEventDate';

export function RelationTag({ relation }: { relation: RelationStyle }) {
  return (
    <span className="relation-tag" style={{ borderColor: relation.color, color: relation.color }}>
      <span className="relation-dot" style={{ backgroundColor: relation.color }} aria-hidden="true" />
      {relation.label}
    </span>
  );
}

export function ModalityTag({ modality }: { modality: Modality }) {
  return <span className={`modality-tag modality-${modality}`}>{modality}</span>;
}

/** An event's date and precision; "partly in the window" when the time window holds only part of its month, year or span. */
export function EventDate({ date, dateEnd, precision }: { date: string; dateEnd: string | null; precision: DatePrecision }) {
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const partly = (from !== null || to !== null) && eventWindowCoverage({ date, dateEnd: dateEnd ?? undefined }, from, to) === 'partly';
  return (
    <span className="event-date">
      <time dateTime={date}>{formatDateRange(date, dateEnd)}</time>
      <span className="precision">{PRECISION_LABELS[precision]}</span>
      {partly && (
        <span className="partly" title="The time window holds only part of this date: it is shown because the window overlaps it." data-testid="partly-in-window">
          partly in the window
        </span>
      )}
    </span>
  );
}

/** An actor name that selects the actor when clicked. */
export function ActorLink({ actor }: { actor: ActorRef }) {
  const selectNode = useAppStore((s) => s.selectNode);
  return (
    <button type="button" className="actor-link" onClick={() => selectNode(actor.id)}>
      {actor.label}
    </button>
  );
}
