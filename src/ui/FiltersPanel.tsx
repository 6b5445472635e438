import { isolate } from '../graph/bidiText';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MODALITIES } from '../domain/contract';
import type { FacetOption } from '../graph/facetDescriptor';
import { LIST_FACETS } from '../graph/facetRegistry';
import {
  activeFilterCount,
  clearFacet,
  clearFocus,
  facetIncludes,
  focusOn,
  onlyInFacet,
  setMinConfidence,
  setModalitiesShown,
  toggleFacet,
  togglePin,
  UNREALISED_MODALITIES,
  type FacetValue,
  type ListFacet,
} from '../graph/filterTransitions';
import { listOf } from '../graph/filterState';
import { useAppStore } from '../store/appStore';
import { useGraphSwapDeferred } from './useGraphSwapDeferred';
import { ActorLink } from './EventBits';
import { PathStatus, updateAndFrame } from './ExplorerControls';
import { SourcesSection } from './import/SourcesSection';
import { useListLimit } from './useListLimit';

type AnyListFacet = (typeof LIST_FACETS)[number];

function Section({ title, note, action, children, testId }: { title: string; note?: string; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="filter-section" data-testid={testId}>
      <div className="filter-section-head">
        <h3>{title}</h3>
        {action}
      </div>
      {note && <p className="filter-note">{note}</p>}
      {children}
    </section>
  );
}

/** A facet list longer than this (a thousand documents) shows its first rows and a "Show all" button. */
const FACET_ROWS_AT_FIRST = 100;

/** A checkbox list for one list facet; counts come from visibility (they follow the other filters). */
function FacetList<K extends ListFacet>({ facet, options, counts }: { facet: K; options: FacetOption[]; counts: ReadonlyMap<string, number> }) {
  const filters = useAppStore((s) => s.filters);
  const updateFilters = useAppStore((s) => s.updateFilters);
  // The descriptor lists only values of its own facet.
  const all = options.map((o) => o.id as FacetValue<K>);
  const toggle = (id: FacetValue<K>) => updateFilters(toggleFacet(facet, id, all));
  const only = (id: FacetValue<K>) => updateFilters(onlyInFacet(facet, id, all));
  // Values ticked off always show, so that what the filter leaves out is never out of sight.
  const tickedOff = useCallback((o: FacetOption) => !facetIncludes(filters, facet, o.id as FacetValue<K>), [filters, facet]);
  const rows = useListLimit(options, FACET_ROWS_AT_FIRST, tickedOff);
  return (
    <>
      <ul className="facet-list">
        {rows.shown.map((o) => {
          const id = o.id as FacetValue<K>;
          const on = facetIncludes(filters, facet, id);
          const count = counts.get(o.id) ?? 0;
          return (
            <li key={o.id} className={`facet-row${on ? '' : ' off'}${count === 0 ? ' empty' : ''}`} data-testid={`facet-${facet}-${o.id}`}>
              <label title={o.title}>
                <input type="checkbox" checked={on} onChange={() => toggle(id)} />
                {o.swatch && (
                  <span
                    className={o.swatch.shape === 'edge' ? 'facet-swatch-edge' : 'swatch-node'}
                    style={{ backgroundColor: o.swatch.color }}
                    aria-hidden="true"
                  />
                )}
                <bdi className="facet-label">{o.label}</bdi>
                <span className="facet-count" aria-label={`${count} relations`}>
                  {count}
                </span>
              </label>
              <button type="button" className="facet-only" onClick={() => only(id)} aria-label={`Show only ${o.label}`} title={`Show only ${o.title ?? isolate(o.label)}`}>
                only
              </button>
            </li>
          );
        })}
      </ul>
      {rows.hidden > 0 && (
        <button type="button" className="show-more" onClick={rows.showAll}>
          Show all {options.length} ({rows.hidden} more)
        </button>
      )}
    </>
  );
}

function AllButton({ facet }: { facet: ListFacet }) {
  const restricted = useAppStore((s) => listOf(s.filters, facet) !== null);
  const updateFilters = useAppStore((s) => s.updateFilters);
  if (!restricted) return null;
  return (
    <button type="button" className="link-button" onClick={() => updateFilters(clearFacet(facet))}>
      all
    </button>
  );
}

function ConfidenceSlider() {
  const min = useAppStore((s) => s.filters.minConfidence);
  const updateFilters = useAppStore((s) => s.updateFilters);
  return (
    <div className="confidence">
      <div className="confidence-line">
        <label htmlFor="min-confidence">At least</label>
        <output htmlFor="min-confidence" data-testid="min-confidence-value">
          {min.toFixed(2)}
        </output>
      </div>
      <input
        id="min-confidence"
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={min}
        data-testid="min-confidence"
        onChange={(e) => updateFilters(setMinConfidence(Number(e.target.value)))}
      />
      <div className="confidence-scale" aria-hidden="true">
        <span>0</span>
        <span>0.5</span>
        <span>1</span>
      </div>
    </div>
  );
}

/** Ego network, pinned actors and the highlighted path, each with one-click clearing. */
function ExploreStatus() {
  const graph = useAppStore((s) => s.graph);
  const focus = useAppStore((s) => s.filters.focus);
  const hops = useAppStore((s) => s.filters.hops);
  const pinned = useAppStore((s) => s.filters.pinned);
  const path = useAppStore((s) => s.filters.path);
  const updateFilters = useAppStore((s) => s.updateFilters);
  const label = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  if (!focus && pinned.length === 0 && !path)
    return <p className="filter-hint">Select an actor to show only its network, pin it, or find the shortest path to another actor.</p>;
  return (
    <div className="explore-status">
      {focus && (
        <div className="chip" data-testid="network-status">
          <span className="chip-text">
            Network of <ActorLink actor={{ id: focus, label: label(focus) }} />
          </span>
          <span className="segmented small">
            {([1, 2] as const).map((h) => (
              <button key={h} type="button" aria-pressed={hops === h} onClick={() => updateAndFrame(focusOn(focus, h), 'shown')}>
                {h} {h === 1 ? 'hop' : 'hops'}
              </button>
            ))}
          </span>
          <button type="button" className="chip-clear" aria-label="Show all actors again" title="Show all actors again" onClick={() => updateFilters(clearFocus())}>
            ×
          </button>
        </div>
      )}
      {pinned.map((id) => (
        <div className="chip" key={id} data-testid={`pinned-${id}`}>
          <span className="chip-text">
            Pinned <ActorLink actor={{ id, label: label(id) }} />
          </span>
          <button type="button" className="chip-clear" aria-label={`Unpin ${label(id)}`} title="Unpin" onClick={() => updateFilters(togglePin(id))}>
            ×
          </button>
        </div>
      ))}
      {path && <PathStatus />}
    </div>
  );
}

/** "Hide hypothetical and negated": one click for the modalities a reader usually wants out of the way. */
function HideUnrealisedToggle() {
  const modalities = useAppStore((s) => s.filters.modalities);
  const updateFilters = useAppStore((s) => s.updateFilters);
  const unrealisedHidden = UNREALISED_MODALITIES.every((m) => modalities !== null && !modalities.includes(m));
  return (
    <label className="quick-toggle">
      <input
        type="checkbox"
        data-testid="hide-unrealised"
        checked={unrealisedHidden}
        onChange={() => updateFilters(setModalitiesShown(UNREALISED_MODALITIES, unrealisedHidden, MODALITIES))}
      />
      Hide hypothetical and negated
    </label>
  );
}

/** Controls a facet's section shows under its list, besides the rows. */
const FACET_EXTRAS: Partial<Record<ListFacet, () => ReactNode>> = { modalities: HideUnrealisedToggle };

/** One list facet's section, as its descriptor describes it; nothing when the facet has no value to offer. */
function FacetSection({ facet, options, counts }: { facet: AnyListFacet; options: FacetOption[]; counts: ReadonlyMap<string, number> }) {
  if (options.length === 0) return null;
  const Extra = FACET_EXTRAS[facet.key];
  return (
    <Section title={facet.panel.title} note={facet.panel.note} action={<AllButton facet={facet.key} />} testId={`filter-${facet.key}`}>
      <FacetList facet={facet.key} options={options} counts={counts} />
      {Extra && <Extra />}
    </Section>
  );
}

function FilterControls() {
  // A new graph's options and counts are listed in React's deferred render.
  const { graph, legend, visibility } = useGraphSwapDeferred((s) => ({ graph: s.graph, legend: s.legend, visibility: s.visibility }));
  // An active network, pin or path is listed first, where it is seen; otherwise a hint closes the column.
  const exploring = useAppStore((s) => s.filters.focus !== null || s.filters.pinned.length > 0 || s.filters.path !== null);

  const options = useMemo(() => (graph && legend ? LIST_FACETS.map((d) => d.panel.options({ graph, legend })) : null), [graph, legend]);
  if (!options || !visibility) return null;

  const explore = (
    <Section title="Network and path" testId="filter-explore">
      <ExploreStatus />
    </Section>
  );
  const sections = (provenance: boolean) =>
    LIST_FACETS.map((d, k) => (d.panel.provenance === provenance ? <FacetSection key={d.key} facet={d} options={options[k]!} counts={visibility.counts[d.id]} /> : null));

  return (
    <div className="filters-scroll">
      <SourcesSection />
      {exploring && explore}
      {sections(false)}
      <Section title="Minimum confidence" testId="filter-confidence">
        <ConfidenceSlider />
      </Section>
      {sections(true)}
      {!exploring && explore}
    </div>
  );
}

/** Below this window width the column starts folded, so the graph keeps enough room. */
const WIDE_ENOUGH = '(min-width: 1280px)';

function wideWindowQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_ENOUGH) : null;
}

/** Open on wide windows; folds when the window becomes narrow and opens when it is wide again. */
function useOpenOnWideWindows(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => wideWindowQuery()?.matches ?? true);
  useEffect(() => {
    const query = wideWindowQuery();
    if (!query) return undefined;
    const onChange = (e: MediaQueryListEvent) => setOpen(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return [open, setOpen];
}

/** The left column of filters; it folds to a narrow rail so the graph gets the room back. */
export function FiltersPanel() {
  const [open, setOpen] = useOpenOnWideWindows();
  const active = useAppStore((s) => activeFilterCount(s.filters));
  const ready = useAppStore((s) => s.status === 'ready');
  const badge = active > 0 && (
    <span className="filters-badge" aria-label={`${active} active`}>
      {active}
    </span>
  );
  if (!open) {
    return (
      <aside className="filters-column collapsed" aria-label="Filters" data-testid="filters">
        <button type="button" className="filters-rail" aria-expanded={false} aria-controls="filters-body" onClick={() => setOpen(true)} title="Show filters">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2 3h12l-4.6 5.4V13l-2.8 1.2V8.4z" />
          </svg>
          <span className="filters-rail-text">Filters</span>
          {badge}
        </button>
      </aside>
    );
  }
  return (
    <aside className="filters-column" aria-label="Filters" data-testid="filters">
      <div className="filters-head">
        <h2>
          Filters {badge}
        </h2>
        <button type="button" className="filters-collapse" aria-expanded={true} aria-controls="filters-body" onClick={() => setOpen(false)} title="Hide filters">
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">Hide filters</span>
        </button>
      </div>
      <div id="filters-body" className="filters-body">
        {ready ? <FilterControls /> : <p className="filter-hint">Filters appear once the graph has loaded.</p>}
      </div>
    </aside>
  );
}
