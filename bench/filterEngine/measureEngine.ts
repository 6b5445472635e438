// One measurement of bench/filterEngine.ts, in its own process: argv[2] is the checkout whose
// VisibilityEngine is measured, argv[3] the generated graph's size. The graph always comes from
// this checkout's generator, so every tree sees the same events. Prints one JSON report.
import { MultiDirectedGraph } from 'graphology';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import relations from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { dayNumber, isoDay } from '../../src/graph/eventTime';
import type { FilterState } from '../../src/graph/filterState';

interface EngineLike {
  apply(f: FilterState): unknown;
}

const [engineRoot, sizeJson] = process.argv.slice(2);
const size = JSON.parse(sizeJson!) as { actors: number; events: number; years: number; seed: number };
const engineModule = (await import(pathToFileURL(join(engineRoot!, 'src/graph/visibilityEngine.ts')).href)) as { VisibilityEngine: new (g: DramatisGraph) => EngineLike };
const filterModule = (await import(pathToFileURL(join(engineRoot!, 'src/graph/filterState.ts')).href)) as { DEFAULT_FILTERS: FilterState };

const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
graph.import(generateSyntheticGraph({ ...size, relations: relations.relations }));
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
// The engine's typed arrays live outside the JS heap: count both.
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
// CPU time of this process, not wall time: the machine may be shared.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const heapBefore = used();
const t0 = cpuMs();
const engine = new engineModule.VisibilityEngine(graph);
engine.apply(filterModule.DEFAULT_FILTERS);
const buildMs = cpuMs() - t0;
gc();
const heapMb = (used() - heapBefore) / 2 ** 20;

// A 60-day window moved a week at a time across the first year of the data.
let first = Infinity;
graph.forEachEdge((_e, a) => (first = Math.min(first, dayNumber(a.date.length === 10 ? a.date : `${a.date.slice(0, 4)}-01-01`))));
const windowStepMs: number[] = [];
for (let step = 0; step < 50; step++) {
  const from = first + 7 * step;
  const f = { ...filterModule.DEFAULT_FILTERS, from: isoDay(from), to: isoDay(from + 59) };
  const t = cpuMs();
  engine.apply(f);
  windowStepMs.push(cpuMs() - t);
}

// One relation ticked off and on again, with no window.
const relationIds = [...new Set(graph.mapEdges((_e, a) => a.relation))];
const others = relationIds.slice(1);
const relationToggleMs: number[] = [];
for (let step = 0; step < 20; step++) {
  const f = { ...filterModule.DEFAULT_FILTERS, relations: step % 2 === 0 ? others : null };
  const t = cpuMs();
  engine.apply(f);
  relationToggleMs.push(cpuMs() - t);
}

process.stdout.write(JSON.stringify({ events: graph.size, buildMs, heapMb, windowStepMs, relationToggleMs }));
