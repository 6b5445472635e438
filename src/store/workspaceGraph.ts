import type { DramatisGraph } from '../graph/buildGraph';
import { useAppStore } from './appStore';

/**
 * Hands the merge of the session's sources to the app store. The one place where what the sources
 * say becomes what the app shows.
 */
export function showWorkspaceGraph(merged: DramatisGraph): void {
  useAppStore.getState().graphReplaced(merged);
}
