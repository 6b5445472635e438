// One actor search index per graph, shared by every search box, built only when a box is first
// used (focus, or text in it) and then a slice at a time between other tasks, so that loading a
// graph of 20,000 actors costs no indexing and a first search never holds the page for long.
import { useEffect, useReducer } from 'react';
import { startActorSearch, type ActorSearchBuild, type ActorSearchIndex } from '../graph/actorSearch';
import type { DramatisGraph } from '../graph/buildGraph';
import { useAppStore } from '../store/appStore';

/** Longest a slice of indexing runs before giving the page back, in ms. */
export const SLICE_MS = 12;

export interface SliceClock {
  now(): number;
  /** Runs `task` later, after what is already queued. */
  later(task: () => void): void;
}

const browserClock: SliceClock = { now: () => performance.now(), later: (task) => setTimeout(task, 0) };

/** The index of one graph: not started, being built, or ready. */
export class LazyActorIndex {
  private build: ActorSearchBuild | null = null;
  private ready: ActorSearchIndex | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly graph: DramatisGraph,
    private readonly clock: SliceClock = browserClock,
  ) {}

  get index(): ActorSearchIndex | null {
    return this.ready;
  }

  /** Called when the index is ready; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts building (once); each slice runs at most SLICE_MS, the next one queued after it. */
  want(): void {
    if (this.build || this.ready) return;
    this.build = startActorSearch(this.graph);
    this.clock.later(this.slice);
  }

  private readonly slice = (): void => {
    const end = this.clock.now() + SLICE_MS;
    let asked = 0;
    // The clock is read every 16 actors.
    const index = this.build!.step(() => (asked++ & 15) !== 0 || this.clock.now() < end);
    if (!index) {
      this.clock.later(this.slice);
      return;
    }
    this.ready = index;
    this.build = null;
    for (const listener of [...this.listeners]) listener();
  };
}

const indexes = new WeakMap<DramatisGraph, LazyActorIndex>();

function lazyIndexOf(graph: DramatisGraph): LazyActorIndex {
  let lazy = indexes.get(graph);
  if (!lazy) indexes.set(graph, (lazy = new LazyActorIndex(graph)));
  return lazy;
}

/**
 * The loaded graph's actor index once built, else null. `wanted` starts building it (a search box
 * that has been focused or holds text); the component renders again when it is ready.
 */
export function useActorIndex(wanted: boolean): ActorSearchIndex | null {
  const graph = useAppStore((s) => s.graph);
  const lazy = graph ? lazyIndexOf(graph) : null;
  const index = lazy?.index ?? null;
  const [, indexReady] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!lazy) return;
    const unsubscribe = lazy.subscribe(indexReady);
    // Ready between this render and now: render again.
    if (lazy.index && !index) indexReady();
    else if (wanted) lazy.want();
    return unsubscribe;
  }, [lazy, wanted, index]);
  return index;
}
