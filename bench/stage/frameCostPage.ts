// Runs in the page (bundled by frameCost.ts): draws a random graph with sigma under one set of
// choices and reports what a frame costs in the browser's WebGL, for frameCost.ts to print.
import Graph from 'graphology';
import Sigma from 'sigma';
import { createEdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { NODE_SIZE } from '../../src/graph/appearance';

export interface FrameVariant {
  name: string;
  nodes: number;
  edges: number;
  edgeProgram: 'arrow' | 'rectangle' | 'line';
  nodeProgram: 'circle' | 'point';
  edgeEvents: boolean;
  labels: boolean;
  edgeSize: number;
  pixelRatioCap?: number;
  /** Lines drawn of `edges` (the others hidden, as the app's overview hides lines it leaves out). */
  drawnEdges?: number;
  /** Disc radii: the app's (src/graph/appearance.ts, by degree) at this crowd scale; else 2-6 px. */
  appSizesScaled?: number;
}

export interface FrameCost {
  name: string;
  /** Median ms of render() plus a one-pixel read of every WebGL canvas (the GPU finished drawing). */
  drawMs: number;
  /** Median ms from render() until the second animation frame after it (the compositor took the canvases). */
  frameMs: number;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function graphFor(v: FrameVariant): Graph {
  const random = seeded(7);
  const graph = new Graph({ multi: true });
  for (let i = 0; i < v.nodes; i++) {
    // A disc with a dense core, like a force layout of a large sparse graph.
    const r = Math.sqrt(random()) * 1000;
    const a = random() * Math.PI * 2;
    graph.addNode(`n${i}`, { x: r * Math.cos(a), y: r * Math.sin(a), size: 2 + random() * 4, label: `Actor ${i}`, color: '#567' });
  }
  if (v.appSizesScaled !== undefined) {
    const scale = v.appSizesScaled;
    const sizeOf = (degree: number, max: number) => (NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(degree / max)) * scale;
    const degrees = new Map<string, number>();
    const random2 = seeded(11);
    // Degrees of a sparse graph: most actors have one or two relations, a few are hubs.
    graph.forEachNode((n) => degrees.set(n, Math.max(1, Math.round(1 / (random2() + 0.01)))));
    const max = Math.max(...degrees.values());
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'size', sizeOf(degrees.get(n)!, max)));
  }
  for (let i = 0; i < v.edges; i++) {
    const s = Math.floor(random() * v.nodes);
    // Half of the lines go to an actor near in key order, half to any actor: as placed, both are
    // of every length, like a force layout's hairball of a large sparse graph.
    const t = random() < 0.5 ? (s + 1 + Math.floor(random() * 20)) % v.nodes : Math.floor(random() * v.nodes);
    graph.addEdge(`n${s}`, `n${t}`, { size: v.edgeSize, color: '#8899aa', type: 'e', hidden: i >= (v.drawnEdges ?? v.edges) });
  }
  return graph;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureFrames(v: FrameVariant, repeats: number): Promise<FrameCost> {
  const container = document.getElementById('stage')!;
  const edgeClass = v.edgeProgram === 'arrow' ? createEdgeArrowProgram() : v.edgeProgram === 'rectangle' ? EdgeRectangleProgram : EdgeLineProgram;
  const sigma = new Sigma(graphFor(v), container, {
    renderLabels: v.labels,
    renderEdgeLabels: false,
    enableEdgeEvents: v.edgeEvents,
    labelRenderedSizeThreshold: 0,
    labelGridCellSize: 60,
    edgeProgramClasses: { e: edgeClass },
    nodeProgramClasses: { circle: v.nodeProgram === 'circle' ? NodeCircleProgram : NodePointProgram },
    defaultNodeType: 'circle',
  });
  if (v.pixelRatioCap !== undefined) {
    const renderer = sigma as unknown as { pixelRatio: number };
    renderer.pixelRatio = Math.min(renderer.pixelRatio, v.pixelRatioCap);
  }
  const renderer = sigma as unknown as { render(): void };
  const contexts = Object.values((sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts);
  const pixel = new Uint8Array(4);
  const draws: number[] = [];
  const frames: number[] = [];
  await nextFrame();
  await nextFrame();
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    renderer.render();
    for (const gl of contexts) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    draws.push(performance.now() - start);
    await nextFrame();
    await nextFrame();
    const frameStart = performance.now();
    renderer.render();
    await nextFrame();
    await nextFrame();
    frames.push(performance.now() - frameStart);
  }
  sigma.kill();
  return { name: v.name, drawMs: median(draws), frameMs: median(frames) };
}

declare global {
  interface Window {
    measureFrames?: typeof measureFrames;
  }
}
window.measureFrames = measureFrames;
