// The layout worker runs iterations in batches of about a frame's work: same positions as one
// iteration per round trip, far fewer round trips on a small graph, never past what the layout wants.
import { MultiDirectedGraph } from 'graphology';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { describe, expect, it } from 'vitest';
import { BATCH_TARGET_MS, iterateBatch, nextBatchSize } from '../../src/workers/forceAtlas2Batch';
import type { ForceAtlas2Request } from '../../src/workers/forceAtlas2Messages';
import { ForceAtlas2Supervisor } from '../../src/workers/forceAtlas2Supervisor';
import { FakeWorker, layoutWorkerReply } from '../support/fakeWorker';

function wheel(n: number): MultiDirectedGraph<{ x: number; y: number }> {
  const g = new MultiDirectedGraph<{ x: number; y: number }>();
  g.addNode('hub', { x: 0.3, y: -0.2 });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { x: Math.cos(i * 1.7) * 3, y: Math.sin(i * 0.9) * 2 });
  for (let i = 0; i < n; i++) {
    g.addDirectedEdge(`n${i}`, `n${(i + 1) % n}`);
    if (i % 3 === 0) g.addDirectedEdge('hub', `n${i}`);
  }
  return g;
}

const SETTINGS = { linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1, scalingRatio: 1, strongGravityMode: false, gravity: 1, slowDown: 1, barnesHutOptimize: false, barnesHutTheta: 0.5 };

describe('batch size', () => {
  it('grows at most fourfold a step while iterations are cheap, and aims at a frame of work', () => {
    expect(nextBatchSize(1, 0.1)).toBe(4);
    expect(nextBatchSize(64, 1)).toBe(256);
    expect(nextBatchSize(100, 2 * BATCH_TARGET_MS)).toBe(50);
  });

  it('falls to one iteration when one iteration takes longer than a frame', () => {
    expect(nextBatchSize(1, 40)).toBe(1);
    expect(nextBatchSize(8, 400)).toBe(1);
  });
});

describe('iterateBatch', () => {
  it('gives the positions of as many single iterations, and the matrix before the last one', () => {
    const { nodes, edges } = graphToByteArrays(wheel(12), () => 1);
    const single = nodes.slice();
    let beforeLastSingle = single.slice();
    for (let i = 0; i < 25; i++) {
      if (i === 24) beforeLastSingle = single.slice();
      iterate(SETTINGS, single, edges);
    }
    const beforeLast = iterateBatch(SETTINGS, nodes, edges, 25);
    expect(Array.from(nodes)).toEqual(Array.from(single));
    expect(Array.from(beforeLast!)).toEqual(Array.from(beforeLastSingle));
    expect(iterateBatch(SETTINGS, nodes, edges, 1)).toBeNull();
  });
});

describe('supervisor with batches', () => {
  it('reaches exactly the iterations wanted, in far fewer round trips, at the positions of one-by-one iterations', async () => {
    const WANTED = 300;
    const graph = wheel(30);
    const expected = graphToByteArrays(graph, () => 1);
    for (let i = 0; i < WANTED; i++) iterate(SETTINGS, expected.nodes, expected.edges);

    let done = 0;
    let worker: FakeWorker | null = null;
    const supervisor = new ForceAtlas2Supervisor(graph, SETTINGS, {
      iterationsLeft: () => WANTED - done,
      createWorker: () => {
        worker = new FakeWorker(layoutWorkerReply({ current: new Float32Array(0) }));
        return worker as unknown as Worker;
      },
    });
    const steps: number[] = [];
    graph.on('eachNodeAttributesUpdated', () => {
      steps.push(supervisor.lastUpdateIterations);
      done += supervisor.lastUpdateIterations;
      if (done >= WANTED) supervisor.stop();
    });
    supervisor.start();
    for (let i = 0; i < 2000 && supervisor.isRunning(); i++) await new Promise((r) => setTimeout(r, 1));
    expect(supervisor.isRunning()).toBe(false);
    expect(done).toBe(WANTED);
    const requests = (worker as FakeWorker | null)!.requests as ForceAtlas2Request[];
    expect(requests.length).toBeLessThan(WANTED / 5);
    expect(Math.max(...requests.map((r) => r.iterations ?? 1))).toBeGreaterThan(1);
    // A batch's update is told as its first n - 1 iterations, then the last one alone.
    expect(steps.filter((n) => n === 1).length).toBeGreaterThanOrEqual(requests.length);
    const positions = graph.mapNodes((_n, a) => [a.x, a.y]).flat();
    const want = Array.from(expected.nodes).filter((_v, i) => i % 10 < 2);
    expect(positions).toEqual(want);
    supervisor.kill();
  });
});
