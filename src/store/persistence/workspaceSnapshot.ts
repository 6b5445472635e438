// The workspace as it is in memory now, in the stored shape (for a backup and the size summary).
import { CORPUS_SOURCE_ID } from '../sourceList';
import { useSourcesStore } from '../sourcesStore';
import { persistedParts } from './persistedParts';
import { toSourceRecord, type WorkspaceContent } from './workspaceRecord';

export function currentWorkspaceContent(): WorkspaceContent {
  const list = useSourcesStore.getState();
  const added = list.sources.filter((s) => s.id !== CORPUS_SOURCE_ID && s.format !== 'corpus');
  const parts: Record<string, unknown> = {};
  for (const part of persistedParts()) parts[part.key] = part.snapshot();
  return { sources: added.map((s, i) => toSourceRecord(s, i + 1)), importCount: list.importCount, parts };
}
