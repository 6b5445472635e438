import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import type { BundleView } from '../../graph/bundleView';
import { DrawnLines, type LineChanges } from '../../graph/drawnLines';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../graph/viewTypes';
import { isLeftOut, thinLinesSteps, thinningChanges, thinningNote, type ThinnedLines, type ThinningLimits } from '../../graph/lineThinning';
import { NO_SPOTLIGHT, spotlit, spotlitLines, type LineSpotlight } from '../../graph/linesInFocus';
import { runToEnd } from '../../graph/stepwise';

type ViewSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

/**
 * Sigma's private graph hooks (sigma 3.0). Adding or dropping an edge while sigma listens makes it
 * re-index the whole graph once per edge; a filter step changes hundreds of lines, so the lines are
 * changed with sigma not listening, and sigma is then told once what changed.
 */
interface SigmaGraphHooks {
  unbindGraphHandlers(): void;
  bindGraphHandlers(): void;
  removeEdge(key: string): void;
}

/** Sigma's drawing entry points that silence replaces while the graph changes under it. */
interface SigmaDrawing {
  render(): unknown;
  scheduleHighlightedNodesRender(): void;
  renderFrame: number | null;
}

/** Pairs of actors whose lines are drawn between two pauses of resetSteps. */
const RESET_STEP_PAIRS = 300;

/** Lines handed to sigma's graph between two pauses of resetSteps. */
const RESET_STEP_LINES = 2_000;

const NO_CHANGES: LineChanges = { added: [], dropped: [], updated: [] };

/**
 * The graph sigma draws: the view graph's actors (mirrored: the layout keeps writing positions into
 * the view graph) and the lines DrawnLines decides on, less those a dense graph's overview leaves out
 * (lineThinning) unless they touch the focus or the path. The view graph keeps one edge per event for
 * the layout; only the lines are drawn. Lines left out stay out of sigma's graph, not only hidden:
 * sigma processes every line of its graph at each frame the layout moves the actors.
 */
export class LineStage {
  /** Sigma's graph: the actors and the lines on the stage. */
  readonly graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  /** Every line DrawnLines decides on, left out or not (its actors carry no attributes anyone reads). */
  readonly allLines: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  private lines: DrawnLines | null = null;
  private sigma: ViewSigma | null = null;
  /** How many holders keep sigma from listening to the graph (see silence). */
  private silenced = 0;
  /** Sigma's own drawing properties while silenced (undefined: it uses its class's). */
  private ownDrawing: Record<keyof Omit<SigmaDrawing, 'renderFrame'>, PropertyDescriptor | undefined> | null = null;
  private readonly stopMirror: () => void;
  /** Lines the overview leaves out in a dense graph (lineThinning), null when all are drawn. */
  private thinned: ThinnedLines | null = null;
  /** What brings left-out lines back (refocus). */
  private spotlight: LineSpotlight = NO_SPOTLIGHT;
  /** Lines left out of the overview that are in sigma's graph for the spotlight. */
  private broughtIn = new Set<string>();
  /** Told what the stage says about lines left out (null: nothing left out). */
  onNote: (note: string | null) => void = () => {};

  /** `limits`: when the overview leaves lines out. */
  constructor(
    private readonly view: ViewGraph,
    private readonly limits: ThinningLimits,
  ) {
    view.forEachNode((n, a) => {
      this.graph.addNode(n, { ...a });
      this.allLines.addNode(n, a);
    });
    this.stopMirror = this.mirrorNodes();
  }

  private mirrorNodes(): () => void {
    const { view, graph } = this;
    const copyAll = (e: { hints?: { attributes?: string[] } }) => {
      const names = e.hints?.attributes as (keyof ViewNodeAttributes)[] | undefined;
      if (!names) return graph.updateEachNodeAttributes((n) => ({ ...view.getNodeAttributes(n) }));
      // Only the attributes the view says changed (positions, hidden), in place: 20,000 actors
      // copied whole were 20,000 new objects per write.
      graph.updateEachNodeAttributes(
        (n, attributes) => {
          const from = view.getNodeAttributes(n) as unknown as Record<string, unknown>;
          const to = attributes as unknown as Record<string, unknown>;
          for (const name of names) {
            if (name in from) to[name] = from[name];
            else delete to[name];
          }
          return attributes;
        },
        { attributes: names },
      );
    };
    const copyOne = ({ key }: { key: string }) => {
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, { ...view.getNodeAttributes(key) });
    };
    const add = ({ key }: { key: string }) => {
      if (!graph.hasNode(key)) graph.addNode(key, { ...view.getNodeAttributes(key) });
      if (!this.allLines.hasNode(key)) this.allLines.addNode(key, view.getNodeAttributes(key));
    };
    const drop = ({ key }: { key: string }) => {
      if (graph.hasNode(key)) this.quietly(() => graph.dropNode(key));
      if (this.allLines.hasNode(key)) {
        this.allLines.forEachEdge(key, (line) => this.broughtIn.delete(line));
        this.allLines.dropNode(key);
      }
    };
    view.on('eachNodeAttributesUpdated', copyAll);
    view.on('nodeAttributesUpdated', copyOne);
    view.on('nodeAdded', add);
    view.on('nodeDropped', drop);
    return () => {
      view.removeListener('eachNodeAttributesUpdated', copyAll);
      view.removeListener('nodeAttributesUpdated', copyOne);
      view.removeListener('nodeAdded', add);
      view.removeListener('nodeDropped', drop);
    };
  }

  /** Sigma draws this graph from now on; before this, changes need no telling. */
  attach(sigma: ViewSigma): void {
    this.sigma = sigma;
  }

  get drawn(): DrawnLines | null {
    return this.lines;
  }

  /** Whether `line` is left out of the overview (drawn only when it touches the focus). */
  leftOut(line: string): boolean {
    return isLeftOut(this.thinned, line);
  }

  /** Whether sigma's graph holds `line`: kept by the overview, or brought back by the spotlight. */
  private onStage(line: string): boolean {
    if (!this.allLines.hasEdge(line)) return false;
    if (!isLeftOut(this.thinned, line)) return true;
    const [source, target] = this.allLines.extremities(line);
    return spotlit(this.spotlight, source, target);
  }

  /**
   * Brings sigma's graph in line with allLines for `lines`: added, dropped, or given the new look of
   * those in `restyled`. Returns what changed in sigma's graph.
   */
  private place(lines: Iterable<string>, restyled: ReadonlySet<string>): LineChanges {
    const changes: LineChanges = { added: [], dropped: [], updated: [] };
    const { graph, allLines } = this;
    for (const line of new Set(lines)) {
      const wanted = this.onStage(line);
      const held = graph.hasEdge(line);
      if (wanted && !held) {
        graph.addDirectedEdgeWithKey(line, allLines.source(line), allLines.target(line), allLines.getEdgeAttributes(line));
        changes.added.push(line);
      } else if (!wanted && held) {
        graph.dropEdge(line);
        changes.dropped.push(line);
      } else if (wanted && restyled.has(line)) {
        graph.replaceEdgeAttributes(line, allLines.getEdgeAttributes(line));
        changes.updated.push(line);
      }
      if (wanted && isLeftOut(this.thinned, line)) this.broughtIn.add(line);
      else this.broughtIn.delete(line);
    }
    return changes;
  }

  /** Thins the lines again after allLines changed; returns what changed in sigma's graph. */
  private rethin(changes: LineChanges): LineChanges {
    const before = runToEnd(this.thinSteps());
    const moved = thinningChanges(this.allLines, before, this.thinned);
    return this.place([...changes.added, ...changes.dropped, ...changes.updated, ...moved], new Set(changes.updated));
  }

  /**
   * The focus or the path changed: lines the overview leaves out that touch them join sigma's graph,
   * those that no longer do leave it. Returns what changed (for redraw).
   */
  refocus(spotlight: LineSpotlight): LineChanges {
    this.spotlight = spotlight;
    if (this.thinned === null && this.broughtIn.size === 0) return NO_CHANGES;
    const lit = this.thinned === null ? [] : [...spotlitLines(this.allLines, spotlight)].filter((line) => isLeftOut(this.thinned, line));
    if (lit.length === 0 && this.broughtIn.size === 0) return NO_CHANGES;
    return this.quietly(() => this.place([...this.broughtIn, ...lit], new Set()));
  }

  /** Thins the lines afresh and says so on the stage when the note changes; returns the thinning before. */
  private *thinSteps(): Generator<void, ThinnedLines | null> {
    const before = this.thinned;
    this.thinned = yield* thinLinesSteps(this.allLines, this.limits);
    const note = thinningNote(this.thinned);
    if (note !== thinningNote(before)) this.onNote(note);
    return before;
  }

  /** A new graph (or the first): every line drawn afresh for its bundles. */
  reset(bundles: BundleView, expandedPairs: (lines: DrawnLines) => ReadonlySet<number>): void {
    this.quietly(() => {
      const steps = this.resetSteps(bundles, expandedPairs);
      while (!steps.next().done);
    });
    // While silenced, whoever silenced sigma refreshes it once at the end.
    if (this.silenced === 0) this.sigma?.refresh();
  }

  /**
   * reset in steps: the lines of a few hundred pairs of actors at a time, pausing (yielding) in
   * between. Only for a caller that holds sigma silenced (silence) and refreshes it at the end.
   */
  *resetSteps(bundles: BundleView, expandedPairs: (lines: DrawnLines) => ReadonlySet<number>): Generator<void, void> {
    this.graph.clearEdges();
    this.allLines.clearEdges();
    this.broughtIn.clear();
    const lines = new DrawnLines(this.allLines, bundles.columns, bundles.index, bundles.counts, bundles.eventShown);
    lines.setExpanded(expandedPairs(lines));
    this.lines = lines;
    const pairs = lines.allPairs();
    for (let i = 0; i < pairs.length; i += RESET_STEP_PAIRS) {
      lines.sync(pairs.slice(i, i + RESET_STEP_PAIRS));
      yield;
    }
    yield* this.thinSteps();
    // Every line on the stage is new to sigma, which indexes and reduces them all when refreshed.
    let handed = 0;
    for (const line of this.allLines.edges()) {
      if (!this.onStage(line)) continue;
      this.graph.addDirectedEdgeWithKey(line, this.allLines.source(line), this.allLines.target(line), this.allLines.getEdgeAttributes(line));
      if (isLeftOut(this.thinned, line)) this.broughtIn.add(line);
      if (++handed % RESET_STEP_LINES === 0) yield;
    }
  }

  /**
   * Keeps sigma from listening to the graph until the returned release is called: a new graph's
   * thousands of actors and lines are added without sigma re-indexing per item, and the holder then
   * refreshes it once. Nests.
   */
  silence(): () => void {
    const hooks = this.sigma as unknown as SigmaGraphHooks | null;
    const renderer = this.sigma as unknown as SigmaDrawing | null;
    if (this.silenced++ === 0 && renderer) {
      hooks?.unbindGraphHandlers();
      // Sigma does not draw meanwhile either: a frame between two slices would read its caches for
      // actors and lines it has not been told of yet. Nor does it redraw the hover layer (an actor
      // hovered meanwhile): its edge labels read the caches of the lines around that actor.
      this.ownDrawing = { render: Object.getOwnPropertyDescriptor(renderer, 'render'), scheduleHighlightedNodesRender: Object.getOwnPropertyDescriptor(renderer, 'scheduleHighlightedNodesRender') };
      renderer.render = () => {
        // As sigma's render does, so that a later scheduleRender asks for a frame again.
        renderer.renderFrame = null;
        return renderer;
      };
      renderer.scheduleHighlightedNodesRender = () => undefined;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.silenced > 0 || !renderer) return;
      for (const name of ['render', 'scheduleHighlightedNodesRender'] as const) {
        const own = this.ownDrawing?.[name];
        if (own) Object.defineProperty(renderer, name, own);
        else delete (renderer as Partial<SigmaDrawing>)[name];
      }
      this.ownDrawing = null;
      hooks?.bindGraphHandlers();
    };
  }

  /** The filters changed: redraw the pairs whose bundles changed. Returns what changed. */
  follow(bundles: BundleView): LineChanges {
    const lines = this.lines;
    if (!lines) return NO_CHANGES;
    return this.quietly(() => this.rethin(lines.sync(bundles.everything ? lines.allPairs() : lines.pairsOfBundles(bundles.changedBundles))));
  }

  /** Draws `pairs` event by event (and the others as bundles again). */
  expand(pairs: ReadonlySet<number>): LineChanges {
    const lines = this.lines;
    if (!lines) return NO_CHANGES;
    return this.quietly(() => this.rethin(lines.sync(lines.setExpanded(pairs))));
  }

  /**
   * Tells sigma what changed: new and restyled lines and `nodes` are re-reduced; when lines came or
   * went, sigma re-packs its buffers (costing the lines drawn, not the events in the graph).
   */
  redraw(changes: LineChanges, nodes: readonly string[]): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const hooks = sigma as unknown as SigmaGraphHooks;
    for (const key of changes.dropped) hooks.removeEdge(key);
    const edges = [...changes.added, ...changes.updated];
    const reindex = changes.added.length > 0 || changes.dropped.length > 0;
    if (!reindex && edges.length === 0 && nodes.length === 0) return;
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges }, skipIndexation: !reindex });
  }

  private quietly<T>(change: () => T): T {
    const release = this.silence();
    try {
      return change();
    } finally {
      release();
    }
  }

  dispose(): void {
    this.stopMirror();
  }

}
