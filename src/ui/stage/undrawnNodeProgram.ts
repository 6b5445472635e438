import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { NodeDisplayData, RenderParams } from 'sigma/types';

/**
 * The program of hidden actors (node type `UNDRAWN_NODE_TYPE`): it takes no slot in sigma's
 * buffers and draws nothing. Sigma packs a hidden node of a drawing program as an empty slot that
 * every frame still runs through the vertex shader, picking pass included; on a graph whose time
 * window shows 6,000 of 10,000 actors that is 40% of the node work of each frame for nothing.
 */
export class UndrawnNodeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> {
  drawLabel = undefined;
  drawHover = undefined;
  // Sigma constructs every program with its context, picking buffer and itself; this one needs none.
  constructor(_gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, _renderer: Sigma<N, E, G>) {}
  kill(): void {}
  reallocate(_capacity: number): void {}
  process(_nodeIndex: number, _offset: number, _data: NodeDisplayData): void {}
  render(_params: RenderParams): void {}
}
