import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { describePair } from '../store/pairDetails';
import { EventCuration } from './curation/EventCuration';
import { EvidenceQuote } from './EvidenceQuote';
import { ActorLink, EventDate, ModalityTag, RelationTag } from './EventBits';
import { OpenInArticleButton } from './reader/OpenInArticleButton';
import { useListLimit } from './useListLimit';

const EVENTS_SHOWN_AT_FIRST = 60;

const NO_EVENTS: never[] = [];

export function EdgePanel({ edge }: { edge: string }) {
  const graph = useAppStore((s) => s.graph);
  const pair = useMemo(() => (graph ? describePair(graph, edge) : null), [graph, edge]);
  const selectedCard = useRef<HTMLLIElement>(null);
  const selectedEdge = pair?.selectedEdge;
  const isSelected = useCallback((e: { edge: string }) => e.edge === selectedEdge, [selectedEdge]);
  const events = useListLimit(pair?.events ?? NO_EVENTS, EVENTS_SHOWN_AT_FIRST, isSelected);
  useEffect(() => {
    // Block body on purpose: newer browsers return a promise from scrollIntoView.
    selectedCard.current?.scrollIntoView({ block: 'nearest' });
  }, [edge]);
  if (!pair) return <p className="panel-empty">This relation is not in the graph.</p>;

  return (
    <article className="panel-body" data-testid="edge-panel">
      <header className="panel-header">
        <p className="kind-line">
          {pair.events.length} {pair.events.length === 1 ? 'event' : 'events'} between
        </p>
        <h2 className="panel-title pair-title">
          <ActorLink actor={pair.first} />
          <span className="pair-joiner" aria-label="and">
            ⇄
          </span>
          <ActorLink actor={pair.second} />
        </h2>
      </header>

      <div className="panel-scroll">
        <ol className="event-list">
          {events.shown.map((e) => (
            <li
              key={e.edge}
              ref={e.edge === pair.selectedEdge ? selectedCard : undefined}
              className={e.edge === pair.selectedEdge ? 'event-card selected' : 'event-card'}
              data-edge={e.edge}
              data-source={e.source.id}
            >
              <div className="event-meta">
                <EventDate date={e.date} dateEnd={e.dateEnd} precision={e.datePrecision} />
                <ModalityTag modality={e.modality} />
              </div>
              <p className="event-headline">
                <bdi>{e.source.label}</bdi>
                <RelationTag relation={e.relation} />
                <span className="direction" aria-label="to">
                  →
                </span>
                <bdi>{e.target.label}</bdi>
              </p>
              {e.attributedTo && <p className="attribution">According to {e.attributedTo.label}</p>}
              <EvidenceQuote text={e.evidence} cue={e.cue} missing={e.missingEvidence} />
              <div className="evidence-source">
                <p className="document-title">
                  <span className="muted">From </span>
                  <cite>{e.documentTitle}</cite>
                </p>
                <OpenInArticleButton edge={e.edge} />
              </div>
              <EventCuration edge={e.edge} />
            </li>
          ))}
        </ol>
        {events.hidden > 0 && (
          <button type="button" className="show-more" onClick={events.showAll}>
            Show all {pair.events.length} events ({events.hidden} more)
          </button>
        )}
      </div>
    </article>
  );
}
