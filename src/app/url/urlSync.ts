// Keeps the address bar and the view in step: the URL restores a view, view changes become
// history entries (so Back and Forward move through them), camera moves update the current entry.
import { currentSigma, onCameraUpdated } from '../stage/sigmaRegistry';
import { useAppStore, type AppState } from '../../store/appStore';
import { parseUrlView, serializeUrlView, type UrlView } from '../../store/urlState';
import { useStoryStore } from '../../store/storyStore';
import { graphVocabulary, withStoryLocation } from '../../store/storyViews';
import { showStoryFromUrl, storyLocationNow } from '../story/storySync';

const PUSH_DELAY_MS = 350;
const CAMERA_DELAY_MS = 300;
const HOME_CAMERA = { x: 0.5, y: 0.5, ratio: 1 };

function cameraNow(): UrlView['camera'] {
  const s = currentSigma();
  if (!s) return null;
  const { x, y, ratio } = s.getCamera().getState();
  const home = Math.abs(x - HOME_CAMERA.x) < 1e-3 && Math.abs(y - HOME_CAMERA.y) < 1e-3 && Math.abs(ratio - HOME_CAMERA.ratio) < 1e-3;
  return home ? null : { x, y, ratio };
}

function viewOf(s: AppState): UrlView {
  return { filters: s.filters, searchQuery: s.searchQuery, selection: s.selection, mainView: s.mainView, camera: cameraNow() };
}

/** The query the address bar should hold for the view on screen now (the last view a bare URL brings back). */
export function viewQueryNow(): string {
  return withStoryLocation(serializeUrlView(viewOf(useAppStore.getState())), storyLocationNow());
}

/** Writes the view on screen into the address bar: a new history entry, or the current one replaced. */
function writeUrl(mode: 'push' | 'replace'): void {
  const next = viewQueryNow();
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** What applying a URL gave: whether it named a story step (whose camera then replaces the URL's), its camera, and what was ignored. */
interface AppliedUrl {
  stepShown: boolean;
  camera: UrlView['camera'];
  ignored: string[];
}

/** Puts the view a URL names into the stores (filters, search, view, selection, story step); null before a graph. */
function applyUrlView(search: string, announce: boolean): AppliedUrl | null {
  const st = useAppStore.getState();
  const graph = st.graph;
  if (!graph) return null;
  const { view, ignored } = parseUrlView(search, graphVocabulary(graph));
  st.updateFilters(() => view.filters);
  st.setSearchQuery(view.searchQuery);
  st.setMainView(view.mainView);
  if (view.selection?.kind === 'node') st.selectNode(view.selection.node);
  else if (view.selection?.kind === 'edge') st.selectEdge(view.selection.edge);
  else st.clearSelection();
  const stepShown = showStoryFromUrl(search, announce);
  return { stepShown, camera: view.camera, ignored };
}

function viewChanged(s: AppState, prev: AppState): boolean {
  return s.filters !== prev.filters || s.searchQuery !== prev.searchQuery || s.selection !== prev.selection || s.mainView !== prev.mainView;
}

/** Starts syncing once the graph is loaded; returns a stop function. */
export function startUrlSync(): () => void {
  const store = useAppStore;
  let applying = false;
  let started = false;
  let pendingCamera: UrlView['camera'] = null;
  let playPushed = false;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;

  const applyCamera = () => {
    const s = currentSigma();
    if (!s || !pendingCamera || store.getState().layout !== 'settled') return;
    s.getCamera().setState(pendingCamera);
    pendingCamera = null;
  };

  /** Returns true when the URL named a story step, whose camera then replaces the URL's. */
  const apply = (search: string, announce: boolean): boolean => {
    // The stores' updates while applying are the URL's, not the user's: no history entry for them.
    applying = true;
    const applied = applyUrlView(search, announce);
    applying = false;
    if (!applied) return false;
    pendingCamera = applied.stepShown ? null : applied.camera;
    applyCamera();
    if (announce) for (const message of applied.ignored) store.getState().pushNotice(message);
    return applied.stepShown;
  };

  const onPopState = () => {
    clearTimeout(pushTimer);
    const stepShown = apply(window.location.search, false);
    if (!pendingCamera && !stepShown) currentSigma()?.getCamera().animatedReset({ duration: 300 });
  };

  const unsubscribeStore = store.subscribe((s, prev) => {
    if (!started && s.status === 'ready' && s.graph) {
      started = true;
      // A step named by its number is written back by its id, so the link survives reordering.
      if (apply(window.location.search, true)) writeUrl('replace');
      return;
    }
    if (s.layout === 'settled' && prev.layout !== 'settled') applyCamera();
    if (!started || applying) return;
    if (viewChanged(s, prev)) {
      clearTimeout(pushTimer);
      if (s.timelinePlaying) {
        // A playing timeline adds one history entry for the whole run, then keeps it current.
        writeUrl(playPushed ? 'replace' : 'push');
        playPushed = true;
      } else pushTimer = setTimeout(() => writeUrl('push'), PUSH_DELAY_MS);
    }
    if (!s.timelinePlaying) playPushed = false;
  });

  // Going to a story step (or leaving it) is a view change of its own, even when the filters stay.
  const unsubscribeStory = useStoryStore.subscribe((s, prev) => {
    if (!started || applying) return;
    if (s.openStoryId === prev.openStoryId && s.currentStepId === prev.currentStepId && s.viewChanged === prev.viewChanged) return;
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => writeUrl('push'), PUSH_DELAY_MS);
  });

  const unsubscribeCamera = onCameraUpdated(() => {
    if (store.getState().layout !== 'settled') return;
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => writeUrl('replace'), CAMERA_DELAY_MS);
  }, applyCamera);

  window.addEventListener('popstate', onPopState);
  return () => {
    clearTimeout(pushTimer);
    clearTimeout(cameraTimer);
    unsubscribeCamera();
    unsubscribeStore();
    unsubscribeStory();
    window.removeEventListener('popstate', onPopState);
  };
}
