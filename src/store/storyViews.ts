// Between stories and the view: a step's query is the address bar's serialisation, so it is
// written and read by the same code as shared links (urlState).
import { isolate } from '../graph/bidiText';
import type { DramatisGraph } from '../graph/buildGraph';
import { LIST_FACETS } from '../graph/facetRegistry';
import { RELATION_ORDER } from '../graph/relationStyles';
import { storyTitle, type StepCamera, type StepView, type Story } from './story';
import { parseUrlView, serializeUrlView, type UrlView, type UrlVocabulary } from './urlState';

/** The saved form of a view: its query (without the camera, kept apart with its angle). */
export function stepViewOf(view: Omit<UrlView, 'camera'>, camera: StepCamera | null): StepView {
  return { query: serializeUrlView({ ...view, camera: null }).replace(/^\?/, ''), camera };
}

/** What a step may name in this graph, as the URL reader checks it. */
export function graphVocabulary(graph: DramatisGraph): UrlVocabulary {
  const universe = new Map<string, ReadonlySet<string>>();
  return {
    relations: new Set(RELATION_ORDER),
    docs: new Set(graph.getAttribute('documents').map((d) => d.id)),
    facetValues: (key) => {
      const d = LIST_FACETS.find((facet) => facet.key === key);
      if (d && !universe.has(key)) universe.set(key, new Set<string>(d.universe(graph)));
      return universe.get(key);
    },
    hasNode: (id) => graph.hasNode(id),
    hasEdge: (id) => graph.hasEdge(id),
  };
}

/** A step's view as the app applies it: values naming nothing in this graph are left out and described. */
export function readStepView(view: StepView, vocab: UrlVocabulary): { view: UrlView; ignored: string[] } {
  const parsed = parseUrlView(view.query, vocab);
  return { view: { ...parsed.view, camera: null }, ignored: parsed.ignored };
}

/**
 * What in `stories` this graph does not have (unknown actors, relations, documents...), one message
 * per value, named by story and step. Those values are ignored when the step is shown.
 */
export function storyIssues(stories: readonly Story[], vocab: UrlVocabulary): string[] {
  const out: string[] = [];
  for (const story of stories) {
    story.steps.forEach((step, i) => {
      for (const message of readStepView(step.view, vocab).ignored) out.push(`Story “${isolate(storyTitle(story))}”, step ${i + 1}: ${message}`);
    });
  }
  return out;
}

/**
 * Parameters the address bar uses for the story being shown: `story=<id>&step=<step id>`. A step
 * number (from 1) is still accepted, so links written before steps were named by id keep working.
 */
export interface StoryLocation {
  storyId: string;
  /** The step's id, or its number from 1; null when the URL names a story but no step. */
  step: string | null;
}

const STEP_REF = /^[A-Za-z0-9_-]{1,64}$/;

export function readStoryLocation(search: string): { location: StoryLocation | null; ignored: string[] } {
  const params = new URLSearchParams(search);
  const storyId = params.get('story');
  const step = params.get('step');
  if (storyId === null) return { location: null, ignored: step === null ? [] : [`Ignored step=${step}: no story is named (add story=<id>).`] };
  if (step === null) return { location: { storyId, step: null }, ignored: [] };
  if (!STEP_REF.test(step)) return { location: { storyId, step: null }, ignored: [`Ignored step=${step.slice(0, 80)}: use a step's id or its number from 1.`] };
  return { location: { storyId, step }, ignored: [] };
}

/**
 * The 0-based index of the step a URL names: the step with that id, or else (for a number) the
 * step at that place. -1 when there is none. An id always wins over a place, so reordering steps
 * never changes where a link written with ids leads.
 */
export function resolveStepRef(story: Pick<Story, 'steps'>, ref: string): number {
  const byId = story.steps.findIndex((s) => s.id === ref);
  if (byId >= 0) return byId;
  if (!/^\d+$/.test(ref)) return -1;
  const n = Number(ref);
  return n >= 1 && n <= story.steps.length ? n - 1 : -1;
}

/** Adds `story` and `step` to a query string written by serializeUrlView. */
export function withStoryLocation(search: string, location: StoryLocation | null): string {
  if (!location) return search;
  const params = new URLSearchParams(search);
  params.set('story', location.storyId);
  if (location.step !== null) params.set('step', location.step);
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
