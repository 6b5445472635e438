// Settings as a registered workspace part: the last view (the address bar's query: filters, time
// window, view, selection, story step, camera), brought back when the app opens with no query,
// and the presentation's high-contrast choice.
import { useAppStore } from '../../store/appStore';
import { registerPersistedPart } from '../../store/persistence/persistedParts';
import { useStoryStore } from '../../store/storyStore';
import { onCameraUpdated } from '../stage/sigmaRegistry';
import { viewQueryNow } from '../url/urlSync';

export const SETTINGS_PART_KEY = 'settings';

export interface Settings {
  /** A query string (`?from=…`), or '' for the default view. */
  lastView: string;
  highContrast: boolean;
}

const MAX_QUERY_LENGTH = 20_000;

/** The settings a stored value holds; what is malformed falls back to the default. */
export function readSettings(value: unknown): Settings {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const lastView = typeof v.lastView === 'string' && v.lastView.startsWith('?') && v.lastView.length <= MAX_QUERY_LENGTH ? v.lastView : '';
  return { lastView, highContrast: v.highContrast === true };
}

// The view restored at start-up, kept as the answer until the app shows its first graph.
let restoredView = '';

/** Returns the undo. */
export function registerSettingsPart(): () => void {
  return registerPersistedPart<Settings>({
    key: SETTINGS_PART_KEY,
    // The last view is this tab's: another tab's view never replaces it, and switching views never blocks another tab.
    perTab: true,
    snapshot: () => ({
      lastView: useAppStore.getState().status === 'ready' ? viewQueryNow() : restoredView,
      highContrast: useStoryStore.getState().highContrast,
    }),
    restore: (value) => {
      const settings = readSettings(value);
      useStoryStore.getState().setHighContrast(settings.highContrast);
      restoredView = settings.lastView;
      // Only before the first graph: then the URL sync applies it like a query the user opened.
      if (useAppStore.getState().status !== 'ready' && window.location.search === '' && settings.lastView !== '') {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${settings.lastView}${window.location.hash}`);
      }
    },
    subscribe: (changed) => {
      const unsubscribeApp = useAppStore.subscribe((s, prev) => {
        if (s.status !== 'ready') return;
        if (s.filters !== prev.filters || s.searchQuery !== prev.searchQuery || s.selection !== prev.selection || s.mainView !== prev.mainView) changed();
      });
      const unsubscribeStory = useStoryStore.subscribe((s, prev) => {
        if (s.openStoryId !== prev.openStoryId || s.currentStepId !== prev.currentStepId || s.viewChanged !== prev.viewChanged || s.highContrast !== prev.highContrast) changed();
      });
      const unsubscribeCamera = onCameraUpdated(() => {
        if (useAppStore.getState().layout === 'settled') changed();
      });
      return () => {
        unsubscribeApp();
        unsubscribeStory();
        unsubscribeCamera();
      };
    },
  });
}
