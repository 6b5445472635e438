import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { describeNode } from '../store/nodeDetails';
import { EvidenceQuote } from './EvidenceQuote';
import { ActorLink, EventDate, ModalityTag, RelationTag } from './EventBits';

export function NodePanel({ node }: { node: string }) {
  const graph = useAppStore((s) => s.graph);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const details = useMemo(() => (graph ? describeNode(graph, node) : null), [graph, node]);
  if (!details) return <p className="panel-empty">This actor is not in the graph.</p>;

  return (
    <article className="panel-body" data-testid="node-panel">
      <header className="panel-header">
        <p className="kind-line">
          <span className="swatch-node" style={{ backgroundColor: details.kindColor }} aria-hidden="true" />
          {details.kindLabel}
        </p>
        <h2 className="panel-title">{details.label}</h2>
        <dl className="facts">
          {details.aliases.length > 0 && (
            <div>
              <dt>Also known as</dt>
              <dd>{details.aliases.join(', ')}</dd>
            </div>
          )}
          {details.affiliation && (
            <div>
              <dt>Affiliation</dt>
              <dd>
                <ActorLink actor={details.affiliation} />
              </dd>
            </div>
          )}
          <div>
            <dt>Degree</dt>
            <dd>
              {details.degree} {details.degree === 1 ? 'event' : 'events'} with {details.neighbourCount}{' '}
              {details.neighbourCount === 1 ? 'actor' : 'actors'}
            </dd>
          </div>
        </dl>
        <h3 className="section-title">Relations</h3>
      </header>

      <div className="panel-scroll">
        {details.relations.length === 0 && <p className="muted">No relations were extracted for this actor.</p>}
        <ol className="event-list">
          {details.relations.map((r) => (
            <li key={r.edge} className="event-card">
              <button type="button" className="event-open" onClick={() => selectEdge(r.edge)} title="Show every event between these two actors">
                <RelationTag relation={r.relation} />
                <span className="direction">{r.direction === 'outgoing' ? '→' : '←'}</span>
                <span className="counterpart">{r.counterpart.label}</span>
              </button>
              <div className="event-meta">
                <EventDate date={r.date} dateEnd={r.dateEnd} precision={r.datePrecision} />
                <ModalityTag modality={r.modality} />
              </div>
              <EvidenceQuote text={r.evidence} cue={r.cue} />
            </li>
          ))}
        </ol>
      </div>
    </article>
  );
}
