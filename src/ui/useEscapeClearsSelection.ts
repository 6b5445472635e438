import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

/** Escape closes the side panel, like clicking the stage background. */
export function useEscapeClearsSelection(): void {
  const clearSelection = useAppStore((s) => s.clearSelection);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);
}
