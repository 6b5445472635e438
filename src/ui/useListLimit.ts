import { useMemo, useState } from 'react';

/**
 * The first `limit` items of a long list (an actor with thousands of events), plus any item that
 * must show (the selected one); `showAll` lifts the limit. Resets when the list changes.
 */
export function useListLimit<T>(items: readonly T[], limit: number, mustShow?: (item: T) => boolean): { shown: readonly T[]; hidden: number; showAll: () => void } {
  const [expandedFor, setExpandedFor] = useState<readonly T[] | null>(null);
  const expanded = expandedFor === items;
  const shown = useMemo(() => {
    if (expanded || items.length <= limit) return items;
    return items.filter((item, i) => i < limit || (mustShow?.(item) ?? false));
  }, [items, limit, expanded, mustShow]);
  return { shown, hidden: items.length - shown.length, showAll: () => setExpandedFor(items) };
}
