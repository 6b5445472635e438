import { useAppStore } from '../store/appStore';
import { BidiText } from './BidiText';

/** Messages for the user that do not block anything (e.g. URL values that were ignored). */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {notices.map((n, i) => (
        <p key={`${i}-${n}`} className="notice">
          <span>
            <BidiText text={n} />
          </span>
          <button type="button" onClick={() => dismiss(i)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
