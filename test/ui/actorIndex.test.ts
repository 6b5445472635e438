// The shared actor index: nothing is built until a search box asks, then it is built in slices of
// at most SLICE_MS, each queued after what the page has to do, and every box hears when it is ready.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildActorSearch } from '../../src/graph/actorSearch';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { LazyActorIndex, SLICE_MS, type SliceClock } from '../../src/ui/actorIndex';

function graphOf(count: number): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph();
  g.replaceAttributes({ documents: [] });
  for (let i = 0; i < count; i++) g.addNode(`actor-${i}`, { label: `Actor Number ${i}`, kind: i % 2 ? 'person' : 'state', aliases: [`Alias ${i}`] });
  return g;
}

/** A clock that moves 1 ms each time it is read, and a queue the test runs by hand. */
function manualClock(): SliceClock & { queue: (() => void)[]; reads: number } {
  const clock = {
    queue: [] as (() => void)[],
    reads: 0,
    now: () => clock.reads++,
    later: (task: () => void) => void clock.queue.push(task),
  };
  return clock;
}

describe('LazyActorIndex', () => {
  it('builds nothing until wanted, then in several short slices, and tells its listeners once', () => {
    const graph = graphOf(1200);
    const clock = manualClock();
    const lazy = new LazyActorIndex(graph, clock);
    let told = 0;
    lazy.subscribe(() => told++);
    expect(clock.queue).toHaveLength(0);
    expect(lazy.index).toBeNull();

    lazy.want();
    lazy.want();
    expect(clock.queue).toHaveLength(1);
    let slices = 0;
    while (clock.queue.length > 0) {
      const readsBefore = clock.reads;
      clock.queue.shift()!();
      slices++;
      // A slice stops once its time is up: the clock is read every 16 actors, 1 ms a read here.
      expect(clock.reads - readsBefore).toBeLessThanOrEqual(SLICE_MS + 2);
    }
    expect(slices).toBeGreaterThan(5);
    expect(told).toBe(1);
    expect(lazy.index).not.toBeNull();
    expect(lazy.index!.search('actor number 1111')).toEqual(buildActorSearch(graph).search('actor number 1111'));
    expect(lazy.index!.search('alias 77')[0]?.id).toBe('actor-77');
    lazy.want();
    expect(clock.queue).toHaveLength(0);
  });
});
