import { useMemo, useRef, useState, type FormEvent } from 'react';
import { GRAPH_FORMATS } from '../../graph/formats/types';
import { useAppStore } from '../../store/appStore';
import { currentSigma } from '../../app/stage/sigmaRegistry';
import { currentStepIndex, openStoryOf, useStoryStore } from '../../store/storyStore';
import { defaultExportTitle, exportBaseName, imageFileName, presentationFileName } from './exportFileNames';
import { graphFileNames } from './graphFileNames';
import { isPictureFormat, PNG_SCALES, type ExportFormat, type ExportScope, type PngScale } from './exportRequest';
import { buildCaption } from './exportCaption';
import { planPng } from './renderPng';
import { runExport, type SavedFile } from './runExport';
import { useDialogFocus } from './useDialogFocus';
import './exportDialog.css';

const FORMAT_LABELS: Readonly<Record<ExportFormat, { label: string; hint: string }>> = {
  png: { label: 'PNG', hint: 'picture' },
  svg: { label: 'SVG', hint: 'scalable picture' },
  gexf: { label: 'GEXF 1.3', hint: 'Gephi' },
  graphml: { label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  json: { label: 'JSON', hint: 'Dramatis / graphology' },
  csv: { label: 'CSV', hint: 'nodes.csv and edges.csv' },
  presentation: { label: 'Presentation file', hint: 'one HTML file: opens from disk, no server' },
};

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; files: SavedFile[] } | { kind: 'error'; message: string };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function FormatRadio({ format, checked, disabled, onChoose }: { format: ExportFormat; checked: boolean; disabled: boolean; onChoose: (f: ExportFormat) => void }) {
  const { label, hint } = FORMAT_LABELS[format];
  return (
    <label className="export-choice">
      <input type="radio" name="export-format" value={format} checked={checked} disabled={disabled} onChange={() => onChoose(format)} data-testid={`export-format-${format}`} />
      <span>{label}</span> <span className="export-hint">{hint}</span>
    </label>
  );
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
  const [title, setTitle] = useState(() => {
    const stories = useStoryStore.getState();
    return defaultExportTitle(openStoryOf(stories), stories.viewChanged ? -1 : currentStepIndex(stories));
  });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

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
  const shownRelations = visibility?.edges.size ?? graph.size;
  const shownActors = visibility?.nodes.size ?? graph.order;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    // Let "Preparing…" reach the screen before a large export keeps the page busy.
    await afterNextPaint();
    try {
      const files = await runExport({ format, scale, scope, title }, { graph, visibility, filters, sigma: currentSigma() });
      setStatus({ kind: 'done', files });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const choose = (f: ExportFormat) => {
    setFormat(f);
    setStatus({ kind: 'idle' });
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-heading" data-testid="export-dialog">
      <form onSubmit={submit}>
        <h2 id="export-heading">Export</h2>
        <fieldset className="export-formats">
          <legend>Format</legend>
          <div className="export-format-row" role="group" aria-labelledby="export-group-picture">
            <span className="export-group-name" id="export-group-picture">
              Picture of the view
            </span>
            <div className="export-format-choices">
              {(['png', 'svg'] as const).map((f) => (
                <FormatRadio key={f} format={f} checked={format === f} disabled={!sigma} onChoose={choose} />
              ))}
            </div>
          </div>
          <div className="export-format-row" role="group" aria-labelledby="export-group-file">
            <span className="export-group-name" id="export-group-file">
              Graph file
            </span>
            <div className="export-format-choices">
              {GRAPH_FORMATS.map((f) => (
                <FormatRadio key={f} format={f} checked={format === f} disabled={false} onChoose={choose} />
              ))}
            </div>
          </div>
          <div className="export-format-row" role="group" aria-labelledby="export-group-presentation">
            <span className="export-group-name" id="export-group-presentation">
              Presentation
            </span>
            <div className="export-format-choices">
              <FormatRadio format="presentation" checked={format === 'presentation'} disabled={!sigma} onChoose={choose} />
            </div>
          </div>
          {!sigma && <p className="export-note">Pictures need the graph view, which could not start in this browser.</p>}
        </fieldset>

        {plan && (
          <fieldset>
            <legend>Size</legend>
            {PNG_SCALES.map((s) => {
              const size = { width: Math.round(plan.width * s), height: Math.round(plan.height * s) };
              return (
                <label key={s} className="export-choice">
                  <input type="radio" name="export-scale" value={s} checked={scale === s} onChange={() => setScale(s)} data-testid={`export-scale-${s}`} />
                  <span>{s}×</span>{' '}
                  <span className="export-hint">
                    {size.width} × {size.height} px{s === 1 ? ', graph as on screen' : ''}
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}

        {format === 'presentation' && (
          <p className="export-note" data-testid="presentation-note">
            The whole graph as loaded (with your edits), where each actor is drawn now, and every story; it opens presenting the first step of
            the open story. Send the file: it needs no server and no network.
          </p>
        )}

        {!picture && format !== 'presentation' && (
          <fieldset>
            <legend>Include</legend>
            <label className="export-choice">
              <input type="radio" name="export-scope" value="visible" checked={scope === 'visible'} onChange={() => setScope('visible')} data-testid="export-scope-visible" />
              <span>What is visible</span>{' '}
              <span className="export-hint">
                ({shownRelations} of {plural(graph.size, 'relation', 'relations')}, {shownActors} of {plural(graph.order, 'actor', 'actors')})
              </span>
            </label>
            <label className="export-choice">
              <input type="radio" name="export-scope" value="all" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="export-scope-all" />
              <span>Everything</span> <span className="export-hint">({plural(graph.size, 'relation', 'relations')})</span>
            </label>
          </fieldset>
        )}

        <label className="export-title">
          <span>{picture ? 'Title' : 'Name'}</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} data-testid="export-title" />
        </label>
        {picture && <p className="export-note">The picture carries this title, the time window, what is shown, the legend and the sources.</p>}

        <p className="export-filename">
          {fileNames.length === 1 ? 'File' : 'Files'}: <output data-testid="export-filename">{fileNames.join(', ')}</output>
        </p>

        <p className={`export-status ${status.kind}`} role="status" aria-live="polite" data-testid="export-status">
          {status.kind === 'busy' && 'Preparing…'}
          {status.kind === 'done' && `Saved ${status.files.map((f) => `${f.name} (${formatBytes(f.bytes)})`).join(' and ')}.`}
        </p>
        {status.kind === 'error' && (
          <p className="export-error" role="alert" data-testid="export-error">
            The export failed: {status.message}
          </p>
        )}

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
