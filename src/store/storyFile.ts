// Story files: the JSON that carries stories in and out (download, file import, the graph's
// `stories` attribute, this browser's storage). Reading is strict about shape and tells the user
// in plain words what it left out; it never throws on bad input.
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH, type StepCamera, type Story, type StoryStep } from './story';

export const STORY_FILE_FORMAT = 'dramatis-stories';
export const STORY_FILE_VERSION = 1;

export interface StoryFile {
  format: typeof STORY_FILE_FORMAT;
  version: typeof STORY_FILE_VERSION;
  stories: Story[];
}

export type StoryFileResult = { ok: true; stories: Story[]; problems: string[] } | { ok: false; error: string };

const MAX_STORIES = 200;
const MAX_STEPS = 500;
const MAX_QUERY_LENGTH = 20_000;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function storyFile(stories: readonly Story[]): StoryFile {
  return { format: STORY_FILE_FORMAT, version: STORY_FILE_VERSION, stories: [...stories] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readCamera(v: unknown): StepCamera | null | undefined {
  if (v === null || v === undefined) return null;
  if (!isRecord(v)) return undefined;
  const { x, y, ratio, angle = 0 } = v;
  const nums = [x, y, ratio, angle];
  if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n)) || (ratio as number) <= 0) return undefined;
  return { x: x as number, y: y as number, ratio: ratio as number, angle: angle as number };
}

function readStep(v: unknown, where: string, problems: string[], placeId: string): StoryStep | null {
  if (!isRecord(v)) {
    problems.push(`${where} is not an object; it was left out.`);
    return null;
  }
  // A step written without an id is named after its place in the file, so its links stay stable.
  const id = v.id === undefined ? placeId : v.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    problems.push(`${where} has no valid id (letters, digits, - and _); it was left out.`);
    return null;
  }
  const view = v.view;
  if (!isRecord(view) || typeof view.query !== 'string' || view.query.length > MAX_QUERY_LENGTH) {
    problems.push(`${where} has no view query; it was left out.`);
    return null;
  }
  const camera = readCamera(view.camera);
  if (camera === undefined) problems.push(`${where}: its camera is not {x, y, ratio, angle} numbers; the step opens with the whole graph in view.`);
  let caption = typeof v.caption === 'string' ? v.caption : '';
  if (v.caption !== undefined && typeof v.caption !== 'string') problems.push(`${where}: its caption is not text; it was left empty.`);
  if (caption.length > MAX_CAPTION_LENGTH) {
    problems.push(`${where}: its caption was cut to ${MAX_CAPTION_LENGTH} characters.`);
    caption = caption.slice(0, MAX_CAPTION_LENGTH);
  }
  const query = view.query.startsWith('?') ? view.query.slice(1) : view.query;
  return { id, view: { query, camera: camera ?? null }, caption };
}

function readStory(v: unknown, where: string, problems: string[]): Story | null {
  if (!isRecord(v)) {
    problems.push(`${where} is not an object; it was left out.`);
    return null;
  }
  if (typeof v.id !== 'string' || !ID_PATTERN.test(v.id)) {
    problems.push(`${where} has no valid id (letters, digits, - and _); it was left out.`);
    return null;
  }
  const title = typeof v.title === 'string' && v.title.trim() !== '' ? v.title.trim().slice(0, MAX_TITLE_LENGTH) : 'Untitled story';
  const name = `Story “${title}”`;
  if (!Array.isArray(v.steps)) {
    problems.push(`${name} has no list of steps; it was left out.`);
    return null;
  }
  if (v.steps.length > MAX_STEPS) problems.push(`${name} has ${v.steps.length} steps; only the first ${MAX_STEPS} were read.`);
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  v.steps.slice(0, MAX_STEPS).forEach((raw, i) => {
    const step = readStep(raw, `${name}, step ${i + 1}`, problems, `step-${i + 1}`);
    if (!step) return;
    if (seen.has(step.id)) {
      problems.push(`${name}, step ${i + 1} repeats the id ${step.id}; it was left out.`);
      return;
    }
    seen.add(step.id);
    steps.push(step);
  });
  return { id: v.id, title, steps };
}

/** Reads the `stories` list of a story file (or of a graph's `stories` attribute). */
export function readStoryFile(json: unknown): StoryFileResult {
  if (!isRecord(json)) return { ok: false, error: 'This is not a story file: expected a JSON object with "format", "version" and "stories".' };
  if (json.format !== STORY_FILE_FORMAT) {
    return { ok: false, error: `This is not a story file: its "format" should be "${STORY_FILE_FORMAT}"${json.format === undefined ? '' : `, not ${JSON.stringify(json.format).slice(0, 60)}`}.` };
  }
  if (json.version === undefined) return { ok: false, error: 'The story file has no "version"; this Dramatis reads version 1.' };
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return { ok: false, error: `The story file's version ${JSON.stringify(json.version).slice(0, 30)} is not a version number; this Dramatis reads version 1.` };
  }
  if (json.version > STORY_FILE_VERSION) {
    return { ok: false, error: `The story file was written by a newer Dramatis (version ${json.version}); this one reads version ${STORY_FILE_VERSION}.` };
  }
  if (!Array.isArray(json.stories)) return { ok: false, error: 'The story file has no "stories" list.' };
  const problems: string[] = [];
  if (json.stories.length > MAX_STORIES) problems.push(`The file holds ${json.stories.length} stories; only the first ${MAX_STORIES} were read.`);
  const stories: Story[] = [];
  const seen = new Set<string>();
  json.stories.slice(0, MAX_STORIES).forEach((raw, i) => {
    const story = readStory(raw, `Story ${i + 1}`, problems);
    if (!story) return;
    if (seen.has(story.id)) {
      problems.push(`Story “${story.title}” repeats the id ${story.id}; it was left out.`);
      return;
    }
    seen.add(story.id);
    stories.push(story);
  });
  return { ok: true, stories, problems };
}

/**
 * Parses a story file's text, or a graph JSON export that carries stories in its graph attributes
 * (`attributes.stories`); JSON syntax errors become a message.
 */
export function parseStoryFileText(text: string): StoryFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `The story file is not valid JSON (${err instanceof Error ? err.message : String(err)}).` };
  }
  if (isRecord(json) && json.format === undefined && Array.isArray(json.nodes) && isRecord(json.attributes)) {
    if (json.attributes.stories === undefined) return { ok: false, error: 'This graph file carries no stories.' };
    return readStoryFile(json.attributes.stories);
  }
  return readStoryFile(json);
}
