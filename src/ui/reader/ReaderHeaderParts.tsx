import type { CSSProperties } from 'react';
import type { DocumentMeta } from '../../domain/contract';
import type { EventLine } from '../../store/eventLine';
import { EventDate, RelationTag } from '../EventBits';
import type { ActorInfo } from './readerActors';
import { formatPublished, safeHttpUrl } from './formatPublished';

/** Outlet, publication date (marked when inferred) and a link to the original. */
export function ReaderMeta({ doc }: { doc: DocumentMeta }) {
  const published = formatPublished(doc.published, doc.publishedPrecision);
  const url = safeHttpUrl(doc.url);
  return (
    <p className="reader-meta" data-testid="reader-meta">
      <span className="reader-source">{doc.source ?? 'Unknown outlet'}</span>
      <span aria-hidden="true">·</span>
      {published ? <time dateTime={doc.published ?? undefined}>{published}</time> : <span className="muted">No publication date</span>}
      {doc.publishedInferred && published && (
        <span className="inferred-tag" title="Inferred from the dates the article mentions">
          inferred
        </span>
      )}
      {url && (
        <a className="reader-link" href={url} target="_blank" rel="noopener noreferrer">
          Original ↗
        </a>
      )}
    </p>
  );
}

/** The open event: who did what to whom, when, and a button back to its sentence. */
export function ReaderEvent({ event, onShowSentence }: { event: EventLine; onShowSentence: () => void }) {
  return (
    <div className="reader-event" data-testid="reader-event">
      <p className="reader-event-line">
        <bdi>{event.source.label}</bdi>
        <RelationTag relation={event.relation} />
        <span className="direction" aria-label="to">
          →
        </span>
        <bdi>{event.target.label}</bdi>
      </p>
      <p className="reader-event-line secondary">
        <EventDate date={event.date} dateEnd={event.dateEnd} precision={event.datePrecision} />
        <button type="button" className="reader-jump" onClick={onShowSentence}>
          Show sentence
        </button>
      </p>
    </div>
  );
}

interface ActorListProps {
  actors: ReadonlyMap<string, ActorInfo & { count: number }>;
  selectedActor: string | null;
  onSelect: (id: string) => void;
}

/** The actors the article names, most mentioned first; a click selects one in the graph. */
export function ReaderActorList({ actors, selectedActor, onSelect }: ActorListProps) {
  if (actors.size === 0) return null;
  return (
    <details className="reader-actors">
      <summary>
        {actors.size} {actors.size === 1 ? 'actor' : 'actors'} mentioned
      </summary>
      <ul>
        {[...actors.entries()]
          .sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label))
          .map(([id, info]) => (
            <li key={id}>
              <button
                type="button"
                className={id === selectedActor ? 'actor-chip selected' : 'actor-chip'}
                style={{ '--kind': info.color } as CSSProperties}
                aria-pressed={id === selectedActor}
                onClick={() => onSelect(id)}
              >
                <bdi>{info.label}</bdi>
                <span className="chip-count">{info.count}</span>
              </button>
            </li>
          ))}
      </ul>
    </details>
  );
}

/** Who is selected and how often this article names them, or how to read the marks. */
export function ReaderFooter({ selected, onShowDetails }: { selected: (ActorInfo & { count: number }) | null; onShowDetails: () => void }) {
  return (
    <footer className="reader-footer" aria-live="polite">
      {selected ? (
        <p data-testid="reader-selected">
          <span className="reader-swatch" style={{ backgroundColor: selected.color }} aria-hidden="true" />
          <strong>{selected.label}</strong> is selected in the graph
          {selected.count === 0 ? ' (not named in this article).' : ` (${selected.count} ${selected.count === 1 ? 'mention' : 'mentions'} here).`}{' '}
          <button type="button" className="reader-jump" onClick={onShowDetails}>
            Show details
          </button>
        </p>
      ) : (
        <p className="muted reader-legend">
          <span className="legend-item">
            <span className="legend-evidence">Highlighted</span>: the relation’s sentence.
          </span>
          <span className="legend-item">
            <span className="legend-mention">Underlined</span>: actors; click one to select it.
          </span>
        </p>
      )}
    </footer>
  );
}
