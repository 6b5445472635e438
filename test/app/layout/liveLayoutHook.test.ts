// The test hook window.__dramatisLayoutUnseen: a layout run then copies no positions to the view
// while it runs, and ends with the same iterations and the same settled positions as a run without it.
import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it } from 'vitest';
import type { ViewGraph } from '../../../src/graph/viewTypes';
import { startLayoutRun } from '../../../src/app/layout/layoutRun';
import { liveLayoutShown } from '../../../src/app/layout/liveLayoutHook';
import { BATCH_TARGET_MS } from '../../../src/workers/forceAtlas2Batch';
import { FakeWorker, layoutWorkerReply } from '../../support/fakeWorker';

const holder = globalThis as { window?: { __dramatisLayoutUnseen?: boolean } };

afterEach(() => {
  delete holder.window;
});

function wheel(): ViewGraph {
  const view: ViewGraph = new MultiDirectedGraph();
  for (let i = 0; i < 7; i++) view.addNode(`a${i}`, { label: `Actor ${i}`, kind: 'state', x: Math.cos(i * 2), y: Math.sin(i * 3), size: 5, color: '#000' });
  for (let i = 1; i < 7; i++) {
    view.addDirectedEdge('a0', `a${i}`, { relation: 'meet', size: 1, color: '#999', type: 'arrow', curvature: 0, directed: true });
    view.addDirectedEdge(`a${i}`, `a${(i % 6) + 1}`, { relation: 'aid', size: 1, color: '#999', type: 'arrow', curvature: 0, directed: true });
  }
  return view;
}

/**
 * Lays out a small graph to 40 iterations, one per batch, each answered a few ms later; counts the
 * writes of positions into the view (live copies, then the settled arrangement).
 */
async function layOut(): Promise<{ copies: number; iterations: number; positions: string[] }> {
  const view = wheel();
  let copies = 0;
  view.on('eachNodeAttributesUpdated', () => (copies += 1));
  const run = startLayoutRun(view, {
    viewport: () => ({ width: 800, height: 600 }),
    stagePadding: 30,
    labelWidth: () => 40,
    plan: { minIterations: 40, maxIterations: 40, maxMilliseconds: 60_000, settleDisplacement: 1e-12, barnesHutOptimize: false },
    createWorker: () => {
      const compute = layoutWorkerReply({ current: new Float32Array(0) });
      // Each iteration reported as a whole batch's worth of time: batches stay one iteration long.
      return new FakeWorker((w, request) => {
        const steady = { reply: (data: Record<string, unknown>) => w.reply({ ...data, milliseconds: BATCH_TARGET_MS }) };
        setTimeout(() => compute(steady as unknown as FakeWorker, request), 4);
      }) as unknown as Worker;
    },
  }, null);
  const report = await run.settled;
  expect(report.cancelled).toBe(false);
  return { copies, iterations: report.iterations, positions: view.mapNodes((n, a) => `${n}:${a.x.toFixed(6)},${a.y.toFixed(6)}`) };
}

describe('window.__dramatisLayoutUnseen', () => {
  it('is off unless a page sets it', () => {
    expect(liveLayoutShown()).toBe(true);
    holder.window = {};
    expect(liveLayoutShown()).toBe(true);
    holder.window = { __dramatisLayoutUnseen: true };
    expect(liveLayoutShown()).toBe(false);
  });

  it('leaves out the live copies, not the iterations or the settled positions', async () => {
    const live = await layOut();
    holder.window = { __dramatisLayoutUnseen: true };
    const unseen = await layOut();
    expect(live.copies).toBeGreaterThan(3);
    // The settled arrangement's one write.
    expect(unseen.copies).toBe(1);
    expect(unseen.iterations).toBe(live.iterations);
    expect(unseen.positions).toEqual(live.positions);
  });
});
