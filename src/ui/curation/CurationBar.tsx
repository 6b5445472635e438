import { useEffect } from 'react';
import { useCurationStore } from '../../store/curationStore';
import { carryEditLogInExports } from './curationExport';
import { useEditsPanel } from './editsPanelStore';
import { UndoRedoButtons } from './UndoRedoButtons';
import './curation.css';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Ctrl/Cmd+Z undoes an edit, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it; not while typing, nor under a dialog. */
function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target) || document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const store = useCurationStore.getState();
      if (key === 'z' && !e.shiftKey) store.undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) store.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Header controls: Undo, Redo, and the Edits list (with how many edits are applied). Shown once the
 * analyst has made an edit; before that there is nothing to undo or list (the keys still work).
 */
export function CurationBar() {
  useUndoShortcuts();
  useEffect(carryEditLogInExports, []);
  const logged = useCurationStore((s) => s.edits.length > 0);
  const count = useCurationStore((s) => s.cursor);
  const stale = useCurationStore((s) => [...(s.applied?.outcomes.values() ?? [])].filter((o) => o.status === 'stale').length);
  const open = useEditsPanel((s) => s.open);
  const setOpen = useEditsPanel((s) => s.setOpen);
  if (!logged && !open) return null;
  return (
    <div className="curation-bar" role="group" aria-label="Edits">
      <UndoRedoButtons />
      <button type="button" className="toolbar-button" aria-pressed={open} onClick={() => setOpen(!open)} data-testid="edits-open">
        Edits ({count}){stale > 0 ? ` · ${stale} no longer apply` : ''}
      </button>
    </div>
  );
}
