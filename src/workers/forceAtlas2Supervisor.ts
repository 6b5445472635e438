// Runs ForceAtlas2 in our own web worker (forceAtlas2Worker.ts), a batch of iterations per round
// trip sized to about a frame of work (forceAtlas2Batch.ts), and writes each batch's positions into
// the graph with one updateEachNodeAttributes (so listeners see 'eachNodeAttributesUpdated', as with
// the library's supervisor); `lastUpdateIterations` says how many iterations an update stands for.
// A worker that dies mid-layout is replaced and the layout goes on from the positions the graph holds.
import type Graph from 'graphology-types';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { assignLayoutChanges, graphToByteArrays, validateSettings } from 'graphology-layout-forceatlas2/helpers.js';
import type { ForceAtlas2Reply, ForceAtlas2Request } from './forceAtlas2Messages';
import { nextBatchSize } from './forceAtlas2Batch';
import { parkLayoutWorker, takeLayoutWorker } from './layoutWorkerPark';

declare global {
  interface Window {
    /**
     * Test hook: true makes the next layout iteration ask the worker to throw (a real crash, a real
     * error event); a number n, the batch holding the n-th iteration from now (mid-layout). Cleared once used.
     */
    __dramatisCrashLayoutWorker?: boolean | number;
  }
}

/** Told to the user when a layout worker died and a new one took over. */
export const LAYOUT_RESTARTED = 'The layout stopped unexpectedly and was restarted.';
/** Told to the user when the layout worker kept dying and the layout ended where it was. */
export const LAYOUT_GAVE_UP = 'The layout stopped unexpectedly several times; the actors stay where it left them.';

/** Crashes in one layout run after which it gives up rather than start yet another worker. */
export const MAX_LAYOUT_RESTARTS = 3;

export interface ForceAtlas2SupervisorOptions {
  /** Starts one layout worker; default the bundled forceAtlas2Worker.ts, kept between runs (layoutWorkerPark.ts). */
  createWorker?: () => Worker;
  /** The worker died and a new one took over from the current positions. */
  onRestart?: (reason: string) => void;
  /** The worker died more than MAX_LAYOUT_RESTARTS times; the layout stopped where it was. */
  onGiveUp?: (reason: string) => void;
  /** Iterations the layout still wants (a batch never runs past them); unbounded when absent. */
  iterationsLeft?: () => number;
  /**
   * Resolves when the page has shown a batch that took the worker at least LONG_BATCH_MS; the next
   * batch waits for it. Absent: the next batch is asked for at once.
   */
  afterLongBatch?: () => Promise<void>;
}

/**
 * A batch the worker took this long for (one iteration of a very large graph) is followed by a
 * pause until the page has drawn what it changed: asked for at once, the next batch would take a
 * core while the page commits that frame, and on a 2-core machine the frame then waits for a core.
 */
export const LONG_BATCH_MS = 100;

const DEFAULT_SETTINGS: ForceAtlas2Settings = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

/** Whether the test hook asks the batch of the next `count` iterations to crash. */
function crashRequested(count: number): boolean {
  if (typeof window === 'undefined') return false;
  const hook = window.__dramatisCrashLayoutWorker;
  if (typeof hook === 'number' && hook > count) {
    window.__dramatisCrashLayoutWorker = hook - count;
    return false;
  }
  if (!hook) return false;
  window.__dramatisCrashLayoutWorker = false;
  return true;
}

export class ForceAtlas2Supervisor {
  private readonly settings: ForceAtlas2Settings;
  private readonly startWorker: () => Worker;
  /** The bundled worker is reused across runs; a worker from options.createWorker is not. */
  private readonly reusable: boolean;
  private inFlight = false;
  private worker: Worker | null = null;
  private nodes: Float32Array | null = null;
  private edges: Float32Array | null = null;
  private running = false;
  private killed = false;
  private restarts = 0;
  private batch = 1;
  private askedAt = 0;
  /** How many iterations the graph's latest position update stands for. */
  lastUpdateIterations = 1;

  constructor(
    private readonly graph: Graph,
    settings: Partial<ForceAtlas2Settings>,
    private readonly options: ForceAtlas2SupervisorOptions = {},
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    const problem = validateSettings(this.settings);
    if (problem) throw new Error(`ForceAtlas2 settings: ${problem.message}`);
    this.reusable = !options.createWorker;
    this.startWorker = options.createWorker ?? takeLayoutWorker;
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Starts (or resumes) iterating from the positions the graph holds now. */
  start(): void {
    if (this.killed) throw new Error('The layout was already ended.');
    if (this.running) return;
    this.running = true;
    this.spawn();
  }

  /** Stops iterating; a reply still on its way is ignored. */
  stop(): void {
    this.running = false;
  }

  kill(): void {
    if (this.killed) return;
    this.killed = true;
    this.running = false;
    this.nodes = null;
    this.edges = null;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    if (!this.reusable) {
      worker.terminate();
    } else if (!this.inFlight) {
      parkLayoutWorker(worker);
    } else {
      // Parked once the reply under way has come (and been dropped), so the next run never reads it.
      worker.onmessage = () => parkLayoutWorker(worker);
      worker.onerror = () => worker.terminate();
    }
  }

  private spawn(): void {
    this.worker?.terminate();
    const worker = this.startWorker();
    this.worker = worker;
    this.inFlight = false;
    worker.onmessage = (e: MessageEvent<ForceAtlas2Reply>) => {
      if (worker !== this.worker) return;
      this.inFlight = false;
      this.received(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (worker === this.worker) this.crashed(e.message || 'the worker could not run');
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.crashed('a reply could not be read');
    };
    // Every (re)start reads the current positions; unit weights, as the graph's edges carry none.
    const matrices = graphToByteArrays(this.graph, () => 1);
    this.nodes = matrices.nodes;
    this.edges = matrices.edges;
    this.ask(true);
  }

  private ask(withEdges: boolean): void {
    if (!this.worker || !this.nodes || !this.edges) return;
    const left = this.options.iterationsLeft?.() ?? Infinity;
    const count = Math.max(1, Math.min(this.batch, left));
    this.askedAt = performance.now();
    const request: ForceAtlas2Request = { settings: this.settings, nodes: this.nodes.buffer as ArrayBuffer, iterations: count };
    const transfer: Transferable[] = [this.nodes.buffer as ArrayBuffer];
    if (withEdges) {
      request.edges = this.edges.buffer as ArrayBuffer;
      transfer.push(this.edges.buffer as ArrayBuffer);
    }
    if (crashRequested(count)) request.crash = true;
    this.inFlight = true;
    this.worker.postMessage(request, transfer);
  }

  private received(reply: ForceAtlas2Reply): void {
    if (!this.running || this.killed) return;
    const done = Math.max(1, reply.iterations ?? 1);
    // The worker's own time: a round trip also holds however long this thread was busy elsewhere.
    this.batch = nextBatchSize(done, reply.milliseconds ?? performance.now() - this.askedAt);
    const nodes = new Float32Array(reply.nodes);
    this.nodes = nodes;
    if (reply.beforeLast && done > 1) {
      this.lastUpdateIterations = done - 1;
      assignLayoutChanges(this.graph, new Float32Array(reply.beforeLast), null);
      if (!this.running || this.killed) return;
      this.lastUpdateIterations = 1;
    } else {
      this.lastUpdateIterations = done;
    }
    assignLayoutChanges(this.graph, nodes, null);
    // A listener may have stopped or killed the layout on this iteration.
    if (!this.running || this.killed) return;
    const pause = (reply.milliseconds ?? 0) >= LONG_BATCH_MS ? this.options.afterLongBatch?.() : undefined;
    if (!pause) return this.ask(false);
    const worker = this.worker;
    void pause.then(() => {
      if (this.running && !this.killed && worker === this.worker && !this.inFlight) this.ask(false);
    });
  }

  private crashed(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.killed || !this.running) return;
    this.restarts += 1;
    if (this.restarts > MAX_LAYOUT_RESTARTS) {
      this.running = false;
      this.options.onGiveUp?.(reason);
      return;
    }
    this.spawn();
    this.options.onRestart?.(reason);
  }
}
