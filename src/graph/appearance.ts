import type { ActorKind } from '../domain/contract';

// Visual constants shared by the graph view and the legend.

export const KIND_COLORS: Readonly<Record<ActorKind, string>> = {
  person: '#5b4b8a',
  state: '#1b7a5a',
  organization: '#c17817',
  group: '#b8336a',
  media: '#3f7cac',
  other: '#8a8f98',
};

export const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  state: 'State',
  organization: 'Organization',
  group: 'Group',
  media: 'Media',
  other: 'Other',
};

/** Node radius in screen pixels at the default zoom. */
export const NODE_SIZE = { min: 6, max: 20 } as const;

export const EDGE_SIZE = 2;
/** Above this many relations lines are thin and straight: parallel curves no longer read, and each costs fill. */
export const DENSE_GRAPH_EDGES = 3000;
export const EDGE_SIZE_DENSE = 0.6;
export const EDGE_SIZE_EMPHASIZED = 3.5;

export const STAGE_BACKGROUND = '#fbfbfd';
export const LABEL_COLOR = '#1f2430';
export const FADED_NODE_COLOR = '#dfe2e8';
export const FADED_EDGE_COLOR = '#eceef2';
export const FADED_LABEL_COLOR = '#b9bec8';

export const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';
export const LABEL_SIZE = 13;

/** Actors above which discs shrink as the graph grows (the stage draws them as GL points from here too). */
export const CROWDED_ACTORS = 2_000;
/** The smallest share of their size the discs of a very large graph keep. */
const SMALLEST_CROWD_SCALE = 0.35;

/**
 * How much smaller discs are drawn in a graph of `actors`: 1 up to CROWDED_ACTORS, then the square
 * root of CROWDED_ACTORS / actors, so all discs together cover no more than those of CROWDED_ACTORS
 * (20,000 full-size discs covered a stage nine times over: one blob, and on a machine without a GPU
 * every covered pixel is drawn on the CPU), but never below SMALLEST_CROWD_SCALE.
 */
export function crowdScale(actors: number): number {
  if (actors <= CROWDED_ACTORS) return 1;
  return Math.max(SMALLEST_CROWD_SCALE, Math.sqrt(CROWDED_ACTORS / actors));
}

/** Square-root scaling keeps hubs big without dwarfing everyone else; crowdScale(actors) shrinks a crowd. */
export function nodeSizeForDegree(degree: number, maxDegree: number, actors = 0): number {
  const scale = crowdScale(actors);
  if (maxDegree <= 0) return NODE_SIZE.min * scale;
  const t = Math.sqrt(Math.min(degree, maxDegree) / maxDegree);
  return (NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * t) * scale;
}

/** `color` (#rrggbb) blended toward the stage background: `share` 0 keeps it, 1 gives the background. */
export function towardBackground(color: string, share: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const from = rgb(color);
  const to = rgb(STAGE_BACKGROUND);
  return `#${from.map((c, i) => Math.round(c + (to[i]! - c) * share).toString(16).padStart(2, '0')).join('')}`;
}

/** How far the outer ring of a 2-hop ego network is blended toward the background: lighter, never greyed. */
export const SECOND_RING_SHARE = 0.5;
