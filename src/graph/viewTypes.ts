import type { MultiDirectedGraph } from 'graphology';
import type { ActorKind } from '../domain/contract';

/** Renderer names registered with sigma (see ui/graphView/sigmaSettings). */
export type EdgeShape = 'arrow' | 'line' | 'curvedArrow' | 'curved';

/** Display attributes sigma reads; the data graph itself is never mutated by the view. */
export interface ViewNodeAttributes {
  label: string;
  kind: ActorKind;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Set while the layout runs for actors it places last. */
  hidden?: boolean;
}

export interface ViewEdgeAttributes {
  relation: string;
  size: number;
  color: string;
  /** Sigma's renderer choice; carries no meaning. */
  type: EdgeShape;
  curvature: number;
  directed: boolean;
  /** Lines drawn for a bundle: how many happenings it holds, and that count as text ("×3"). */
  count?: number;
  label?: string;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ViewGraph = MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>;
