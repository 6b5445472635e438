// Performs one export the dialog asks for and saves its file(s): a picture of the current view
// (PNG or SVG, with its caption) or a graph file of what is visible or of everything.
import { exportGraph } from '../../graph/formats/exportGraph';
import { layoutCaption } from './captionLayout';
import { downloadBlob, downloadText } from './downloadFile';
import { canvasTextMeasurer } from './drawCaption';
import { buildCaption } from './exportCaption';
import { exportBaseName, imageFileName } from './exportFileNames';
import { isPictureFormat, type ExportContext, type ExportRequest, type PictureFormat } from './exportRequest';
import { graphExportOptions } from './graphExportOptions';
import { readSigmaScene } from './readSigmaScene';
import { planPng, renderPng } from './renderPng';
import { writeSvg } from './writeSvg';
import { presentationFileName } from './exportFileNames';
import { savePresentationFile } from './presentationExport';

export interface SavedFile {
  name: string;
  bytes: number;
}

async function exportPicture(format: PictureFormat, request: ExportRequest, context: ExportContext): Promise<SavedFile[]> {
  const { sigma, graph, visibility, filters } = context;
  if (!sigma) throw new Error('there is no graph view to draw (pictures need the graph on screen).');
  const caption = buildCaption(graph, visibility, filters, request.title);
  const name = imageFileName(exportBaseName(request.title, filters), format, request.scale);
  if (format === 'png') {
    const blob = await renderPng(sigma, planPng(sigma, caption), request.scale);
    downloadBlob(blob, name);
    return [{ name, bytes: blob.size }];
  }
  const scene = readSigmaScene(sigma);
  const svg = writeSvg(scene, layoutCaption(caption, scene.width, canvasTextMeasurer()), caption.title);
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  downloadBlob(blob, name);
  return [{ name, bytes: blob.size }];
}

/** Saves the requested export; throws an Error whose message can be shown as it is. */
export async function runExport(request: ExportRequest, context: ExportContext): Promise<SavedFile[]> {
  if (isPictureFormat(request.format)) return exportPicture(request.format, request, context);
  if (request.format === 'presentation') {
    if (!context.sigma) throw new Error('a presentation file keeps where actors are drawn, and there is no graph view.');
    const name = presentationFileName(request.title);
    return [{ name, bytes: await savePresentationFile(name, request.title, context.graph, context.sigma) }];
  }
  const files = exportGraph(context.graph, request.format, graphExportOptions(request, context, context.sigma));
  for (const file of files) downloadText(file.text, file.mime, file.name);
  return files.map((f) => ({ name: f.name, bytes: new Blob([f.text]).size }));
}
