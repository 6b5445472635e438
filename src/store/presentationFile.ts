// A presentation file: one HTML page holding the app, a graph (as loaded, with curation), the
// on-screen positions and the stories, that opens from disk with no server and no network. The
// build writes the page with an empty data slot (presentation.html); saving fills the slot.
import type { SerializedDramatisGraph } from '../domain/contract';
import type { Story } from './story';
import { readStoryFile, storyFile } from './storyFile';

export const PRESENTATION_FORMAT = 'dramatis-presentation';
export const PRESENTATION_VERSION = 1;
/** The id of the `<script type="application/json">` that holds the data. */
export const PRESENTATION_DATA_ID = 'dramatis-presentation-data';
/** The slot as the build writes it: a data script holding `null`. */
export const EMPTY_PRESENTATION_SLOT = `<script type="application/json" id="${PRESENTATION_DATA_ID}">null</script>`;

export interface PresentationData {
  format: typeof PRESENTATION_FORMAT;
  version: typeof PRESENTATION_VERSION;
  title: string;
  graph: SerializedDramatisGraph;
  /** Where each actor was drawn when the file was saved: the file shows them there, with no layout run. */
  positions: Record<string, [number, number]>;
  stories: Story[];
  /** The story the file opens on, at its first step. */
  storyId: string | null;
}

/**
 * JSON that can sit inside a `<script>` element: `<` is written as `\u003c`, so no `</script>` or
 * `<!--` in a caption or a sentence can end the element early. JSON.parse reads it back unchanged.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The template page with `data` in its slot; throws when the template has no (empty) slot. */
export function fillPresentationTemplate(template: string, data: PresentationData): string {
  const at = template.indexOf(EMPTY_PRESENTATION_SLOT);
  if (at < 0) throw new Error('the presentation page of this build has no data slot; rebuild the app.');
  const filled = `<script type="application/json" id="${PRESENTATION_DATA_ID}">${jsonForScriptElement(data)}</script>`;
  return template.slice(0, at) + filled + template.slice(at + EMPTY_PRESENTATION_SLOT.length);
}

function isPositions(v: unknown): v is Record<string, [number, number]> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every((p) => Array.isArray(p) && p.length === 2 && p.every((c) => typeof c === 'number' && Number.isFinite(c)));
}

/**
 * Reads the data slot's text: null when the slot is empty (the page is the plain template), the
 * data when it is a presentation, or a message saying what is wrong. The graph itself is checked
 * against the contract by whoever loads it.
 */
export function readPresentationData(text: string): PresentationData | null | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'The presentation data in this file is not valid JSON.';
  }
  if (json === null) return null;
  if (typeof json !== 'object' || Array.isArray(json)) return 'The presentation data in this file is not an object.';
  const d = json as Record<string, unknown>;
  if (d.format !== PRESENTATION_FORMAT || d.version !== PRESENTATION_VERSION) return 'This file holds a presentation of another format or version.';
  if (typeof d.graph !== 'object' || d.graph === null) return 'The presentation holds no graph.';
  if (!isPositions(d.positions)) return 'The presentation’s actor positions are not pairs of numbers.';
  const stories = readStoryFile({ ...storyFile([]), stories: d.stories });
  if (!stories.ok) return `The presentation’s stories cannot be read: ${stories.error}`;
  const storyId = typeof d.storyId === 'string' && stories.stories.some((s) => s.id === d.storyId) ? d.storyId : (stories.stories[0]?.id ?? null);
  return {
    format: PRESENTATION_FORMAT,
    version: PRESENTATION_VERSION,
    title: typeof d.title === 'string' ? d.title : 'Dramatis',
    graph: d.graph as SerializedDramatisGraph,
    positions: d.positions,
    stories: stories.stories,
    storyId,
  };
}
