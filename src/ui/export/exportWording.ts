// The words the Export dialog shows about counts, sizes and saved files.
import type { SavedFile } from './runExport';

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the status line says once the files are saved. */
export function savedMessage(files: readonly SavedFile[]): string {
  return `Saved ${files.map((f) => `${f.name} (${formatBytes(f.bytes)})`).join(' and ')}.`;
}

/** The hint beside "What is visible": how much of the graph the filters let through. */
export function visibleHint(shown: { relations: number; actors: number }, graph: { size: number; order: number }): string {
  return `(${shown.relations} of ${plural(graph.size, 'relation', 'relations')}, ${shown.actors} of ${plural(graph.order, 'actor', 'actors')})`;
}
