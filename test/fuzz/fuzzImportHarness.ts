// The import fuzz harness (test/fuzzImport*.test.ts): exports of random valid graphs are mutated
// and imported back; each import either gives a graph that passes validateGraph or refuses with a
// message naming the file. It never throws, never pollutes Object.prototype, stays under a bound.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { expect } from 'vitest';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { exportGraph, guessCsvMapping, importGraphText, readCsvHeader, type CsvMapping, type GraphFormat, type ImportOptions, type ImportOutcome } from '../../src/graph/formats';
import { KNOWN_RELATION_IDS } from '../../src/graph/relationStyles';
import { validateGraph } from '../../src/graph/validateGraph';
import { FUZZ_RUNS, PER_INPUT_MS, validGraph, withinBound } from './fuzzArbitraries';
import { mutateCsv, mutateJson, mutateXml, mutations, type Mutation } from './fuzzMutations';

const IMPORT_DAY = '2026-11-29';

/** The mapping the column dialog would offer for a CSV edge file, source and target always set. */
export function csvOptions(edgesText: string, nodesText: string | undefined): ImportOptions {
  const header = readCsvHeader(edgesText);
  const guess: Partial<CsvMapping> = header.ok ? guessCsvMapping(header.columns) : {};
  return { importDay: IMPORT_DAY, csvMapping: { ...guess, source: guess.source ?? 'source', target: guess.target ?? 'target' }, ...(nodesText !== undefined ? { csvNodesText: nodesText } : {}) };
}

/** Checks what an import gave: a contract graph with string warnings, or a refusal naming the file. */
export function checkOutcome(outcome: ImportOutcome, fileName: string): void {
  if (!outcome.ok) {
    expect(typeof outcome.message).toBe('string');
    expect(outcome.message.startsWith(fileName), outcome.message).toBe(true);
    expect(outcome.message.length).toBeGreaterThan(fileName.length + 2);
    return;
  }
  for (const w of outcome.warnings) expect(typeof w).toBe('string');
  expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS).map((i) => `${i.where}: ${i.problem}`)).toEqual([]);
  // The imported graph loads as the app loads it.
  const g: DramatisGraph = new MultiDirectedGraph();
  g.import(outcome.graph);
  expect(g.order).toBe(outcome.graph.nodes.length);
  expect(Object.keys(Object.prototype), 'Object.prototype polluted').toEqual([]);
}

function toGraph(data: SerializedDramatisGraph): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph();
  g.import(data);
  return g;
}

/** Exports the graph, mutates the file and imports it back. */
function mutatedImport(graph: DramatisGraph, format: GraphFormat, ms: readonly Mutation[], mutateNodes: boolean): { outcome: ImportOutcome; fileName: string } {
  const files = exportGraph(graph, format, { baseName: 'fuzz' });
  if (format === 'csv') {
    const nodes = files.find((f) => f.name.endsWith('-nodes.csv'))!;
    const edges = files.find((f) => f.name.endsWith('-edges.csv'))!;
    const edgesText = mutateNodes ? edges.text : mutateCsv(edges.text, ms);
    const nodesText = mutateNodes ? mutateCsv(nodes.text, ms) : nodes.text;
    return { outcome: withinBound(PER_INPUT_MS, 'CSV import', () => importGraphText(edges.name, edgesText, csvOptions(edgesText, nodesText))), fileName: edges.name };
  }
  const file = files[0]!;
  const text = format === 'json' ? mutateJson(file.text, ms) : mutateXml(file.text, ms);
  return { outcome: withinBound(PER_INPUT_MS, `${format} import`, () => importGraphText(file.name, text, { importDay: IMPORT_DAY })), fileName: file.name };
}

/** Runs the mutated-export property for one format; returns how many mutated files were imported. */
export function fuzzMutatedImport(format: GraphFormat): number {
  let imported = 0;
  fc.assert(
    fc.property(validGraph, mutations, fc.boolean(), (data, ms, mutateNodes) => {
      const { outcome, fileName } = mutatedImport(toGraph(data), format, ms, mutateNodes);
      checkOutcome(outcome, fileName);
      if (outcome.ok) imported++;
    }),
    { numRuns: FUZZ_RUNS },
  );
  return imported;
}
