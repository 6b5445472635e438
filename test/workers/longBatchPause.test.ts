// A layout batch that took the worker long (one iteration of a very large graph) is followed by a
// pause until the page has shown it; short batches follow each other at once.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ForceAtlas2Request } from '../../src/workers/forceAtlas2Messages';
import { ForceAtlas2Supervisor, LONG_BATCH_MS } from '../../src/workers/forceAtlas2Supervisor';
import type { ViewGraph } from '../../src/graph/viewTypes';
import { startLayoutRun } from '../../src/app/layout/layoutRun';
import { FakeWorker, layoutWorkerReply } from '../support/fakeWorker';

function pair(): MultiDirectedGraph<{ x: number; y: number }> {
  const g = new MultiDirectedGraph<{ x: number; y: number }>();
  g.addNode('a', { x: 0, y: 0 });
  g.addNode('b', { x: 1, y: 1 });
  g.addDirectedEdge('a', 'b');
  return g;
}

/** A worker that answers each request at once, saying the batch took `milliseconds`. */
function answering(milliseconds: number): FakeWorker {
  return new FakeWorker((w, data) => {
    const request = data as ForceAtlas2Request;
    w.reply({ nodes: request.nodes.slice(0), iterations: 1, milliseconds });
  });
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('pauses after long layout batches', () => {
  it('asks for the next batch only once the page has shown a long one', async () => {
    const worker = answering(LONG_BATCH_MS * 3);
    const shown: Array<() => void> = [];
    const supervisor = new ForceAtlas2Supervisor(pair(), { gravity: 1 }, {
      createWorker: () => worker as unknown as Worker,
      afterLongBatch: () => new Promise<void>((resolve) => shown.push(resolve)),
    });
    supervisor.start();
    await turns(5);
    expect(worker.requests).toHaveLength(1);
    expect(shown).toHaveLength(1);
    shown[0]!();
    await turns(5);
    expect(worker.requests).toHaveLength(2);
    supervisor.stop();
    shown[1]!();
    await turns(5);
    // Stopped during the pause: nothing more is asked for.
    expect(worker.requests).toHaveLength(2);
    supervisor.kill();
  });

  it('goes on at once after short batches', async () => {
    const worker = answering(LONG_BATCH_MS / 10);
    let pauses = 0;
    const supervisor = new ForceAtlas2Supervisor(pair(), { gravity: 1 }, {
      createWorker: () => worker as unknown as Worker,
      afterLongBatch: () => ((pauses += 1), new Promise<void>(() => {})),
    });
    supervisor.start();
    await turns(10);
    expect(worker.requests.length).toBeGreaterThan(3);
    expect(pauses).toBe(0);
    supervisor.kill();
  });

  it('a layout run in Node (no frames drawn) goes on after long batches and settles', async () => {
    const view: ViewGraph = new MultiDirectedGraph();
    for (let i = 0; i < 5; i++) view.addNode(`a${i}`, { label: `Actor ${i}`, kind: 'state', x: Math.cos(i), y: Math.sin(i), size: 5, color: '#000' });
    for (let i = 0; i < 5; i++) view.addDirectedEdge(`a${i}`, `a${(i + 2) % 5}`, { relation: 'meet', size: 1, color: '#999', type: 'arrow', curvature: 0, directed: true });
    let requests = 0;
    const run = startLayoutRun(view, {
      viewport: () => ({ width: 800, height: 600 }),
      stagePadding: 30,
      labelWidth: () => 40,
      plan: { minIterations: 5, maxIterations: 20, maxMilliseconds: 20_000, settleDisplacement: 1e-9, barnesHutOptimize: false },
      createWorker: () => {
        const compute = layoutWorkerReply({ current: new Float32Array(0) });
        // Every batch says it took three times the long-batch threshold, as on a loaded machine.
        return new FakeWorker((w, request) => {
          requests += 1;
          const slow = { reply: (data: Record<string, unknown>) => w.reply({ ...data, milliseconds: LONG_BATCH_MS * 3 }) };
          compute(slow as unknown as FakeWorker, request);
        }) as unknown as Worker;
      },
    }, null);
    const report = await run.settled;
    expect(report.cancelled).toBe(false);
    expect(requests).toBeGreaterThan(1);
    view.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });
});
