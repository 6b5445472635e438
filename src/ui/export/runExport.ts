// Performs one export the dialog asks for and saves its file(s): a picture of the current view
// (PNG or SVG, with its caption) or a graph file of what is visible or of everything.
import type Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import type { FilterState } from '../../graph/filterState';
import { exportGraph } from '../../graph/formats/exportGraph';
import type { ExportOptions, GraphFormat } from '../../graph/formats/types';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import type { Visibility } from '../../graph/visibility';
import { layoutCaption } from './captionLayout';
import { downloadBlob, downloadText } from './downloadFile';
import { canvasTextMeasurer } from './drawCaption';
import { buildCaption } from './exportCaption';
import { exportBaseName, imageFileName } from './exportFileNames';
import { exportGraphAttributes } from './jsonExportExtras';
import { readSigmaScene } from './readSigmaScene';
import { renderPng, type PngScale } from './renderPng';
import { writeSvg } from './writeSvg';

export type PictureFormat = 'png' | 'svg';
export type ExportFormat = PictureFormat | GraphFormat;
export type ExportScope = 'visible' | 'all';

export interface ExportRequest {
  format: ExportFormat;
  scale: PngScale;
  scope: ExportScope;
  title: string;
}

export interface ExportContext {
  graph: DramatisGraph;
  visibility: Visibility | null;
  filters: FilterState;
  sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes> | null;
}

export interface SavedFile {
  name: string;
  bytes: number;
}

export function isPictureFormat(format: ExportFormat): format is PictureFormat {
  return format === 'png' || format === 'svg';
}

/** The options `exportGraph` gets for a scope: "visible" keeps the store's visible relations and actors. */
export function graphExportOptions(request: ExportRequest, context: ExportContext): ExportOptions {
  const options: ExportOptions = { baseName: exportBaseName(request.title, context.filters), extraGraphAttributes: exportGraphAttributes() };
  // Where the view draws each actor, so Gephi and yEd open the same picture.
  const view = context.sigma?.getGraph();
  if (view) options.positions = (node) => (view.hasNode(node) ? { x: view.getNodeAttribute(node, 'x'), y: view.getNodeAttribute(node, 'y') } : undefined);
  const visibility = context.visibility;
  if (request.scope === 'visible' && visibility) {
    options.edges = (edge) => visibility.edges.has(edge);
    options.nodes = (node) => visibility.nodes.has(node);
  }
  return options;
}

async function exportPicture(format: PictureFormat, request: ExportRequest, context: ExportContext): Promise<SavedFile[]> {
  const { sigma, graph, visibility, filters } = context;
  if (!sigma) throw new Error('There is no graph view to draw: pictures need the graph on screen.');
  const caption = buildCaption(graph, visibility, filters, request.title);
  const name = imageFileName(exportBaseName(request.title, filters), format, request.scale);
  if (format === 'png') {
    const blob = await renderPng(sigma, caption, request.scale);
    downloadBlob(blob, name);
    return [{ name, bytes: blob.size }];
  }
  const scene = readSigmaScene(sigma);
  const svg = writeSvg(scene, layoutCaption(caption, scene.width, canvasTextMeasurer()), caption.title);
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  downloadBlob(blob, name);
  return [{ name, bytes: blob.size }];
}

/** Saves the requested export; throws an Error whose message can be shown as it is. */
export async function runExport(request: ExportRequest, context: ExportContext): Promise<SavedFile[]> {
  if (isPictureFormat(request.format)) return exportPicture(request.format, request, context);
  const files = exportGraph(context.graph, request.format, graphExportOptions(request, context));
  for (const file of files) downloadText(file.text, file.mime, file.name);
  return files.map((f) => ({ name: f.name, bytes: new Blob([f.text]).size }));
}
