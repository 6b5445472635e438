// What the Workspace dialog lists: each kept source and part with its size. Pure.
import type { WorkspaceContent } from './workspaceRecord';

export interface KeptItem {
  key: string;
  label: string;
  detail: string;
  /** Size of its JSON in bytes (UTF-8), about what it takes in storage and in a backup. */
  bytes: number;
}

export interface WorkspaceSummary {
  items: KeptItem[];
  totalBytes: number;
}

const encoder = new TextEncoder();

function bytesOf(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listLength(value: unknown, field: string): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = (value as Record<string, unknown>)[field];
  return Array.isArray(list) ? list.length : null;
}

function partLine(key: string, value: unknown): { label: string; detail: string } {
  switch (key) {
    case 'stories': {
      const n = listLength(value, 'stories');
      return { label: 'Stories', detail: n === null ? 'kept' : plural(n, 'story', 'stories') };
    }
    case 'curation': {
      const n = listLength(value, 'edits');
      return { label: 'Edits', detail: n === null ? 'kept' : plural(n, 'edit') };
    }
    case 'settings': {
      const view = typeof value === 'object' && value !== null ? (value as { lastView?: unknown }).lastView : undefined;
      return { label: 'Settings', detail: typeof view === 'string' && view !== '' ? 'last view and preferences' : 'preferences' };
    }
    default:
      return { label: key, detail: 'kept' };
  }
}

export function summarizeWorkspace(content: WorkspaceContent): WorkspaceSummary {
  const items: KeptItem[] = [];
  for (const s of content.sources) {
    const what = s.format === 'article' ? 'article' : `${s.format.toUpperCase()} file`;
    items.push({
      key: `source:${s.id}`,
      label: s.label,
      detail: `${what}, ${plural(s.graph.nodes.length, 'actor')}, ${plural(s.graph.edges.length, 'relation')}`,
      bytes: bytesOf(s),
    });
  }
  for (const [key, value] of Object.entries(content.parts)) items.push({ key: `part:${key}`, ...partLine(key, value), bytes: bytesOf(value) });
  return { items, totalBytes: items.reduce((sum, i) => sum + i.bytes, 0) };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
