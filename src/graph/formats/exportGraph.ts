// Export: the graph, or what is visible of it, as GEXF 1.3 (dynamic), GraphML, JSON or CSV files.
import type { DramatisGraph } from '../buildGraph';
import { writeEdgesCsv, writeNodesCsv } from './csvWriter';
import { selectForExport } from './exportSelection';
import { writeGexfText } from './gexfWriter';
import { writeGraphmlText } from './graphmlWriter';
import { writeJson } from './jsonFormat';
import type { ExportedFile, ExportOptions, GraphFormat } from './types';

const MIME: Record<GraphFormat, string> = {
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  json: 'application/json',
  csv: 'text/csv',
};

/** The graph (or what `options` selects of it) as files of one format; CSV gives nodes.csv and edges.csv. */
export function exportGraph(graph: DramatisGraph, format: GraphFormat, options: ExportOptions = {}): ExportedFile[] {
  const selection = selectForExport(graph, options);
  const base = options.baseName ?? 'dramatis-graph';
  const extra = options.extraGraphAttributes ?? {};
  switch (format) {
    case 'gexf':
      return [{ name: `${base}.gexf`, mime: MIME.gexf, text: writeGexfText(selection, { extraGraphAttributes: extra, ...(options.positions ? { positions: options.positions } : {}) }) }];
    case 'graphml':
      return [{ name: `${base}.graphml`, mime: MIME.graphml, text: writeGraphmlText(selection, { extraGraphAttributes: extra, ...(options.positions ? { positions: options.positions } : {}) }) }];
    case 'json':
      return [{ name: `${base}.json`, mime: MIME.json, text: writeJson(selection, extra) }];
    case 'csv':
      return [
        { name: `${base}-nodes.csv`, mime: MIME.csv, text: writeNodesCsv(selection) },
        { name: `${base}-edges.csv`, mime: MIME.csv, text: writeEdgesCsv(selection) },
      ];
  }
}
