import type { ExportOptions } from '../../graph/formats/types';
import { exportBaseName } from './exportFileNames';
import type { ExportContext, ExportRequest } from './exportRequest';
import { exportGraphAttributes } from '../../app/export/jsonExportExtras';

/**
 * The options exportGraph gets: "visible" keeps the store's visible relations and actors; the
 * view's positions go along (Gephi and yEd open the same picture), and so do registered graph
 * attributes such as stories.
 */
export function graphExportOptions(request: ExportRequest, context: Omit<ExportContext, 'sigma'>, view?: ExportContext['sigma']): ExportOptions {
  const options: ExportOptions = { baseName: exportBaseName(request.title, context.filters, request.scope === 'all'), extraGraphAttributes: exportGraphAttributes() };
  const drawn = view?.getGraph();
  if (drawn) options.positions = (node) => (drawn.hasNode(node) ? { x: drawn.getNodeAttribute(node, 'x'), y: drawn.getNodeAttribute(node, 'y') } : undefined);
  const visibility = context.visibility;
  if (request.scope === 'visible' && visibility) {
    options.edges = (edge) => visibility.edges.has(edge);
    options.nodes = (node) => visibility.nodes.has(node);
  }
  return options;
}
