// Workers that die: the layout worker is replaced and the layout goes on from where it was (the user
// is told), or ends where it was after repeated crashes; the article reader and the extraction pool
// reject with a message saying the worker stopped, and the next run starts a new worker.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/extract/types';
import type { ViewGraph } from '../../src/graph/viewTypes';
import { extractArticle } from '../../src/workers/articleExtraction';
import { createExtractionPool } from '../../src/workers/extractionPool';
import type { ForceAtlas2Request } from '../../src/workers/forceAtlas2Messages';
import { FakeWorker, layoutWorkerReply } from '../support/fakeWorker';
import { ForceAtlas2Supervisor, LAYOUT_GAVE_UP, LAYOUT_RESTARTED, MAX_LAYOUT_RESTARTS } from '../../src/workers/forceAtlas2Supervisor';
import { startLayoutRun } from '../../src/app/layout/layoutRun';

function ring(n: number): MultiDirectedGraph<{ x: number; y: number }> {
  const g = new MultiDirectedGraph<{ x: number; y: number }>();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { x: Math.cos(i), y: Math.sin(i * 2) });
  for (let i = 0; i < n; i++) g.addDirectedEdge(`n${i}`, `n${(i + 1) % n}`);
  return g;
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

describe('layout worker crash', () => {
  it('starts a new worker from the positions the graph holds, says so once, and goes on iterating', async () => {
    const graph = ring(6);
    const started: FakeWorker[] = [];
    const restarts: string[] = [];
    let iterations = 0;
    let atCrash = { answered: 0, positions: [] as number[] };
    graph.on('eachNodeAttributesUpdated', () => (iterations += supervisor.lastUpdateIterations));
    const supervisor = new ForceAtlas2Supervisor(
      graph,
      { gravity: 1 },
      {
        createWorker: () => {
          const edges = { current: new Float32Array(0) };
          const normal = layoutWorkerReply(edges);
          // The first worker dies on its fifth request; the second one keeps working.
          const worker = new FakeWorker((w, r) => {
            if (started.length > 1 || w.requests.length < 5) return normal(w, r);
            atCrash = { answered: w.requests.length - 1, positions: graph.mapNodes((_n, a) => [a.x, a.y]).flat() };
            w.die('Uncaught Error: boom');
          });
          started.push(worker);
          return worker as unknown as Worker;
        },
        onRestart: (reason) => restarts.push(reason),
      },
    );
    supervisor.start();
    await until(() => started.length === 2, 'a second worker');
    expect(atCrash.answered).toBe(4);
    expect(started[0]!.terminated).toBe(true);
    expect(restarts).toEqual(['Uncaught Error: boom']);
    // The new worker starts with the edges and the positions the four good batches left.
    const first = started[1]!.requests[0] as ForceAtlas2Request;
    expect(first.edges).toBeDefined();
    const sent = Array.from(new Float32Array(first.nodes)).filter((_v, i) => i % 10 < 2);
    expect(sent).toEqual(atCrash.positions.map((v) => Math.fround(v)));
    const before = iterations;
    await until(() => iterations >= before + 10, 'iterations after the restart');
    supervisor.kill();
    expect(started[1]!.terminated).toBe(true);
    expect(restarts).toHaveLength(1);
  });

  it('gives up after repeated crashes instead of starting workers forever', async () => {
    const graph = ring(4);
    const started: FakeWorker[] = [];
    const told: string[] = [];
    const supervisor = new ForceAtlas2Supervisor(
      graph,
      {},
      {
        createWorker: () => {
          const worker = new FakeWorker((w) => w.die('out of memory'));
          started.push(worker);
          return worker as unknown as Worker;
        },
        onRestart: () => told.push('restarted'),
        onGiveUp: () => told.push('gave up'),
      },
    );
    supervisor.start();
    await until(() => told.includes('gave up'), 'giving up');
    await new Promise((r) => setTimeout(r, 30));
    expect(started).toHaveLength(MAX_LAYOUT_RESTARTS + 1);
    expect(told).toEqual([...Array<string>(MAX_LAYOUT_RESTARTS).fill('restarted'), 'gave up']);
    expect(supervisor.isRunning()).toBe(false);
  });

  it('the layout pipeline tells the user and still settles with an arrangement', async () => {
    const view: ViewGraph = new MultiDirectedGraph();
    for (let i = 0; i < 8; i++) view.addNode(`a${i}`, { label: `Actor ${i}`, kind: 'state', x: Math.cos(i), y: Math.sin(i), size: 5, color: '#000' });
    for (let i = 0; i < 8; i++) view.addDirectedEdge(`a${i}`, `a${(i + 3) % 8}`, { relation: 'meet', size: 1, color: '#999', type: 'arrow', curvature: 0, directed: true });
    view.addNode('loner', { label: 'Loner', kind: 'person', x: 0, y: 0, size: 5, color: '#000' });
    const notices: string[] = [];
    let made = 0;
    const run = startLayoutRun(view, {
      viewport: () => ({ width: 800, height: 600 }),
      stagePadding: 30,
      labelWidth: () => 40,
      plan: { minIterations: 5, maxIterations: 60, maxMilliseconds: 5000, settleDisplacement: 1e-9, barnesHutOptimize: false },
      onWorkerTrouble: (m) => notices.push(m),
      createWorker: () => {
        made += 1;
        const edges = { current: new Float32Array(0) };
        const normal = layoutWorkerReply(edges);
        const worker = new FakeWorker((w, r) => (made === 1 && w.requests.length === 3 ? w.die('boom') : normal(w, r)));
        return worker as unknown as Worker;
      },
    }, null);
    const report = await run.settled;
    expect(notices).toEqual([LAYOUT_RESTARTED]);
    expect(made).toBe(2);
    expect(report.cancelled).toBe(false);
    expect(report.bbox).not.toBeNull();
    expect(view.getNodeAttribute('loner', 'hidden')).toBe(false);
    view.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it('a layout whose worker never survives ends where it was, and says so', async () => {
    const view: ViewGraph = new MultiDirectedGraph();
    view.addNode('a', { label: 'A', kind: 'state', x: 1, y: 0, size: 5, color: '#000' });
    view.addNode('b', { label: 'B', kind: 'state', x: 0, y: 1, size: 5, color: '#000' });
    view.addDirectedEdge('a', 'b', { relation: 'meet', size: 1, color: '#999', type: 'arrow', curvature: 0, directed: true });
    const notices: string[] = [];
    const run = startLayoutRun(view, {
      viewport: () => ({ width: 800, height: 600 }),
      stagePadding: 30,
      labelWidth: () => 0,
      onWorkerTrouble: (m) => notices.push(m),
      createWorker: () => new FakeWorker((w) => w.die('boom')) as unknown as Worker,
    }, null);
    const report = await run.settled;
    expect(notices).toEqual([...Array<string>(MAX_LAYOUT_RESTARTS).fill(LAYOUT_RESTARTED), LAYOUT_GAVE_UP]);
    expect(report.bbox).not.toBeNull();
    expect(report.cancelled).toBe(false);
  });
});

const doc: SourceDocument = { id: 'a', title: 'A', published: '2026-03-01', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Iran condemned Israel.' };
const emptyGraph = { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { documents: [doc] }, nodes: [], edges: [] };

describe('article reader crash', () => {
  it('rejects with a message saying the reader stopped, drops that worker and starts a new one next time', async () => {
    const started: FakeWorker[] = [];
    const create = () => {
      const worker = new FakeWorker((w, r) => {
        const id = (r as { id: number }).id;
        if (started.length === 1) w.die('Uncaught RangeError: Maximum call stack size exceeded');
        else w.reply({ id, ok: true, graph: emptyGraph, warnings: [] });
      });
      started.push(worker);
      return worker as unknown as Worker;
    };
    const first = extractArticle(doc, [], () => {}, create);
    await expect(first.result).rejects.toThrow('The article reader stopped unexpectedly (Uncaught RangeError: Maximum call stack size exceeded). Nothing was added; read the article again to start a new reader.');
    expect(started[0]!.terminated).toBe(true);
    const second = extractArticle(doc, [], () => {}, create);
    await expect(second.result).resolves.toEqual({ graph: emptyGraph, warnings: [] });
    expect(started).toHaveLength(2);
  });
});

describe('extraction pool crash', () => {
  it('rejects naming the files and the crash, then replaces the broken worker on the next extract', async () => {
    const started: FakeWorker[] = [];
    const pool = createExtractionPool({
      maxWorkers: 1,
      createWorker: () => {
        const generation = started.length;
        const worker = new FakeWorker((w, r) => {
          const request = r as { id: number; kind: string; tasks?: unknown[] };
          if (generation === 0) return w.die('Uncaught Error: out of memory');
          if (request.kind === 'documents') w.reply({ id: request.id, ok: true, outcomes: request.tasks!.map(() => ({})) });
          else w.reply({ id: request.id, ok: true, graph: emptyGraph, warnings: [] });
        });
        started.push(worker);
        return worker as unknown as Worker;
      },
    });
    const files = [{ name: 'first.txt', text: 'Iran condemned Israel.' }];
    await expect(pool.extract(files)).rejects.toThrow(
      'An extraction worker stopped unexpectedly while reading first.txt (Uncaught Error: out of memory). Nothing was added; extracting again starts a new worker.',
    );
    expect(started[0]!.terminated).toBe(true);
    await expect(pool.extract(files)).resolves.toEqual({ graph: emptyGraph, warnings: [] });
    expect(started).toHaveLength(2);
    pool.dispose();
  });
});
