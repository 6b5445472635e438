import { useAppStore } from '../store/appStore';
import { PanelBoundary } from './PanelBoundary';
import { AddArticleButton } from './articles/AddArticleButton';
import { CurationBar } from './curation/CurationBar';
import { ExportButton } from './export/ExportButton';
import { ImportButton } from './import/ImportButton';
import { WorkspaceButton } from './workspace/WorkspaceButton';

const VISIBLE_TITLES = 3;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function Header() {
  const summary = useAppStore((s) => s.summary);
  const ready = useAppStore((s) => s.status === 'ready');
  const shown = summary?.documents.slice(0, VISIBLE_TITLES) ?? [];
  const hidden = summary ? summary.documents.length - shown.length : 0;
  return (
    <header className="header" data-testid="header">
      <div className="brand">
        <h1>Dramatis</h1>
        <p className="tagline">Who did what to whom, and which sentence says so</p>
      </div>
      {summary && (
        <>
          <dl className="stats">
            <div>
              <dt>Actors</dt>
              <dd data-testid="actor-count">{summary.actors}</dd>
            </div>
            <div>
              <dt>Relations</dt>
              <dd data-testid="relation-count">{summary.relations}</dd>
            </div>
          </dl>
          <div className="documents">
            <span className="documents-heading">{plural(summary.documents.length, 'document', 'documents')}</span>
            <ul>
              {shown.map((d) => (
                <li key={d.id} title={d.source ? `${d.title} — ${d.source}` : d.title}>
                  {d.title}
                </li>
              ))}
              {hidden > 0 && <li className="more">and {hidden} more</li>}
            </ul>
          </div>
        </>
      )}
      {ready && (
        <div className="header-actions" role="group" aria-label="Files">
          <PanelBoundary id="curation-bar" name="Undo and redo">
            <CurationBar />
          </PanelBoundary>
          <PanelBoundary id="add-article" name="Add article">
            <AddArticleButton />
          </PanelBoundary>
          <PanelBoundary id="import" name="Import">
            <ImportButton />
          </PanelBoundary>
          <PanelBoundary id="export" name="Export">
            <ExportButton />
          </PanelBoundary>
          <PanelBoundary id="workspace" name="Workspace">
            <WorkspaceButton />
          </PanelBoundary>
        </div>
      )}
    </header>
  );
}
