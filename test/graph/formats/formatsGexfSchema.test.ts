// GEXF exports checked against GEXF 1.3 with libxml2 (xmllint-wasm), using a schema transcribed for
// this project from the specification (test/fixtures/gexf-1.3). Broken documents must fail it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import relationsFile from '../../../data/relations.json';
import { generateSyntheticGraph } from '../../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { exportGraph } from '../../../src/graph/formats';

const SCHEMA_DIR = fileURLToPath(new URL('../../fixtures/gexf-1.3/', import.meta.url));
const gexfXsd = readFileSync(`${SCHEMA_DIR}gexf.xsd`, 'utf8');
const vizXsd = readFileSync(`${SCHEMA_DIR}viz.xsd`, 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.gexf', contents: xml }],
    schema: [{ fileName: 'gexf.xsd', contents: gexfXsd }],
    preload: [{ fileName: 'viz.xsd', contents: vizXsd }],
    maxMemoryPages: 4096,
  });
  if (result.valid) return [];
  return result.errors.length ? result.errors.map((e) => e.message) : [result.rawOutput];
}

/** A generated graph's GEXF export, with positions and a graph attribute that needs escaping. */
function exported(actors: number, events: number): string {
  const graph: DramatisGraph = new MultiDirectedGraph();
  graph.import(generateSyntheticGraph({ actors, events, years: 2, seed: 3, relations: relationsFile.relations }));
  const positions = new Map(graph.nodes().map((n, i) => [n, { x: Math.cos(i) * 100, y: Math.sin(i) * 100 }]));
  return exportGraph(graph, 'gexf', { positions: (n) => positions.get(n), extraGraphAttributes: { stories: [{ id: 'a', title: 'A & B <c>' }] } })[0]!.text;
}

let gexf: string;
/** A small export for the broken documents: libxml2's time grows with the document, and one break is what they check. */
let small: string;

beforeAll(() => {
  gexf = exported(200, 1500);
  small = exported(12, 40);
});

describe('GEXF 1.3 schema', () => {
  it('accepts the export: dynamic graph, dated edges, attributes, viz colours and positions', async () => {
    expect(gexf).toContain('<graph mode="dynamic" timeformat="date" defaultedgetype="directed">');
    expect(gexf).toMatch(/<edge start="\d{4}-\d{2}-\d{2}" end="\d{4}-\d{2}-\d{2}" id="/);
    expect(gexf).toContain('<viz:position');
    expect(await schemaErrors(gexf)).toEqual([]);
  });

  it('accepts the small export the broken documents below are made from', async () => {
    expect(small).toMatch(/<edge start="\d{4}-\d{2}-\d{2}" end="\d{4}-\d{2}-\d{2}" id="/);
    expect(small).toContain('<viz:color r="');
    expect(await schemaErrors(small)).toEqual([]);
  });

  it.each([
    ['an edge without a target', (x: string) => x.replace(/ target="[^"]*"/, ''), /target.*required/i],
    ['an edge whose target is no node', (x: string) => x.replace(/ target="[^"]*"/, ' target="nobody-at-all"'), /nobody-at-all|key/i],
    ['a time mode that does not exist', (x: string) => x.replace('mode="dynamic"', 'mode="sometimes"'), /sometimes|mode/],
    ['an edge date that is not a date', (x: string) => x.replace(/<edge start="[^"]*"/, '<edge start="yesterday"'), /yesterday|start/],
    ['edges before nodes', (x: string) => x.replace(/(<nodes>[\s\S]*<\/nodes>)\s*(<edges>[\s\S]*<\/edges>)/, '$2$1'), /nodes|not expected/i],
    ['a colour channel over 255', (x: string) => x.replace(/<viz:color r="\d+"/, '<viz:color r="300"'), /300|r/],
    ['an undeclared version', (x: string) => x.replace('version="1.3"', 'version="1.4"'), /1\.4|version/],
  ])('rejects a document with %s', async (_what, breakIt, expected) => {
    const broken = breakIt(small);
    expect(broken).not.toBe(small);
    const errors = await schemaErrors(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(expected);
  });
});
