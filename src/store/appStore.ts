import { create } from 'zustand';
import type { DramatisGraph } from '../graph/buildGraph';
import type { FocusTarget } from '../graph/focus';
import { buildLegend, type Legend } from '../graph/legend';
import { summarizeForHeader, type GraphSummary } from './graphSummary';

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
  selection: Selection | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
}

export interface AppActions {
  graphLoaded(graph: DramatisGraph): void;
  graphFailed(message: string): void;
  layoutStarted(): void;
  layoutSettled(): void;
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  clearSelection(): void;
  hoverNode(node: string | null): void;
  hoverEdge(edge: string | null): void;
}

export type AppStore = AppState & AppActions;

export const INITIAL_STATE: AppState = {
  status: 'loading',
  error: null,
  graph: null,
  legend: null,
  summary: null,
  layout: 'pending',
  selection: null,
  hoveredNode: null,
  hoveredEdge: null,
};

export const useAppStore = create<AppStore>()((set, get) => ({
  ...INITIAL_STATE,
  graphLoaded: (graph) =>
    set({ ...INITIAL_STATE, status: 'ready', graph, legend: buildLegend(graph), summary: summarizeForHeader(graph) }),
  graphFailed: (message) => set({ ...INITIAL_STATE, status: 'error', error: message }),
  layoutStarted: () => set({ layout: 'running' }),
  layoutSettled: () => set({ layout: 'settled' }),
  selectNode: (node) => {
    if (get().graph?.hasNode(node)) set({ selection: { kind: 'node', node } });
  },
  selectEdge: (edge) => {
    if (get().graph?.hasEdge(edge)) set({ selection: { kind: 'edge', edge } });
  },
  clearSelection: () => set({ selection: null }),
  hoverNode: (node) => set({ hoveredNode: node }),
  hoverEdge: (edge) => set({ hoveredEdge: edge }),
}));
