// File names for exports: the title as a slug, then the time window when one is set and the file
// shows it ("iran-talks_2026-01-10_to_2026-01-12"), then the format's extension. And the title the
// dialog proposes: the story's, or the story's and its step's when a step is on screen.
import type { FilterState } from '../../graph/filterState';
import { storyTitle, type Story } from '../../store/story';
import { captionPlainText } from '../story/captionFormat';

const STEP_TITLE_LENGTH = 80;
export const DEFAULT_EXPORT_TITLE = 'Dramatis';

const MAX_SLUG = 60;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/** `everything`: a graph file of every event, whatever the time window, is not named after it. */
export function exportBaseName(title: string, filters: Pick<FilterState, 'from' | 'to'>, everything = false): string {
  const name = slug(title) || 'dramatis';
  if (everything || (filters.from === null && filters.to === null)) return name;
  return `${name}_${filters.from ?? 'start'}_to_${filters.to ?? 'end'}`;
}

export function imageFileName(base: string, format: 'png' | 'svg', scale: number): string {
  return format === 'svg' ? `${base}.svg` : `${base}${scale === 1 ? '' : `@${scale}x`}.png`;
}

/** A presentation file is named after its title only: it holds every step, whatever the window. */
export function presentationFileName(title: string): string {
  return `${slug(title) || 'dramatis'}.html`;
}

/**
 * The title the Export dialog starts with: "Story: first line of the step's caption" (or "Story,
 * step 2" when the caption is empty) while a story step is on screen, the story's title while a
 * story is open, else "Dramatis".
 */
export function defaultExportTitle(story: Story | null, stepIndex: number): string {
  if (!story) return DEFAULT_EXPORT_TITLE;
  const title = storyTitle(story);
  const step = stepIndex >= 0 ? story.steps[stepIndex] : undefined;
  if (!step) return title;
  const line = step.caption.split('\n').map((l) => captionPlainText(l).trim()).find((l) => l !== '') ?? '';
  if (line === '') return `${title}, step ${stepIndex + 1}`;
  return `${title}: ${line.length > STEP_TITLE_LENGTH ? `${line.slice(0, STEP_TITLE_LENGTH - 1).trimEnd()}…` : line}`;
}
