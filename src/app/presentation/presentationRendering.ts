// Presentation mode draws for a room: larger labels and nodes, and with the high-contrast theme
// black labels, darker faded items and thicker lines. The graph's own reducers stay in charge;
// their output is scaled on top, and put back as it was when the presentation ends.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { FADED_EDGE_COLOR, FADED_LABEL_COLOR, FADED_NODE_COLOR, LABEL_COLOR } from '../../graph/appearance';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { useStoryStore } from '../../store/storyStore';
import { onSigmaChange, currentSigma } from '../stage/sigmaRegistry';

type ViewSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
type ViewSettings = Settings<ViewNodeAttributes, ViewEdgeAttributes>;

export const PRESENT_SCALE = { label: 1.55, node: 1.5, edge: 1.5, highContrastEdge: 2.2 } as const;

/** High-contrast colours on white: labels at 21:1, faded labels still above WCAG AA (5.7:1). */
export const HIGH_CONTRAST = {
  label: '#000000',
  fadedLabel: '#666666',
  fadedNode: '#b8bcc4',
  fadedEdge: '#c9ccd2',
} as const;

interface Original {
  nodeReducer: ViewSettings['nodeReducer'];
  edgeReducer: ViewSettings['edgeReducer'];
  labelSize: number;
  labelGridCellSize: number;
}

const originals = new WeakMap<ViewSigma, Original>();
const applied = new WeakMap<ViewSigma, string>();

function originalOf(sigma: ViewSigma): Original {
  let o = originals.get(sigma);
  if (!o) {
    o = {
      nodeReducer: sigma.getSetting('nodeReducer'),
      edgeReducer: sigma.getSetting('edgeReducer'),
      labelSize: sigma.getSetting('labelSize'),
      labelGridCellSize: sigma.getSetting('labelGridCellSize'),
    };
    originals.set(sigma, o);
  }
  return o;
}

function presentNodeReducer(base: ViewSettings['nodeReducer'], highContrast: boolean): NonNullable<ViewSettings['nodeReducer']> {
  return (node, data) => {
    const d = base ? base(node, data) : { ...data };
    const out: typeof d & { labelColor?: string } = { ...d, size: (d.size ?? data.size) * PRESENT_SCALE.node };
    if (highContrast) {
      const labelColor = (d as { labelColor?: string }).labelColor;
      out.labelColor = labelColor === FADED_LABEL_COLOR ? HIGH_CONTRAST.fadedLabel : labelColor === undefined || labelColor === LABEL_COLOR ? HIGH_CONTRAST.label : labelColor;
      if (d.color === FADED_NODE_COLOR) out.color = HIGH_CONTRAST.fadedNode;
    }
    return out;
  };
}

function presentEdgeReducer(base: ViewSettings['edgeReducer'], highContrast: boolean): NonNullable<ViewSettings['edgeReducer']> {
  return (edge, data) => {
    const d = base ? base(edge, data) : { ...data };
    const scale = highContrast ? PRESENT_SCALE.highContrastEdge : PRESENT_SCALE.edge;
    const out = { ...d, size: (d.size ?? data.size) * scale };
    if (highContrast && d.color === FADED_EDGE_COLOR) out.color = HIGH_CONTRAST.fadedEdge;
    return out;
  };
}

/** Puts the renderer in (or out of) presentation drawing; does nothing when already so. */
export function applyPresentationDrawing(sigma: ViewSigma, presenting: boolean, highContrast: boolean): void {
  const mode = presenting ? (highContrast ? 'present-hc' : 'present') : 'normal';
  if ((applied.get(sigma) ?? 'normal') === mode) return;
  const o = originalOf(sigma);
  applied.set(sigma, mode);
  sigma.setSettings(
    presenting
      ? {
          nodeReducer: presentNodeReducer(o.nodeReducer, highContrast),
          edgeReducer: presentEdgeReducer(o.edgeReducer, highContrast),
          labelSize: Math.round(o.labelSize * PRESENT_SCALE.label),
          labelGridCellSize: Math.round(o.labelGridCellSize * PRESENT_SCALE.label),
        }
      : { nodeReducer: o.nodeReducer, edgeReducer: o.edgeReducer, labelSize: o.labelSize, labelGridCellSize: o.labelGridCellSize },
  );
  // setSettings re-indexes now but processes on the next frame; a partial refresh from a filter
  // change in between (a story step's sliding window) would find no program slots. Process now.
  sigma.refresh();
}

/** Keeps the live renderer's drawing in step with the presentation state. Returns a stop function. */
export function startPresentationDrawing(): () => void {
  const sync = () => {
    const sigma = currentSigma();
    const { presenting, highContrast } = useStoryStore.getState();
    if (sigma) applyPresentationDrawing(sigma, presenting, highContrast);
  };
  const unsubscribeStore = useStoryStore.subscribe((s, prev) => {
    if (s.presenting !== prev.presenting || s.highContrast !== prev.highContrast) sync();
  });
  const unsubscribeSigma = onSigmaChange(sync);
  sync();
  return () => {
    unsubscribeStore();
    unsubscribeSigma();
  };
}
