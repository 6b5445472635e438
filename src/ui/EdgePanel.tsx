import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { describePair, groupByHappening, reportedIn, type HappeningGroup } from '../store/pairDetails';
import type { EventLine } from '../store/eventLine';
import { EventCuration } from './curation/EventCuration';
import { EvidenceQuote } from './EvidenceQuote';
import { ActorLink, EventDate, ModalityTag, RelationTag } from './EventBits';
import { OpenInArticleButton } from './reader/OpenInArticleButton';
import { useListLimit } from './useListLimit';

const EVENTS_SHOWN_AT_FIRST = 60;

const NO_GROUPS: never[] = [];

function Headline({ e }: { e: EventLine }) {
  return (
    <p className="event-headline">
      <bdi>{e.source.label}</bdi>
      <RelationTag relation={e.relation} />
      <span className="direction" aria-label="to">
        →
      </span>
      <bdi>{e.target.label}</bdi>
    </p>
  );
}

/** One event: the sentence that states it, its document, and its curation. */
function EventCard({ e, selected, cardRef, headline, date }: { e: EventLine; selected: boolean; cardRef: React.Ref<HTMLLIElement> | undefined; headline: boolean; date: boolean }) {
  return (
    <li ref={cardRef} className={selected ? 'event-card selected' : 'event-card'} data-edge={e.edge} data-source={e.source.id}>
      {date && (
        <div className="event-meta">
          <EventDate date={e.date} dateEnd={e.dateEnd} precision={e.datePrecision} />
          <ModalityTag modality={e.modality} />
        </div>
      )}
      {e.dateNote && (
        <p className="date-note" data-testid="date-note">
          <span className="muted">Date read as </span>
          {e.dateNote}
        </p>
      )}
      {headline && <Headline e={e} />}
      {e.attributedTo && <p className="attribution">According to <bdi>{e.attributedTo.label}</bdi></p>}
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
  );
}

/**
 * One happening: a single report is one card; several reports (the same call in three articles)
 * share a header with the date and who did what, then list every sentence.
 */
function HappeningItem({ group, selectedEdge, cardRef }: { group: HappeningGroup; selectedEdge: string; cardRef: React.Ref<HTMLLIElement> }) {
  const e = group.lead;
  const note = reportedIn(group);
  const refFor = (r: EventLine) => (r.edge === selectedEdge ? cardRef : undefined);
  if (!note) return <EventCard e={e} selected={e.edge === selectedEdge} cardRef={refFor(e)} headline date />;
  // Reports dated differently (a day, its month, the publication day) each show their own date.
  const datesDiffer = group.reports.some((r) => r.date !== e.date || r.datePrecision !== e.datePrecision || r.modality !== e.modality);
  return (
    <li className="happening" data-happening={group.happening} data-reports={group.reports.length}>
      <div className="event-meta">
        <EventDate date={e.date} dateEnd={e.dateEnd} precision={e.datePrecision} />
        <ModalityTag modality={e.modality} />
      </div>
      <Headline e={e} />
      <p className="reported-in" data-testid="reported-in">
        {note}
      </p>
      <ol className="event-list report-list">
        {group.reports.map((r) => (
          <EventCard key={r.edge} e={r} selected={r.edge === selectedEdge} cardRef={refFor(r)} headline={false} date={datesDiffer} />
        ))}
      </ol>
    </li>
  );
}

export function EdgePanel({ edge }: { edge: string }) {
  const graph = useAppStore((s) => s.graph);
  const pair = useMemo(() => (graph ? describePair(graph, edge) : null), [graph, edge]);
  const groups = useMemo(() => (pair ? groupByHappening(pair.events) : NO_GROUPS), [pair]);
  const selectedCard = useRef<HTMLLIElement>(null);
  const selectedEdge = pair?.selectedEdge;
  const isSelected = useCallback((g: HappeningGroup) => g.reports.some((r) => r.edge === selectedEdge), [selectedEdge]);
  const shownGroups = useListLimit(groups, EVENTS_SHOWN_AT_FIRST, isSelected);
  useEffect(() => {
    // Block body on purpose: newer browsers return a promise from scrollIntoView.
    selectedCard.current?.scrollIntoView({ block: 'nearest' });
  }, [edge]);
  if (!pair) return <p className="panel-empty">This relation is not in the graph.</p>;

  return (
    <article className="panel-body" data-testid="edge-panel">
      <header className="panel-header">
        <p className="kind-line">
          {groups.length} {groups.length === 1 ? 'event' : 'events'}
          {pair.events.length > groups.length ? ` (${pair.events.length} reports)` : ''} between
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
          {shownGroups.shown.map((g) => (
            <HappeningItem key={g.happening} group={g} selectedEdge={pair.selectedEdge} cardRef={selectedCard} />
          ))}
        </ol>
        {shownGroups.hidden > 0 && (
          <button type="button" className="show-more" onClick={shownGroups.showAll}>
            Show all {groups.length} events ({shownGroups.hidden} more)
          </button>
        )}
      </div>
    </article>
  );
}
