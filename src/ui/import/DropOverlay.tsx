import { useEffect, useState } from 'react';
import { articleKindOf } from '../../app/articles/articleFiles';
import { addArticleFiles } from '../../app/articles/articleFlow';
import { importFiles } from '../../app/import/importFlow';
import './import.css';

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer !== null && [...e.dataTransfer.types].includes('Files');
}

/**
 * Drag-and-drop of graph files anywhere on the app: while a file is dragged over the window a
 * veil says what dropping does; dropping imports it (see importFlow).
 */
export function DropOverlay() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Enter and leave fire for every element crossed; count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setShown(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setShown(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setShown(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      // Articles (.txt, .md, .html) open the article dialog; graph files import as before.
      const articles = files.filter((f) => articleKindOf(f.name) !== null);
      const graphs = files.filter((f) => articleKindOf(f.name) === null);
      if (graphs.length > 0) void importFiles(graphs);
      if (articles.length > 0) void addArticleFiles(articles);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!shown) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-live="polite">
      <div className="drop-overlay-card">
        <svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">
          <path d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 17v3h16v-3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <p>Drop a GEXF, GraphML, JSON or CSV file to add it</p>
        <p className="drop-overlay-note">Or drop a .txt, .md or .html news article to read it. Each joins the graph as its own source, which you can remove again.</p>
      </div>
    </div>
  );
}
