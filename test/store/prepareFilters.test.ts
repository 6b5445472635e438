// A large graph's filter engine and bundles built in steps (prepareFilterSteps, with the happenings
// grouped in steps before): the steps pause often enough that no slice has to be long, and the store
// shows the same counts, bundles and filter results as when it builds them itself in one go.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { assignHappenings, assignHappeningSteps } from '../../src/graph/happenings';
import { ITEMS_PER_STEP } from '../../src/graph/stepwise';
import { prepareFilterSteps, useAppStore } from '../../src/store/appStore';

// Generated once (the generator is seeded, so every call gave the same data); each graph gets its own copy.
const DATA = generateSyntheticGraph({ actors: 1_500, events: 6_000, years: 1, seed: 5, relations: relationsFile.relations });

function generated(): DramatisGraph {
  const data = structuredClone(DATA);
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: data.options.allowSelfLoops });
  g.import(data as SerializedDramatisGraph);
  return g;
}

function pauses<T>(steps: Generator<unknown, T>): { value: T; pauses: number } {
  let n = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses: n };
    n++;
  }
}

/** What the user sees of a graph in the store: counts, bundles and what a relation filter leaves. */
function shown() {
  const s = useAppStore.getState();
  const bundles = s.bundles!;
  const all = { happenings: `${bundles.shownHappenings} of ${bundles.totalHappenings}`, lines: bundles.index.bundleKeys.join('|'), nodes: s.visibility?.nodes.size ?? null };
  s.updateFilters((f) => ({ ...f, relations: ['threat'] }));
  const after = useAppStore.getState();
  const filtered = { happenings: after.bundles!.shownHappenings, edges: after.visibility!.edges.size, nodes: after.visibility!.nodes.size };
  after.resetFilters();
  return { all, filtered };
}

describe('preparing a large graph for the store in steps', () => {
  it('pauses at least once per ITEMS_PER_STEP events, and the store shows the same as when it builds everything itself', () => {
    const seed = generated();
    useAppStore.getState().graphLoaded(seed);

    const direct = generated();
    assignHappenings(direct);
    useAppStore.getState().graphReplaced(direct);
    const expected = shown();

    const stepped = generated();
    const grouping = pauses(assignHappeningSteps(stepped));
    const prepared = pauses(prepareFilterSteps(stepped));
    expect(grouping.pauses).toBeGreaterThanOrEqual(stepped.size / ITEMS_PER_STEP);
    // Columns, facets and bundles each read every event.
    expect(prepared.pauses).toBeGreaterThanOrEqual((3 * stepped.size) / ITEMS_PER_STEP - 3);
    useAppStore.getState().graphReplaced(stepped, prepared.value);
    expect(useAppStore.getState().bundles).toBe(prepared.value.bundles);
    expect(shown()).toEqual(expected);
    expect(expected.filtered.edges).toBeGreaterThan(0);
    expect(expected.filtered.edges).toBeLessThan(stepped.size);
  });

  it('ignores what was prepared for another graph', () => {
    const one = generated();
    const other = generated();
    useAppStore.getState().graphReplaced(one);
    const prepared = pauses(prepareFilterSteps(other)).value;
    const next = generated();
    useAppStore.getState().graphReplaced(next, prepared);
    expect(useAppStore.getState().bundles).not.toBe(prepared.bundles);
    expect(useAppStore.getState().bundles!.columns.edgeKeys.length).toBe(next.size);
  });

  it('applies the filters carried over while preparing, and the ones set meanwhile when they changed', () => {
    /** The store's shown counts for `graph` under the relation filter `relations`, prepared in steps or not. */
    const showWith = (relations: string[], prepare: boolean, changedTo?: string[]) => {
      useAppStore.getState().graphReplaced(generated());
      useAppStore.getState().updateFilters((f) => ({ ...f, relations }));
      const graph = generated();
      assignHappenings(graph);
      const prepared = prepare ? pauses(prepareFilterSteps(graph)).value : undefined;
      if (changedTo) useAppStore.getState().updateFilters((f) => ({ ...f, relations: changedTo }));
      useAppStore.getState().graphReplaced(graph, prepared);
      const s = useAppStore.getState();
      const result = { relations: s.filters.relations, edges: s.visibility!.edges.size, nodes: s.visibility!.nodes.size, happenings: s.bundles!.shownHappenings };
      s.resetFilters();
      return { result, applied: prepared?.applied?.filters.relations ?? null };
    };
    const threats = showWith(['threat'], true);
    expect(threats.applied).toEqual(['threat']);
    expect(threats.result).toEqual(showWith(['threat'], false).result);
    expect(threats.result.edges).toBeGreaterThan(0);
    // Prepared under one filter, handed over under another: the store shows the other.
    const changed = showWith(['threat'], true, ['communication', 'threat']);
    expect(changed.result).toEqual(showWith(['communication', 'threat'], false).result);
    expect(changed.result.edges).toBeGreaterThan(threats.result.edges);
  });
});
