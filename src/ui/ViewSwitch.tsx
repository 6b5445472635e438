import { useAppStore } from '../store/appStore';

const VIEWS = [
  { id: 'graph', label: 'Graph', icon: 'M4 11.5a2 2 0 1 0 0 .01M12 4.5a2 2 0 1 0 0 .01M12.5 12a1.5 1.5 0 1 0 0 .01M5.7 10.6l4.6-5M5.9 12h5.1' },
  { id: 'table', label: 'Table', icon: 'M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6.5 6.5v6' },
] as const;

/** Graph | Table segmented control, first in the stage toolbar. */
export function ViewSwitch() {
  const mainView = useAppStore((s) => s.mainView);
  const setMainView = useAppStore((s) => s.setMainView);
  return (
    <div className="view-switch" role="group" aria-label="View" data-testid="view-switch">
      {VIEWS.map((v) => (
        <button key={v.id} type="button" aria-pressed={mainView === v.id} data-view={v.id} onClick={() => setMainView(v.id)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d={v.icon} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {v.label}
        </button>
      ))}
    </div>
  );
}
