/**
 * A node being arranged for the screen. Coordinates are graph units chosen so that one
 * unit is one CSS pixel once sigma frames the graph (see screenFit), with y pointing up
 * like sigma's graph space.
 */
export interface PlacedNode {
  key: string;
  x: number;
  y: number;
  /** Node radius in pixels. */
  size: number;
  /** Rendered label width in pixels (0 when the label is not drawn). */
  labelWidth: number;
}

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Sigma draws a label this far right of the disc (drawDiscNodeLabel). */
const LABEL_OFFSET_PX = 3;
/** Half the height a 13px label occupies around the node centre. */
const LABEL_HALF_HEIGHT_PX = 8;

/** How far a node's footprint reaches from its centre: the disc, the label right of it, half the height. */
export function footprintReach(n: Pick<PlacedNode, 'size' | 'labelWidth'>): { size: number; labelRoom: number; half: number } {
  return { size: n.size, labelRoom: n.labelWidth > 0 ? LABEL_OFFSET_PX + n.labelWidth : 0, half: Math.max(n.size, LABEL_HALF_HEIGHT_PX) };
}

/** Disc plus label, as sigma draws them. */
export function footprint(n: PlacedNode): Box {
  const { size, labelRoom, half } = footprintReach(n);
  return {
    minX: n.x - size,
    maxX: n.x + size + labelRoom,
    minY: n.y - half,
    maxY: n.y + half,
  };
}

export function boundingBox(boxes: Box[]): Box {
  return boxes.reduce(
    (acc, b) => ({
      minX: Math.min(acc.minX, b.minX),
      maxX: Math.max(acc.maxX, b.maxX),
      minY: Math.min(acc.minY, b.minY),
      maxY: Math.max(acc.maxY, b.maxY),
    }),
    { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity },
  );
}

export function centresBox(nodes: PlacedNode[]): Box {
  return boundingBox(nodes.map((n) => ({ minX: n.x, maxX: n.x, minY: n.y, maxY: n.y })));
}
