import { BidiText } from '../BidiText';
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useDialogFocus } from '../export/useDialogFocus';
import { PanelBoundary } from '../PanelBoundary';
import './curation.css';

interface Props {
  /** Names in it are isolate()d by the caller; they are shown as <bdi>. */
  title: string;
  /** What the dialog is about, under the title (plain text). */
  subtitle?: string;
  submitLabel: string;
  /** Why the form cannot be submitted yet; shown, and the submit button disabled, when set. */
  problem?: string | null;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
  testId: string;
}

/** A modal form for one edit: keyboard reachable, Escape closes, focus returns to the opener. */
export function CurationDialog(props: Props) {
  return (
    <PanelBoundary id="curation-dialog" name="Edit dialog" onClose={props.onClose}>
      <CurationDialogForm {...props} />
    </PanelBoundary>
  );
}

function CurationDialogForm({ title, subtitle, submitLabel, problem, onSubmit, onClose, children, testId }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLElement>(null);
  const titleId = useId();
  useDialogFocus(dialog, first, onClose);
  // Give focus back to whatever opened the dialog (read once, before the dialog takes it).
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(() => {
    const back = opener.current;
    return () => {
      // After the dialog's own cleanup closed it, when the page is no longer inert.
      setTimeout(() => back?.isConnected && back.focus(), 0);
    };
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    onSubmit();
    onClose();
  };
  return (
    <dialog ref={dialog} className="curation-dialog" aria-labelledby={titleId} data-testid={testId}>
      <form onSubmit={submit}>
        <h2 id={titleId}>
          <BidiText text={title} />
        </h2>
        {subtitle && <p className="curation-subtitle">{subtitle}</p>}
        <div className="curation-fields">{children}</div>
        {problem && (
          <p className="curation-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="curation-buttons">
          <button type="button" className="toolbar-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="toolbar-button primary" disabled={!!problem} data-testid={`${testId}-save`}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
