// Child process of bench/memory.ts: loads one graph file the way the app does (JSON.parse,
// validateGraph, graphology import) and prints heap and RSS as JSON on stdout. Run with --expose-gc.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { KNOWN_RELATION_IDS } from '../../src/graph/relationStyles';
import { validateGraph } from '../../src/graph/validateGraph';

export interface NodeLoadReport {
  baselineHeapMB: number;
  baselineRssMB: number;
  heapMB: number;
  rssMB: number;
  peakRssMB: number;
  parseMs: number;
  validateMs: number;
  importMs: number;
  nodes: number;
  edges: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const mb = (bytes: number) => bytes / 2 ** 20;
const path = process.argv[2];
if (!path) throw new Error('usage: loadInNode.ts GRAPH.json');

gc();
const baseline = process.memoryUsage();
let t = performance.now();
let json: unknown = JSON.parse(readFileSync(path, 'utf8'));
const parseMs = performance.now() - t;
t = performance.now();
const issues = validateGraph(json, KNOWN_RELATION_IDS);
const validateMs = performance.now() - t;
if (issues.length > 0) throw new Error(`${path} breaks the contract: ${issues[0]!.where}: ${issues[0]!.problem}`);
t = performance.now();
const graph: DramatisGraph = new MultiDirectedGraph();
graph.import(json as SerializedDramatisGraph);
const importMs = performance.now() - t;
// The app keeps only the graph; the parsed JSON becomes garbage.
json = null;
gc();
const after = process.memoryUsage();
const report: NodeLoadReport = {
  baselineHeapMB: mb(baseline.heapUsed),
  baselineRssMB: mb(baseline.rss),
  heapMB: mb(after.heapUsed),
  rssMB: mb(after.rss),
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  parseMs,
  validateMs,
  importMs,
  nodes: graph.order,
  edges: graph.size,
};
process.stdout.write(JSON.stringify(report));
