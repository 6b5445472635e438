// GraphML: graphology-graphml reads only, so this small writer declares a key for every attribute
// (with attr.name and attr.type, as NetworkX and yEd read them) and escapes every value.
import type { SerializedDramatisGraph } from '../../domain/contract';
import { EDGE_FIELDS, NODE_FIELDS, encodeEdgeAttributes, encodeNodeAttributes, type FlatAttributes } from './flatAttributes';
import { escapeAttribute, escapeText, xmlSafe, xmlSafeGraph } from './xmlText';

export interface GraphmlWriteOptions {
  extraGraphAttributes?: Record<string, unknown>;
  positions?: (node: string) => { x: number; y: number } | undefined;
}

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

function key(id: string, domain: 'graph' | 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${escapeAttribute(id)}" for="${domain}" attr.name="${escapeAttribute(name)}" attr.type="${type}"/>\n`;
}

function dataLines(prefix: string, values: FlatAttributes, indent: string): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) out += `${indent}<data key="${escapeAttribute(prefix + name)}">${escapeText(String(value))}</data>\n`;
  return out;
}

export function writeGraphmlText(selection: SerializedDramatisGraph, options: GraphmlWriteOptions = {}): string {
  const data = xmlSafeGraph(selection);
  const extra = Object.entries(options.extraGraphAttributes ?? {}).filter(([name]) => name !== 'documents');
  const parts: string[] = [HEADER];
  parts.push(key('g.documents', 'graph', 'documents', 'string'));
  for (const [name] of extra) parts.push(key(`g.${xmlSafe(name)}`, 'graph', xmlSafe(name), 'string'));
  for (const [name, type] of NODE_FIELDS) parts.push(key(`n.${name}`, 'node', name, type));
  if (options.positions) for (const axis of ['x', 'y']) parts.push(key(`n.${axis}`, 'node', axis, 'double'));
  for (const [name, type] of EDGE_FIELDS) parts.push(key(`e.${name}`, 'edge', name, type));
  parts.push('  <graph id="G" edgedefault="directed">\n');
  parts.push(`    <data key="g.documents">${escapeText(JSON.stringify(data.attributes.documents))}</data>\n`);
  for (const [name, value] of extra) parts.push(`    <data key="${escapeAttribute(`g.${xmlSafe(name)}`)}">${escapeText(xmlSafe(JSON.stringify(value) ?? 'null'))}</data>\n`);
  for (const n of data.nodes) {
    const position = options.positions?.(n.key);
    const values: FlatAttributes = { label: n.attributes.label, ...encodeNodeAttributes(n.attributes), ...(position ? { x: position.x, y: position.y } : {}) };
    parts.push(`    <node id="${escapeAttribute(n.key)}">\n${dataLines('n.', values, '      ')}    </node>\n`);
  }
  for (const e of data.edges) {
    const head = `    <edge id="${escapeAttribute(e.key)}" source="${escapeAttribute(e.source)}" target="${escapeAttribute(e.target)}">\n`;
    parts.push(`${head}${dataLines('e.', encodeEdgeAttributes(e.attributes), '      ')}    </edge>\n`);
  }
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}
