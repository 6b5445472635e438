import { Camera, type default as Sigma } from 'sigma';
import type { Coordinates, Dimensions, NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { createNormalizationFunction, graphExtent, matrixFromCamera, zIndexOrdering } from 'sigma/utils';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { cancelled, nextTask, runInSlices } from '../../app/stage/slicedWork';

/** Actors or lines written into sigma's program buffers between two pauses of processSteps. */
const ITEMS_PER_STEP = 1_000;

type Extent = { x: [number, number]; y: [number, number] };

/** What sigma 3.0's `process()` reads and writes: private members, reached as lineStage reaches its graph handlers. */
interface SigmaProcessing {
  needToProcess: boolean;
  nodeExtent: Extent;
  customBBox: Extent | null;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: { resizeAndClear(dimensions: Dimensions, cellSize: number): void; add(key: string, size: number, position: Coordinates): void; organize(): void };
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodePrograms: Record<string, { reallocate(capacity: number): void }>;
  edgePrograms: Record<string, { reallocate(capacity: number): void }>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  addNode(node: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  getGraphDimensions(): Dimensions;
  getStagePadding(): number;
}

type ViewSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

/** How many items of each program type `types` lists; throws for a type sigma has no program for. */
function countPerProgram(types: Iterable<string>, programs: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of types) counts[type] = (counts[type] ?? 0) + 1;
  for (const type of Object.keys(counts)) if (!(type in programs)) throw new Error(`Sigma: no program for items of type "${type}"`);
  return counts;
}

/**
 * Sigma 3's `process()` (normalised positions, the label grid, every actor and line written into the
 * programs' buffers) in steps of a thousand items, pausing (yielding) in between, for graphs whose one
 * process is a long task (20,000 actors and 40,000 lines: 130–160 ms of thread time, seconds by the
 * clock under load). Only for a caller that holds sigma silenced (`LineStage.silence`: no frame may
 * draw half-written buffers) and draws afterwards. Returns false, leaving sigma to process in full at
 * its next render, when the graph or its display data changed between two steps (anyone asking for
 * a process meanwhile); true when sigma is processed and its next render draws at once.
 */
export function* processSteps(sigma: ViewSigma, options: { reduceNodes?: boolean } = {}): Generator<void, boolean> {
  const inner = sigma as unknown as SigmaProcessing;
  const graph = sigma.getGraph();
  const { order, size } = graph;
  // Checked at each pause: sigma asked to process (a refresh), or actors or lines came or went.
  const changed = () => inner.needToProcess || graph.order !== order || graph.size !== size;
  inner.needToProcess = false;
  sigma.emit('beforeProcess');
  const ids: ItemIds = { next: 1, items: {}, nodes: {}, edges: {} };
  const reduced = !options.reduceNodes || (yield* reduceNodeSteps(sigma, inner, changed));
  const finished =
    reduced && (yield* placeSteps(sigma, inner, changed)) && (yield* writeSteps(sigma, inner, 'node', ids, changed)) && (yield* writeSteps(sigma, inner, 'edge', ids, changed));
  if (!finished) {
    inner.needToProcess = true;
    return false;
  }
  inner.itemIDsIndex = ids.items;
  inner.nodeIndices = ids.nodes;
  inner.edgeIndices = ids.edges;
  sigma.emit('afterProcess');
  return true;
}

/** Every actor's reducer run again (its display data cached), a thousand at a time. False: gave up. */
function* reduceNodeSteps(sigma: ViewSigma, inner: SigmaProcessing, changed: () => boolean): Generator<void, boolean> {
  const nodes = sigma.getGraph().nodes();
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) {
      yield;
      if (changed()) return false;
    }
    inner.addNode(nodes[i]!);
  }
  return true;
}

/** The ids sigma gives items as they are written (its picking colours), and the index back. */
interface ItemIds {
  next: number;
  items: SigmaProcessing['itemIDsIndex'];
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/** The graph's extent and normalisation, every actor's normalised position, and the label grid. False: gave up. */
function* placeSteps(sigma: ViewSigma, inner: SigmaProcessing, changed: () => boolean): Generator<void, boolean> {
  const graph = sigma.getGraph();
  const dimensions = sigma.getDimensions();
  const extent = graphExtent(graph);
  if (!sigma.getSetting('autoRescale')) {
    const cx = (extent.x[0] + extent.x[1]) / 2;
    const cy = (extent.y[0] + extent.y[1]) / 2;
    extent.x = [cx - dimensions.width / 2, cx + dimensions.width / 2];
    extent.y = [cy - dimensions.height / 2, cy + dimensions.height / 2];
  }
  inner.nodeExtent = extent;
  inner.normalizationFunction = createNormalizationFunction(inner.customBBox ?? extent);
  // The label grid is laid out as an unmoved camera sees the graph (after the extent is known).
  const unmoved = matrixFromCamera(new Camera().getState(), dimensions, inner.getGraphDimensions(), inner.getStagePadding());
  inner.labelGrid.resizeAndClear(dimensions, sigma.getSetting('labelGridCellSize'));
  const nodes = graph.nodes();
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) {
      yield;
      if (changed()) return false;
    }
    const node = nodes[i]!;
    const data = inner.nodeDataCache[node]!;
    const { x, y } = graph.getNodeAttributes(node);
    data.x = x;
    data.y = y;
    inner.normalizationFunction.applyTo(data);
    if (typeof data.label === 'string' && !data.hidden) inner.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix: unmoved }));
  }
  inner.labelGrid.organize();
  yield;
  return !changed();
}

/** Every actor (or line) written into its program's buffer, in z order when sigma sorts by it. False: gave up. */
function* writeSteps(sigma: ViewSigma, inner: SigmaProcessing, kind: 'node' | 'edge', ids: ItemIds, changed: () => boolean): Generator<void, boolean> {
  const graph = sigma.getGraph();
  const cache: Record<string, { type: string; zIndex: number }> = kind === 'node' ? inner.nodeDataCache : inner.edgeDataCache;
  const programs = kind === 'node' ? inner.nodePrograms : inner.edgePrograms;
  const zExtent = kind === 'node' ? inner.nodeZExtent : inner.edgeZExtent;
  let items = kind === 'node' ? graph.nodes() : graph.edges();
  const slots = countPerProgram(items.map((item) => cache[item]!.type), programs);
  for (const type of Object.keys(programs)) programs[type]!.reallocate(slots[type] ?? 0);
  if (sigma.getSetting('zIndex') && zExtent[0] !== zExtent[1]) items = zIndexOrdering(zExtent, (item: string) => cache[item]!.zIndex, items);
  const nextSlot: Record<string, number> = {};
  const index = kind === 'node' ? ids.nodes : ids.edges;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) {
      yield;
      if (changed()) return false;
    }
    const item = items[i]!;
    const type = cache[item]!.type;
    const id = ids.next++;
    index[item] = id;
    ids.items[id] = { type: kind, id: item };
    const slot = nextSlot[type] ?? 0;
    nextSlot[type] = slot + 1;
    if (kind === 'node') inner.addNodeToProgram(item, id, slot);
    else inner.addEdgeToProgram(item, id, slot);
  }
  yield;
  return !changed();
}

/**
 * Whatever changed sigma's display data while processSteps is paused (a partial refresh writes
 * items at their old slots): the steps give up and sigma's next render processes in full.
 */
export function askFullProcess(sigma: ViewSigma): void {
  (sigma as unknown as SigmaProcessing).needToProcess = true;
}

/**
 * Processes sigma in slices (processSteps) while `silence` holds it, then draws it in a task of its
 * own. `prepare` runs first, silenced (a new frame box: its scheduled frame must not draw);
 * `reduceNodes`: every actor's reducer runs first, in the same slices. Resolves
 * once drawn, or without drawing when `stop()` turned true at a pause (whoever stopped it draws next).
 */
export async function processThenDraw(sigma: ViewSigma, silence: () => () => void, measure: string, stop: () => boolean, prepare?: () => void, reduceNodes = false): Promise<void> {
  const release = silence();
  let outcome: boolean | typeof cancelled;
  try {
    prepare?.();
    outcome = await runInSlices(measure, processSteps(sigma, { reduceNodes }), stop);
  } finally {
    release();
  }
  if (outcome === cancelled) {
    askFullProcess(sigma);
    return;
  }
  await nextTask();
  if (stop()) return;
  // Given up with actors' reducers not all run: a full refresh runs them.
  if (outcome === false && reduceNodes) sigma.refresh();
  else drawNow(sigma);
}

/** Sigma's render now, processing first only if something asked for it (a refresh of no items). */
export function drawNow(sigma: ViewSigma): void {
  sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
}
