import { useCurationStore } from '../../store/curationStore';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

export function UndoRedoButtons() {
  const canUndo = useCurationStore((s) => s.cursor > 0);
  const canRedo = useCurationStore((s) => s.cursor < s.edits.length);
  const undo = useCurationStore((s) => s.undo);
  const redo = useCurationStore((s) => s.redo);
  return (
    <span className="undo-redo" role="group" aria-label="Undo and redo edits">
      <button type="button" className="toolbar-button" disabled={!canUndo} onClick={undo} title={`Undo the last edit (${MOD}Z)`} data-testid="undo-edit">
        Undo
      </button>
      <button type="button" className="toolbar-button" disabled={!canRedo} onClick={redo} title={`Redo (${MOD}Shift+Z)`} data-testid="redo-edit">
        Redo
      </button>
    </span>
  );
}
