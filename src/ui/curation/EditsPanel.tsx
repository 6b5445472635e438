import { useEffect, useRef } from 'react';
import { describeEdit } from '../../graph/curation/describeEdit';
import type { CurationEdit, EditOutcome } from '../../graph/curation/editTypes';
import { useAppStore } from '../../store/appStore';
import { useCurationStore } from '../../store/curationStore';
import { editTarget } from './editTarget';
import { useEditsPanel } from './editsPanelStore';
import { UndoRedoButtons } from './UndoRedoButtons';
import './curation.css';

function statusText(active: boolean, outcome: EditOutcome | undefined): string {
  if (!active) return 'undone';
  if (outcome?.status === 'stale') return `no longer applies: ${outcome.reason}`;
  return outcome?.note ? `applied; ${outcome.note}` : 'applied';
}

function EditRow({ edit, index }: { edit: CurationEdit; index: number }) {
  const applied = useCurationStore((s) => s.applied);
  const cursor = useCurationStore((s) => s.cursor);
  const graph = useAppStore((s) => s.graph);
  if (!applied || !graph) return null;
  const active = index < cursor;
  const outcome = applied.outcomes.get(edit.id);
  const stale = active && outcome?.status === 'stale';
  const { title, sentence } = describeEdit(applied.base, edit);
  const target = active ? editTarget(graph, applied.origins, edit) : null;
  const show = () => {
    const app = useAppStore.getState();
    if (target?.kind === 'node') app.selectNode(target.node);
    else if (target?.kind === 'edge') app.selectEdge(target.edge);
    else if (target?.kind === 'sentence') app.openReader(target.doc, null);
  };
  return (
    <li className={`edit-row${active ? '' : ' undone'}${stale ? ' stale' : ''}`} data-testid="edit-row" data-edit-kind={edit.kind} data-status={active ? (outcome?.status ?? 'applied') : 'undone'}>
      <p className="edit-title">{title}</p>
      {sentence && <blockquote className="edit-sentence">{sentence}</blockquote>}
      <p className="edit-status">
        <time dateTime={edit.at}>{edit.at.slice(0, 16).replace('T', ' ')}</time> · {statusText(active, outcome)}
        {target && (
          <>
            {' '}
            ·{' '}
            <button type="button" className="link-button" onClick={show}>
              {target.kind === 'sentence' ? 'Open its article' : 'Show'}
            </button>
          </>
        )}
      </p>
    </li>
  );
}

/** Every edit of the log, oldest first: applied, undone (the redo tail) or no longer applying. */
export function EditsPanel() {
  const open = useEditsPanel((s) => s.open);
  const setOpen = useEditsPanel((s) => s.setOpen);
  const edits = useCurationStore((s) => s.edits);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <section
      className="edits-panel"
      aria-labelledby="edits-title"
      data-testid="edits-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setOpen(false);
          document.querySelector<HTMLElement>('[data-testid="edits-open"]')?.focus();
        }
      }}
    >
      <button type="button" className="panel-close" onClick={() => setOpen(false)} aria-label="Close edits">
        ×
      </button>
      <h2 id="edits-title" ref={heading} tabIndex={-1}>
        Edits
      </h2>
      <p className="muted edits-help">Your corrections of the extracted data, oldest first. The graph shows the data with the applied ones.</p>
      <UndoRedoButtons />
      {edits.length === 0 ? (
        <p className="muted">No edits yet. Reject or edit an event from its panel, correct an actor from its panel, or add a relation from a sentence of an article.</p>
      ) : (
        <ol className="edits-list">
          {edits.map((e, i) => (
            <EditRow key={e.id} edit={e} index={i} />
          ))}
        </ol>
      )}
    </section>
  );
}
