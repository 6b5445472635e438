import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppStore } from '../store/appStore';

/**
 * The part of the app state a heavy panel shows (`pick` returns an object of store fields). When the
 * graph is replaced (an import, an article, a removal), the panel first keeps what it showed (the
 * same object, so its memos and memoised children are not recomputed in the store's task) and shows
 * the new graph in React's deferred render, which runs in the background and yields to the browser
 * between components. Otherwise (filters, selection) it follows the store at once, as inputs must.
 */
export function useGraphSwapDeferred<T extends object>(pick: (s: AppStore) => T): T {
  const current = useAppStore(useShallow(pick));
  const graph = useAppStore((s) => s.graph);
  const shownGraph = useDeferredValue(graph);
  const shown = useDeferredValue(current);
  return shownGraph === graph ? current : shown;
}
