import { create } from 'zustand';
import type { DramatisGraph } from '../graph/buildGraph';
import type { FocusTarget } from '../graph/focus';
import { DEFAULT_FILTERS, type FilterState } from '../graph/filterState';
import { buildLegend, type Legend } from '../graph/legend';
import type { Visibility } from '../graph/visibility';
import { VisibilityEngine, type VisibilityChange } from '../graph/visibilityEngine';
import { BundleView } from '../graph/bundleView';
import { carryViewOver } from './carryView';
import { facetUniverse } from '../graph/carryFilters';
import { summarizeForHeader, type GraphSummary } from './graphSummary';
import { rememberAxisOf } from '../graph/timeDomain';

/** A graph's filter engine and bundle index, built before the graph goes to the store. */
export interface PreparedFilters {
  graph: DramatisGraph;
  engine: VisibilityEngine;
  bundles: BundleView;
  legend: Legend;
  /**
   * The store's filters carried over to the graph, already applied to its engine and bundles while
   * preparing (the store's task then only hands them over when the filters are still these).
   */
  applied?: { filters: FilterState; visibility: Visibility; change: VisibilityChange };
}

/** The filter engine and bundle index of `graph` in steps (pauses between a few thousand events each). */
export function* prepareFilterSteps(graph: DramatisGraph): Generator<void, PreparedFilters> {
  const engine = yield* VisibilityEngine.buildSteps(graph);
  // The timeline's axis, from the columns just read (its deferred render would read every date again).
  rememberAxisOf(graph, engine.columns);
  yield;
  const bundles = yield* BundleView.buildSteps(graph, engine);
  yield;
  const legend = buildLegend(graph);
  yield;
  // Kept with the graph for carrying the filters over when it reaches the store.
  facetUniverse(graph);
  yield;
  const shown = useAppStore.getState();
  if (shown.status !== 'ready' || !shown.graph || shown.graph === graph) return { graph, engine, bundles, legend };
  const { filters } = carryViewOver(shown, shown.graph, graph);
  const { visibility, change } = engine.apply(filters);
  yield;
  bundles.follow(change);
  return { graph, engine, bundles, legend, applied: { filters, visibility, change } };
}

/** Whether two filter states are the same (carried over afresh, equal filters are new objects). */
function sameFilters(a: FilterState, b: FilterState): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export type LoadStatus = 'loading' | 'ready' | 'error';
export type LayoutStatus = 'pending' | 'running' | 'settled';
export type Selection = FocusTarget;

export interface AppState {
  status: LoadStatus;
  error: string | null;
  graph: DramatisGraph | null;
  legend: Legend | null;
  summary: GraphSummary | null;
  layout: LayoutStatus;
  /** Share of the layout's budget used so far, 0 to 1. */
  layoutProgress: number;
  selection: Selection | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** Serialisable filter state; `visibility` is derived from it and the graph. */
  filters: FilterState;
  visibility: Visibility | null;
  /** What the last filter change showed or hid, so the view redraws only those items. */
  visibilityChange: VisibilityChange | null;
  /**
   * Bundles (events of one pair and relation, drawn as one line) and happenings (reports of the same
   * happening, counted once) under the current filters; updated in place with `visibility`.
   */
  bundles: BundleView | null;
  /** Text in the actor search box. */
  searchQuery: string;
  /** The canvas or its accessible alternative, the relations table. */
  mainView: 'graph' | 'table';
  /** The article open in the source reader, and the relation whose sentence it highlights. */
  reader: { doc: string; edge: string | null } | null;
  /** Messages for the user (e.g. ignored URL values), newest last. */
  notices: string[];
  /** Actors without any relation are laid out in rows under the graph (otherwise left off the stage). */
  shelfOpen: boolean;
  /** The timeline is playing: its steps replace one history entry instead of adding many. */
  timelinePlaying: boolean;
}

export interface AppActions {
  /** A first graph (the session's start); `prepared` as for graphReplaced. */
  graphLoaded(graph: DramatisGraph, prepared?: PreparedFilters): void;
  /**
   * The session's sources changed: show `graph` instead, keeping the filters and selection that still
   * apply. `prepared`: its filter engine and bundles, built beforehand in slices (prepareFilterSteps).
   */
  graphReplaced(graph: DramatisGraph, prepared?: PreparedFilters): void;
  graphFailed(message: string): void;
  layoutStarted(): void;
  layoutProgressed(fraction: number): void;
  layoutSettled(): void;
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  clearSelection(): void;
  hoverNode(node: string | null): void;
  hoverEdge(edge: string | null): void;
  /** Apply a pure transition to the filters; visibility follows. */
  updateFilters(change: (f: FilterState) => FilterState): void;
  resetFilters(): void;
  setSearchQuery(query: string): void;
  setMainView(view: 'graph' | 'table'): void;
  openReader(doc: string, edge: string | null): void;
  closeReader(): void;
  pushNotice(message: string): void;
  dismissNotice(index: number): void;
  setTimelinePlaying(playing: boolean): void;
  toggleShelf(): void;
}

export type AppStore = AppState & AppActions;

export const INITIAL_STATE: AppState = {
  status: 'loading',
  error: null,
  graph: null,
  legend: null,
  summary: null,
  layout: 'pending',
  layoutProgress: 0,
  selection: null,
  hoveredNode: null,
  hoveredEdge: null,
  filters: DEFAULT_FILTERS,
  visibility: null,
  visibilityChange: null,
  bundles: null,
  searchQuery: '',
  mainView: 'graph',
  reader: null,
  notices: [],
  timelinePlaying: false,
  shelfOpen: false,
};

// The incremental filter state of the loaded graph (typed arrays; not part of the serialisable state).
let engine: VisibilityEngine | null = null;

export const useAppStore = create<AppStore>()((set, get) => ({
  ...INITIAL_STATE,
  graphLoaded: (graph, prepared) => {
    const ready = prepared?.graph === graph ? prepared : null;
    engine = ready?.engine ?? new VisibilityEngine(graph);
    const bundles = ready?.bundles ?? new BundleView(graph, engine);
    const { visibility, change } = engine.apply(get().filters);
    bundles.follow(change);
    set({
      ...INITIAL_STATE,
      status: 'ready',
      graph,
      legend: ready?.legend ?? buildLegend(graph),
      summary: summarizeForHeader(graph),
      filters: get().filters,
      visibility,
      visibilityChange: change,
      bundles,
      notices: get().notices,
    });
  },
  graphReplaced: (graph, prepared) => {
    const previous = get();
    if (previous.status !== 'ready' || !previous.graph || !engine) {
      previous.graphLoaded(graph, prepared);
      return;
    }
    if (previous.graph === graph) return;
    const carried = carryViewOver(previous, previous.graph, graph);
    const ready = prepared?.graph === graph ? prepared : null;
    engine = ready?.engine ?? new VisibilityEngine(graph);
    const bundles = ready?.bundles ?? new BundleView(graph, engine);
    // Applied while preparing, unless the filters changed since; else from those (a partial change then).
    const applied = ready?.applied && sameFilters(ready.applied.filters, carried.filters) ? ready.applied : null;
    const { visibility, change } = applied ?? engine.apply(carried.filters);
    if (!applied) bundles.follow(change);
    set({ ...carried, graph, legend: ready?.legend ?? buildLegend(graph), summary: summarizeForHeader(graph), visibility, visibilityChange: change, bundles });
  },
  graphFailed: (message) => {
    engine = null;
    set({ ...INITIAL_STATE, status: 'error', error: message });
  },
  layoutStarted: () => set({ layout: 'running', layoutProgress: 0 }),
  layoutProgressed: (fraction) => set({ layoutProgress: fraction }),
  layoutSettled: () => set({ layout: 'settled', layoutProgress: 1 }),
  selectNode: (node) => {
    if (get().graph?.hasNode(node)) set({ selection: { kind: 'node', node } });
  },
  selectEdge: (edge) => {
    if (get().graph?.hasEdge(edge)) set({ selection: { kind: 'edge', edge } });
  },
  clearSelection: () => set({ selection: null }),
  hoverNode: (node) => set({ hoveredNode: node }),
  hoverEdge: (edge) => set({ hoveredEdge: edge }),
  updateFilters: (change) => {
    const filters = change(get().filters);
    if (!engine || !get().graph) {
      set({ filters });
      return;
    }
    const next = engine.apply(filters);
    get().bundles?.follow(next.change);
    set({ filters, visibility: next.visibility, visibilityChange: next.change });
  },
  resetFilters: () => get().updateFilters(() => DEFAULT_FILTERS),
  setSearchQuery: (searchQuery) => set({ searchQuery }),
  setMainView: (mainView) => set({ mainView }),
  openReader: (doc, edge) => {
    const docs = get().graph?.getAttribute('documents') ?? [];
    if (docs.some((d) => d.id === doc)) set({ reader: { doc, edge } });
  },
  closeReader: () => set({ reader: null }),
  pushNotice: (message) => set({ notices: [...get().notices, message] }),
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  setTimelinePlaying: (timelinePlaying) => set({ timelinePlaying }),
  toggleShelf: () => set({ shelfOpen: !get().shelfOpen }),
}));
