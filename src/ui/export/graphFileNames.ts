// The names exportGraph gives its files for a base name, shown before anything is written.
import type { GraphFormat } from '../../graph/formats/types';

const EXTENSIONS: Readonly<Record<Exclude<GraphFormat, 'csv'>, string>> = { gexf: 'gexf', graphml: 'graphml', json: 'json' };

export function graphFileNames(base: string, format: GraphFormat): string[] {
  if (format === 'csv') return [`${base}-nodes.csv`, `${base}-edges.csv`];
  return [`${base}.${EXTENSIONS[format]}`];
}
