import { useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { currentSigma } from '../../app/stage/sigmaRegistry';
import { currentStepIndex, openStoryOf, useStoryStore } from '../../store/storyStore';
import { defaultExportTitle, exportBaseName, imageFileName, presentationFileName } from './exportFileNames';
import { graphFileNames } from './graphFileNames';
import { isPictureFormat, type ExportFormat, type ExportScope, type PngScale } from './exportRequest';
import { buildCaption } from './exportCaption';
import { planPng } from './renderPng';
import { useDialogFocus } from './useDialogFocus';
import { useExportRun } from './useExportRun';
import { ExportFormats } from './ExportFormats';
import { ExportScales, ExportScopes } from './ExportOptions';
import { ExportStatusLine } from './ExportStatusLine';
import './exportDialog.css';

/** The title an export starts with: the open story's step shown, if the view is still that step's. */
function startingTitle(): string {
  const stories = useStoryStore.getState();
  return defaultExportTitle(openStoryOf(stories), stories.viewChanged ? -1 : currentStepIndex(stories));
}

/** The Export dialog: a picture of the current view (PNG at 1×/2×/4×, or SVG) or a graph file of what is visible or everything. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore((s) => s.visibility);
  const filters = useAppStore((s) => s.filters);
  const sigma = currentSigma();

  const [format, setFormat] = useState<ExportFormat>(sigma ? 'png' : 'json');
  // Pictures for slides and print: twice the screen's resolution unless chosen otherwise.
  const [scale, setScale] = useState<PngScale>(2);
  const [scope, setScope] = useState<ExportScope>('visible');
  const [title, setTitle] = useState(startingTitle);
  const { status, submit, reset } = useExportRun({ format, scale, scope, title }, { graph, visibility, filters });

  const dialog = useRef<HTMLDialogElement>(null);
  const initial = useRef<HTMLElement | null>(null);
  useDialogFocus(dialog, initial, onClose);

  const picture = isPictureFormat(format);
  const base = exportBaseName(title, filters, !picture && scope === 'all');
  const fileNames = useMemo(
    () => (isPictureFormat(format) ? [imageFileName(base, format, scale)] : format === 'presentation' ? [presentationFileName(title)] : graphFileNames(base, format)),
    [base, format, scale, title],
  );
  // The PNG's size: the stage plus the caption's header and footer, times the scale.
  const plan = useMemo(
    () => (sigma && graph && format === 'png' ? planPng(sigma, buildCaption(graph, visibility, filters, title)) : null),
    [sigma, graph, visibility, filters, title, format],
  );

  if (!graph) return null;

  const choose = (f: ExportFormat) => {
    setFormat(f);
    reset();
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-heading" data-testid="export-dialog">
      <form onSubmit={submit}>
        <h2 id="export-heading">Export</h2>
        <ExportFormats format={format} canDraw={sigma !== null} onChoose={choose} />

        {plan && <ExportScales plan={plan} scale={scale} onScale={setScale} />}

        {format === 'presentation' && (
          <p className="export-note" data-testid="presentation-note">
            The whole graph as loaded (with your edits), where each actor is drawn now, and every story; it opens presenting the first step of
            the open story. Send the file: it needs no server and no network.
          </p>
        )}

        {!picture && format !== 'presentation' && <ExportScopes graph={graph} visibility={visibility} scope={scope} onScope={setScope} />}

        <label className="export-title">
          <span>{picture ? 'Title' : 'Name'}</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} data-testid="export-title" />
        </label>
        {picture && <p className="export-note">The picture carries this title, the time window, what is shown, the legend and the sources.</p>}

        <p className="export-filename">
          {fileNames.length === 1 ? 'File' : 'Files'}: <output data-testid="export-filename">{fileNames.join(', ')}</output>
        </p>

        <ExportStatusLine status={status} />

        <div className="export-actions">
          <button type="button" onClick={onClose} data-testid="export-close">
            Close
          </button>
          {/* Not `disabled` while busy: a disabled button drops focus out of the dialog. */}
          <button type="submit" className="primary" aria-disabled={status.kind === 'busy'} data-testid="export-download">
            Download
          </button>
        </div>
      </form>
    </dialog>
  );
}
