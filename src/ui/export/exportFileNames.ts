// File names for exports: the title as a slug, then the time window when one is set
// ("iran-talks_2026-01-10_to_2026-01-12"), then the format's extension.
import type { FilterState } from '../../graph/filterState';

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

export function exportBaseName(title: string, filters: Pick<FilterState, 'from' | 'to'>): string {
  const name = slug(title) || 'dramatis';
  if (filters.from === null && filters.to === null) return name;
  return `${name}_${filters.from ?? 'start'}_to_${filters.to ?? 'end'}`;
}

export function imageFileName(base: string, format: 'png' | 'svg', scale: number): string {
  return format === 'svg' ? `${base}.svg` : `${base}${scale === 1 ? '' : `@${scale}x`}.png`;
}

/** A presentation file is named after its title only: it holds every step, whatever the window. */
export function presentationFileName(title: string): string {
  return `${slug(title) || 'dramatis'}.html`;
}
