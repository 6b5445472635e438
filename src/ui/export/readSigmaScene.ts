// Reads what sigma draws right now (display data after the reducers, in viewport pixels) into a
// GraphScene for the SVG writer.
import type Sigma from 'sigma';
import { LABEL_COLOR } from '../../graph/appearance';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { createLabelMeasurer } from '../stage/measureLabel';
import { ARROW_HEAD } from '../stage/sigmaSettings';
import type { GraphScene, SceneEdge, SceneNode } from './graphScene';
import { stageBackground } from './stageBackground';

type DramatisSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

const ARROW_TYPES: ReadonlySet<string> = new Set(['arrow', 'curvedArrow']);
const CURVE_TYPES: ReadonlySet<string> = new Set(['curved', 'curvedArrow']);

function field(data: object, name: string | undefined): unknown {
  return name === undefined ? undefined : (data as Record<string, unknown>)[name];
}

export function readSigmaScene(sigma: DramatisSigma): GraphScene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const settings = sigma.getSettings();
  const shownLabels = sigma.getNodeDisplayedLabels();
  const measure = createLabelMeasurer();
  const labelColorAttribute = settings.labelColor.attribute;
  const defaultLabelColor = settings.labelColor.color ?? LABEL_COLOR;

  const nodes: SceneNode[] = [];
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    const at = sigma.framedGraphToViewport(data);
    const highlighted = data.highlighted === true;
    const label = (shownLabels.has(node) || highlighted) && data.label ? data.label : null;
    const labelColor = field(data, labelColorAttribute);
    nodes.push({
      key: node,
      x: at.x,
      y: at.y,
      radius: sigma.scaleSize(data.size),
      color: data.color,
      hidden: data.hidden === true,
      zIndex: data.zIndex ?? 0,
      label,
      labelColor: typeof labelColor === 'string' ? labelColor : defaultLabelColor,
      labelWidth: label ? measure(label) : 0,
      highlighted,
    });
  });

  const minThickness = settings.minEdgeThickness;
  const edges: SceneEdge[] = [];
  graph.forEachEdge((edge, _attrs, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    if (!data) return;
    const type = data.type ?? settings.defaultEdgeType;
    const curvature = field(data, 'curvature');
    edges.push({
      key: edge,
      source,
      target,
      color: data.color,
      thickness: Math.max(sigma.scaleSize(data.size), minThickness),
      curvature: CURVE_TYPES.has(type) && typeof curvature === 'number' ? curvature : 0,
      arrow: ARROW_TYPES.has(type),
      hidden: data.hidden === true,
      zIndex: data.zIndex ?? 0,
    });
  });

  return {
    width,
    height,
    background: stageBackground(sigma),
    nodes,
    edges,
    labelFont: { family: settings.labelFont, size: settings.labelSize, weight: settings.labelWeight },
    arrowHead: { length: ARROW_HEAD.lengthToThicknessRatio, wideness: ARROW_HEAD.widenessToThicknessRatio },
  };
}
