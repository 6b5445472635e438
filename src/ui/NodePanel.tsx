import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { groupByRelation, type RelationGroup } from '../store/explorerSummaries';
import { describeNode, type NodeRelationLine } from '../store/nodeDetails';
import { ActorCuration } from './curation/ActorCuration';
import { EvidenceQuote } from './EvidenceQuote';
import { ActorLink, EventDate, ModalityTag, RelationTag } from './EventBits';
import { NetworkButtons, PathPicker, PinButton } from './ExplorerControls';
import { OpenInArticleButton } from './reader/OpenInArticleButton';
import { useListLimit } from './useListLimit';

export function NodePanel({ node }: { node: string }) {
  const graph = useAppStore((s) => s.graph);
  const visibleEdges = useAppStore((s) => s.visibility?.edges ?? null);
  const details = useMemo(() => (graph ? describeNode(graph, node) : null), [graph, node]);
  const groups = useMemo(() => (details ? groupByRelation(details.relations, visibleEdges) : []), [details, visibleEdges]);
  if (!details || !graph) return <p className="panel-empty">This actor is not in the graph.</p>;
  const description = graph.getNodeAttribute(node, 'description');
  const hiddenTotal = groups.reduce((n, g) => n + g.hidden, 0);

  return (
    <article className="panel-body" data-testid="node-panel">
      <header className="panel-header">
        <p className="kind-line">
          <span className="swatch-node" style={{ backgroundColor: details.kindColor }} aria-hidden="true" />
          {details.kindLabel}
        </p>
        <h2 className="panel-title">{details.label}</h2>
        <ActorCuration node={node} />
        <dl className="facts">
          {description && (
            <div>
              <dt>Described as</dt>
              <dd>{description}</dd>
            </div>
          )}
          {details.aliases.length > 0 && (
            <div>
              <dt>Also known as</dt>
              <dd>{details.aliases.join(', ')}</dd>
            </div>
          )}
          {details.affiliation && (
            <div>
              <dt>Affiliation</dt>
              <dd data-testid="affiliation">
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
        <div className="node-explore" data-testid="node-explore">
          <div className="control-line">
            <NetworkButtons node={node} />
            <PinButton node={node} />
          </div>
          <PathPicker node={node} />
        </div>
        <h3 className="section-title">
          Relations
          {hiddenTotal > 0 && <span className="section-note"> · {hiddenTotal} hidden by filters</span>}
        </h3>
      </header>

      <div className="panel-scroll">
        {details.relations.length === 0 && <p className="muted">No relations were extracted for this actor.</p>}
        {groups.map((g) => (
          <RelationGroupSection key={g.relation.id} group={g} visibleEdges={visibleEdges} />
        ))}
      </div>
    </article>
  );
}


const EVENTS_SHOWN_AT_FIRST = 40;

function RelationGroupSection({ group: g, visibleEdges }: { group: RelationGroup<NodeRelationLine>; visibleEdges: ReadonlySet<string> | null }) {
  const selectEdge = useAppStore((s) => s.selectEdge);
  const lines = useListLimit(g.lines, EVENTS_SHOWN_AT_FIRST);
  return (
    <section className="relation-group" data-testid={`relation-group-${g.relation.id}`}>
      <h4 className="relation-group-title">
        <RelationTag relation={g.relation} />
        <span className="relation-group-count">{g.lines.length}</span>
        {g.hidden > 0 && <span className="relation-group-hidden">{g.hidden} hidden</span>}
      </h4>
      <ol className="event-list">
        {lines.shown.map((r) => {
          const hidden = visibleEdges !== null && !visibleEdges.has(r.edge);
          return (
            <li key={r.edge} className={`event-card${hidden ? ' filtered-out' : ''}`} data-edge={r.edge}>
              <button type="button" className="event-open" onClick={() => selectEdge(r.edge)} title="Show every event between these two actors">
                <span className="direction" aria-label={r.direction === 'outgoing' ? 'to' : 'from'}>
                  {r.direction === 'outgoing' ? '→' : '←'}
                </span>
                <bdi className="counterpart">{r.counterpart.label}</bdi>
              </button>
              <div className="event-meta">
                <EventDate date={r.date} dateEnd={r.dateEnd} precision={r.datePrecision} />
                <ModalityTag modality={r.modality} />
                {hidden && <span className="hidden-tag">hidden by filters</span>}
              </div>
              <EvidenceQuote text={r.evidence} cue={r.cue} missing={r.missingEvidence} />
              <OpenInArticleButton edge={r.edge} />
            </li>
          );
        })}
      </ol>
      {lines.hidden > 0 && (
        <button type="button" className="show-more" onClick={lines.showAll}>
          Show all {g.lines.length} ({lines.hidden} more)
        </button>
      )}
    </section>
  );
}
