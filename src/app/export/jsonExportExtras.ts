// Graph attributes other parts of the app add to graph-file exports beside `documents` (stories,
// for one). A part registers a provider; the export asks every provider when it runs.
import { useAppStore } from '../../store/appStore';

type AttributesProvider = () => Record<string, unknown> | undefined;

const providers = new Set<AttributesProvider>();

/** Adds `provider`'s attributes to graph-file exports; returns the undo. */
export function addExportGraphAttributes(provider: AttributesProvider): () => void {
  providers.add(provider);
  return () => providers.delete(provider);
}

/** Registered attributes, plus the app store's `stories` when it has such a field. */
export function exportGraphAttributes(): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  const state: object = useAppStore.getState();
  if ('stories' in state && state.stories !== undefined) attributes.stories = state.stories;
  for (const provide of providers) Object.assign(attributes, provide() ?? {});
  return attributes;
}
