// The stage's lines in a dense graph: sigma's graph holds only the lines the overview draws, plus
// those the focus or the path brings back, each with the look DrawnLines gave it; every change
// (filters, focus, a selected pair) keeps it so.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relations from '../../../data/relations.json';
import { generateSyntheticGraph } from '../../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { BundleView } from '../../../src/graph/bundleView';
import { DEFAULT_FILTERS } from '../../../src/graph/filterState';
import { focusOnNode, focusOnPair, pairOfActors } from '../../../src/graph/focus';
import { assignHappenings } from '../../../src/graph/happenings';
import { NO_SPOTLIGHT, spotlit, type LineSpotlight } from '../../../src/graph/linesInFocus';
import type { ViewGraph } from '../../../src/graph/viewTypes';
import { VisibilityEngine } from '../../../src/graph/visibilityEngine';
import { LineStage } from '../../../src/ui/stage/lineStage';

const LIMITS = { onePerPairAbove: 300, cap: 120 };

const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
g.import(generateSyntheticGraph({ actors: 50, events: 2500, years: 1, seed: 5, relations: relations.relations }));
assignHappenings(g);

function denseStage() {
  const engine = new VisibilityEngine(g);
  const bundles = new BundleView(g, engine);
  bundles.follow(engine.apply(DEFAULT_FILTERS).change);
  // The actors only: the stage draws lines from the bundles (buildViewGraph needs sigma's WebGL code).
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  g.forEachNode((n) => view.addNode(n, { label: n, kind: 'state', x: 0, y: 0, size: 1, color: '#000000' }));
  const stage = new LineStage(view, LIMITS);
  const notes: (string | null)[] = [];
  stage.onNote = (note) => notes.push(note);
  stage.reset(bundles, () => new Set());
  return { engine, bundles, stage, notes };
}

/** Sigma's graph holds exactly the kept and the spotlit lines, each as DrawnLines drew it. */
function expectStageHolds(stage: LineStage, spot: LineSpotlight): void {
  const wrong: string[] = [];
  stage.allLines.forEachEdge((line, attributes, source, target) => {
    const wanted = !stage.leftOut(line) || spotlit(spot, source, target);
    if (wanted !== stage.graph.hasEdge(line)) wrong.push(`${line} ${wanted ? 'missing' : 'extra'}`);
    else if (wanted && stage.graph.getEdgeAttributes(line) !== attributes) wrong.push(`${line} stale look`);
  });
  stage.graph.forEachEdge((line) => {
    if (!stage.allLines.hasEdge(line)) wrong.push(`${line} not a line`);
  });
  expect(wrong).toEqual([]);
}

describe('a dense stage', () => {
  it('hands sigma only the lines the overview draws, and says how many of how many', () => {
    const { stage, notes } = denseStage();
    expect(stage.allLines.size).toBeGreaterThan(LIMITS.onePerPairAbove);
    expect(stage.graph.size).toBe(LIMITS.cap);
    expect(notes.at(-1)).toContain(`${LIMITS.cap} of ${stage.allLines.size.toLocaleString('en-US')} lines drawn`);
    expectStageHolds(stage, NO_SPOTLIGHT);
  });

  it('brings back every line of the actor in focus, and lets them go when the focus leaves', () => {
    const { stage } = denseStage();
    const actor = stage.allLines.findNode((n) => stage.allLines.someEdge(n, (line) => stage.leftOut(line)))!;
    expect(actor).toBeDefined();
    const spot = { focus: focusOnNode(g, actor), path: null };
    const lit = stage.refocus(spot);
    expect(lit.added.length).toBeGreaterThan(0);
    expect(lit.dropped).toEqual([]);
    expect(stage.allLines.edges(actor).every((line) => stage.graph.hasEdge(line))).toBe(true);
    expectStageHolds(stage, spot);
    const gone = stage.refocus(NO_SPOTLIGHT);
    expect([...gone.dropped].sort()).toEqual([...lit.added].sort());
    expect(stage.graph.size).toBe(LIMITS.cap);
    expectStageHolds(stage, NO_SPOTLIGHT);
  });

  it('brings back a selected pair and the steps of a path, nothing else', () => {
    const { stage } = denseStage();
    const line = stage.allLines.findEdge((l) => stage.leftOut(l))!;
    const [a, b] = stage.allLines.extremities(line);
    const event = g.edges(a, b)[0] ?? g.edges(b, a)[0]!;
    const pair = { focus: focusOnPair(g, event), path: null };
    stage.refocus(pair);
    expect(stage.graph.hasEdge(line)).toBe(true);
    expectStageHolds(stage, pair);
    const path = { focus: null, path: { nodes: new Set([a, b]), pairs: new Set([pairOfActors(a, b)]) } };
    stage.refocus(path);
    expect(stage.graph.hasEdge(line)).toBe(true);
    expectStageHolds(stage, path);
  });

  it('keeps to the rule through filter changes and a selected pair drawn event by event', () => {
    const { engine, bundles, stage } = denseStage();
    const actor = stage.allLines.findNode((n) => stage.allLines.someEdge(n, (line) => stage.leftOut(line)))!;
    const spot = { focus: focusOnNode(g, actor), path: null };
    stage.refocus(spot);
    const relationsShown = [...new Set(g.mapEdges((_e, a) => a.relation))].slice(0, 3);
    const applied = engine.apply({ ...DEFAULT_FILTERS, relations: relationsShown });
    bundles.follow(applied.change);
    const changes = stage.follow(bundles);
    expect(changes.dropped.length).toBeGreaterThan(0);
    expect(changes.dropped.every((line) => !stage.graph.hasEdge(line))).toBe(true);
    expectStageHolds(stage, spot);
    bundles.follow(engine.apply(DEFAULT_FILTERS).change);
    stage.follow(bundles);
    expectStageHolds(stage, spot);
    // The busiest pair of the focused actor drawn event by event: its events are lines, all on stage.
    const pair = stage.drawn!.pairOfLine(stage.allLines.edges(actor)[0]!)!;
    stage.expand(new Set([pair]));
    expectStageHolds(stage, spot);
  });
});
