import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Tab-reachable controls of `root`; of each radio group only the checked (or first) one, as the browser tabs. */
function tabStops(root: HTMLElement): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = all.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name);
    const checked = group.find((o) => o.checked);
    return el === (checked ?? group[0]);
  });
}

/**
 * A modal <dialog>: opened with showModal (the page beneath turns inert), focus starts on
 * `initial` (else the first control), Tab and Shift+Tab wrap around inside, and Escape closes it.
 * Keys are caught on the window before anything else sees them, so the page's own Escape
 * handling (clearing the selection) does not run while the dialog is open, wherever focus is.
 */
export function useDialogFocus(dialog: RefObject<HTMLDialogElement | null>, initial: RefObject<HTMLElement | null>, close: () => void): void {
  const closeRef = useRef(close);
  useLayoutEffect(() => {
    closeRef.current = close;
  });

  useEffect(() => {
    const el = dialog.current;
    if (!el) return undefined;
    if (!el.open) el.showModal();
    (initial.current ?? tabStops(el)[0])?.focus();

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closeRef.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const stops = tabStops(el);
      if (stops.length === 0) return;
      const first = stops[0]!;
      const last = stops[stops.length - 1]!;
      const active = document.activeElement;
      const inside = active instanceof Node && el.contains(active);
      if (e.shiftKey && (active === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    };
    // The browser's own close request (the cancel event) goes through React state too.
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('cancel', onCancel);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('cancel', onCancel);
      if (el.open) el.close();
    };
  }, [dialog, initial]);
}
