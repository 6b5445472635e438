// What the Export dialog asks for, and what an export needs to know about the app.
import type Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import type { FilterState } from '../../graph/filterState';
import type { GraphFormat } from '../../graph/formats/types';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import type { Visibility } from '../../graph/visibility';

export type PictureFormat = 'png' | 'svg';
/** One HTML file with the app, the graph and the stories, opening in presentation mode from disk. */
export type PresentationFormat = 'presentation';
export type ExportFormat = PictureFormat | GraphFormat | PresentationFormat;
export type ExportScope = 'visible' | 'all';
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface ExportRequest {
  format: ExportFormat;
  scale: PngScale;
  /** Graph files only: what is visible, or everything. Pictures always show the view. */
  scope: ExportScope;
  title: string;
}

export interface ExportContext {
  graph: DramatisGraph;
  visibility: Pick<Visibility, 'nodes' | 'edges'> | null;
  filters: FilterState;
  sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes> | null;
}

export function isPictureFormat(format: ExportFormat): format is PictureFormat {
  return format === 'png' || format === 'svg';
}
