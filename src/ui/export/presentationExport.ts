// "Save as presentation file": the build's presentation page (the whole app in one HTML file) with
// the graph as shown (curation included), where each actor is drawn, and the stories.
import type Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import type { SerializedDramatisGraph } from '../../domain/contract';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { fillPresentationTemplate, PRESENTATION_FORMAT, PRESENTATION_VERSION, type PresentationData } from '../../store/presentationFile';
import { useStoryStore } from '../../store/storyStore';
import { downloadText } from './downloadFile';

/** Written next to index.html by `npm run build` (see vite.config.ts). */
export const PRESENTATION_TEMPLATE_URL = `${import.meta.env.BASE_URL}presentation.html`;

async function fetchTemplate(): Promise<string> {
  let response: Response;
  try {
    response = await fetch(PRESENTATION_TEMPLATE_URL);
  } catch (err) {
    throw new Error(`the presentation page could not be read (${err instanceof Error ? err.message : String(err)}); save it from the app, not from a presentation file.`);
  }
  if (!response.ok) throw new Error(`the presentation page is missing (HTTP ${response.status}); it is made by \`npm run build\`.`);
  return response.text();
}

/** Where sigma draws each shown actor now, in graph coordinates. */
function drawnPositions(sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): Record<string, [number, number]> {
  const positions: Record<string, [number, number]> = {};
  sigma.getGraph().forEachNode((n, a) => {
    if (!a.hidden) positions[n] = [a.x, a.y];
  });
  return positions;
}

export function presentationData(title: string, graph: DramatisGraph, sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): PresentationData {
  const { stories, openStoryId } = useStoryStore.getState();
  return {
    format: PRESENTATION_FORMAT,
    version: PRESENTATION_VERSION,
    title,
    graph: graph.export() as unknown as SerializedDramatisGraph,
    positions: drawnPositions(sigma),
    stories,
    storyId: openStoryId ?? stories[0]?.id ?? null,
  };
}

/** Saves `<name>`, the presentation file; returns its size in bytes. */
export async function savePresentationFile(name: string, title: string, graph: DramatisGraph, sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): Promise<number> {
  const html = fillPresentationTemplate(await fetchTemplate(), presentationData(title, graph, sigma));
  downloadText(html, 'text/html', name);
  return new Blob([html]).size;
}
