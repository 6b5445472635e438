// GEXF 1.3 through graphology-gexf's writer, made dynamic: graphology-gexf has no way to write
// time, so the graph gets mode="dynamic" timeformat="date" and each edge the days its event spans
// (start/end; a month-precision event spans its month) in one pass over the written text.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import writeGexf from 'graphology-gexf/common/writer.js';
import { KIND_COLORS } from '../appearance';
import type { EdgeAttributes, NodeAttributes, SerializedDramatisGraph } from '../../domain/contract';
import { eventSpan, isoDay } from '../eventTime';
import { relationStyle } from '../relationStyles';
import { encodeEdgeAttributes, encodeNodeAttributes, encodeGraphMeta } from './flatAttributes';
import { xmlSafeGraph } from './xmlText';

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

export interface GexfWriteOptions {
  extraGraphAttributes?: Record<string, unknown>;
  positions?: (node: string) => { x: number; y: number } | undefined;
}

export function writeGexfText(selection: SerializedDramatisGraph, options: GexfWriteOptions = {}): string {
  const data = xmlSafeGraph(selection);
  const graph = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
  graph.import({ ...data, attributes: {} } as unknown as Parameters<typeof graph.import>[0]);
  graph.replaceAttributes({ creator: 'Dramatis', description: encodeGraphMeta(data.attributes.documents, options.extraGraphAttributes ?? {}) });
  const text = writeGexf(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, a) => {
      const attrs = a as NodeAttributes;
      const position = options.positions?.(key);
      return {
        label: attrs.label,
        attributes: encodeNodeAttributes(attrs),
        viz: { color: rgb(KIND_COLORS[attrs.kind] ?? KIND_COLORS.other), ...(position ? { x: position.x, y: position.y } : {}) },
      };
    },
    formatEdge: (_key, a) => {
      const attrs = a as EdgeAttributes;
      const style = relationStyle(attrs.relation);
      return { label: style.label, attributes: encodeEdgeAttributes(attrs), viz: { color: rgb(style.color) } };
    },
  });
  const spans = data.edges.map((e) => eventSpan(e.attributes).map(isoDay));
  let edgeIndex = 0;
  const dynamic = text
    .replace(/<graph /, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<edge id=/g, () => {
      const span = spans[edgeIndex++];
      if (!span) throw new Error('GEXF writer: more edges written than the graph has');
      return `<edge start="${span[0]}" end="${span[1]}" id=`;
    });
  if (edgeIndex !== spans.length) throw new Error(`GEXF writer: ${edgeIndex} edges written for ${spans.length}`);
  return dynamic;
}
