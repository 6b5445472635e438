import { isDefaultFilters } from '../graph/filterTransitions';
import { useAppStore } from '../store/appStore';
import { ActorSearch } from './ActorSearch';
import { flyToNode } from '../app/stage/sigmaRegistry';
import { ViewSwitch } from './ViewSwitch';
import { StoryToolbarButtons } from './story/StoryToolbarButtons';

/**
 * "N of M events (R of S reports) · A of B actors shown": events count happenings (reports of the
 * same happening once), reports count every sentence's relation. Always in view.
 */
export function ShownIndicator() {
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore((s) => s.visibility);
  const bundles = useAppStore((s) => s.bundles);
  if (!graph || !visibility) return null;
  const relations = visibility.edges.size;
  const actors = visibility.nodes.size;
  const all = relations === graph.size && actors === graph.order;
  const events = bundles?.shownHappenings ?? relations;
  const totalEvents = bundles?.totalHappenings ?? graph.size;
  return (
    <p
      className={`shown-indicator${all ? '' : ' filtered'}`}
      data-testid="shown-indicator"
      aria-live="polite"
      title={`${relations} of ${graph.size} reports shown. An event told in several sentences or documents counts once; each of those sentences is a report.`}
    >
      <strong data-testid="shown-events">{events}</strong> of <span data-testid="total-events">{totalEvents}</span> events{' '}
      <span className="shown-reports">
        (<span data-testid="shown-relations">{relations}</span> of <span data-testid="total-relations">{graph.size}</span> reports)
      </span>{' '}
      <span className="shown-sep" aria-hidden="true">
        ·
      </span>{' '}
      <strong data-testid="shown-actors">{actors}</strong> of {graph.order} actors shown
    </p>
  );
}

export function ResetFiltersButton() {
  const filters = useAppStore((s) => s.filters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  return (
    <button type="button" className="reset-filters" data-testid="reset-filters" onClick={resetFilters} disabled={isDefaultFilters(filters)}>
      Reset all filters
    </button>
  );
}

/** The actor search box of the toolbar: its text is the store's `searchQuery` (kept in the URL). */
function ToolbarSearch() {
  const searchQuery = useAppStore((s) => s.searchQuery);
  const setSearchQuery = useAppStore((s) => s.setSearchQuery);
  const selectNode = useAppStore((s) => s.selectNode);
  return (
    <ActorSearch
      label="Search actors"
      placeholder="Search actors by any name"
      value={searchQuery}
      onValueChange={setSearchQuery}
      onChoose={(hit) => {
        setSearchQuery(hit.label);
        selectNode(hit.id);
        flyToNode(hit.id);
      }}
      testId="actor-search"
      className="toolbar-search"
    />
  );
}

export function StageToolbar() {
  const ready = useAppStore((s) => s.status === 'ready');
  return (
    <div className="stage-toolbar" data-testid="stage-toolbar">
      {ready && <ViewSwitch />}
      {ready && <ToolbarSearch />}
      <div className="stage-toolbar-spacer" />
      <ShownIndicator />
      {ready && <ResetFiltersButton />}
      {ready && <StoryToolbarButtons />}
    </div>
  );
}
