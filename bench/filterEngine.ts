// The visibility engine alone, in Node, on generated graphs: building its index, moving a time
// window, ticking a relation off and on, and the heap the index takes. FILTER_BENCH_BASELINE=<dir>
// names another checkout (e.g. `git archive <commit> | tar -x -C DIR`, node_modules linked) whose
// engine is measured the same way, on the same graphs, each run in its own process, runs interleaved.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [
  { actors: 10_000, events: 100_000, years: 3, seed: 1 },
  { actors: 100_000, events: 1_000_000, years: 3, seed: 1 },
];
const ROUNDS = Number(process.env.FILTER_BENCH_ROUNDS) || 3;

interface EngineReport {
  events: number;
  buildMs: number;
  heapMb: number;
  windowStepMs: number[];
  relationToggleMs: number[];
}

function runOnce(engineRoot: string, size: (typeof SIZES)[number]): EngineReport {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8000', 'bench/filterEngine/measureEngine.ts', engineRoot, JSON.stringify(size)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`engine run failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as EngineReport;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const baseline = process.env.FILTER_BENCH_BASELINE;
const trees: [string, string][] = baseline ? [['baseline', baseline], ['this tree', ROOT]] : [['this tree', ROOT]];
console.log(`Node ${process.version}, ${ROUNDS} rounds per tree and size (trees interleaved); CPU ms of the measuring process (the machine may be shared), median of all rounds (p95 for steps); index heap: JS heap plus array buffers the engine adds.\n`);
console.log('| graph | tree | build the index | index heap MiB | window step, median / p95 | relation toggle, median / p95 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const size of SIZES) {
  const reports = new Map<string, EngineReport[]>(trees.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) for (const [name, dir] of trees) reports.get(name)!.push(runOnce(dir, size));
  for (const [name] of trees) {
    const rs = reports.get(name)!;
    const steps = rs.flatMap((r) => r.windowStepMs);
    const toggles = rs.flatMap((r) => r.relationToggleMs);
    console.log(
      `| ${size.events.toLocaleString('en')} events, ${size.actors.toLocaleString('en')} actors | ${name} | ${ms(median(rs.map((r) => r.buildMs)))} | ${median(rs.map((r) => r.heapMb)).toFixed(1)} | ${ms(median(steps))} / ${ms(p95(steps))} | ${ms(median(toggles))} / ${ms(p95(toggles))} |`,
    );
  }
}
