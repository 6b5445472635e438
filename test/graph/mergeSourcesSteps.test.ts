// The merge of the sources as steps: it yields often enough that no slice of a 20,000-actor merge has
// to be long, and run in slices it gives the graph and the "already loaded" counts of the merge at once.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { runInSlices } from '../../src/app/import/timeSlices';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { MERGE_STEP_SIZE, mergeSourcesCounted, mergeSteps, type GraphSource } from '../../src/graph/mergeSources';

function generated(actors: number, events: number, seed: number): DramatisGraph {
  const data = generateSyntheticGraph({ actors, events, years: 1, seed, relations: relationsFile.relations });
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: data.options.allowSelfLoops });
  g.import(data as SerializedDramatisGraph);
  return g;
}

const corpus = generated(300, 500, 1);
const file = generated(1200, 2000, 2);
const sources: GraphSource[] = [
  { id: 'corpus', keyPrefix: '', graph: corpus },
  { id: 'import-1', keyPrefix: 'import-1:', graph: file },
  // The same file again: every relation of it is already loaded.
  { id: 'import-2', keyPrefix: 'import-2:', graph: file },
];

describe('mergeSteps', () => {
  it('yields at least once per MERGE_STEP_SIZE actors, documents and relations', () => {
    const units = sources.reduce((n, s) => n + s.graph.order + s.graph.size + s.graph.getAttribute('documents').length, 0);
    let yields = 0;
    const steps = mergeSteps(sources);
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThanOrEqual(Math.floor(units / MERGE_STEP_SIZE) - sources.length * 3);
  });

  it('run in slices, gives the same merge and counts as running it at once', async () => {
    const atOnce = mergeSourcesCounted(sources);
    let pauses = 0;
    let t = 0;
    const sliced = await runInSlices(mergeSteps(sources), { sliceMs: 2, now: () => (t += 1), pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.graph.export()).toEqual(atOnce.graph.export());
    expect([...sliced.alreadyLoaded]).toEqual([...atOnce.alreadyLoaded]);
    expect(sliced.alreadyLoaded.get('import-2')).toBe(file.size);
    expect(sliced.graph.size).toBe(corpus.size + file.size);
  });
});
