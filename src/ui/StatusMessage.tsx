import { useAppStore } from '../store/appStore';
import { LayoutProgress } from './LayoutProgress';

/** Loading, error and layout progress shown over the stage. */
export function StatusMessage() {
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);

  if (status === 'loading')
    return (
      <div className="status-message" data-testid="status-message" role="status">
        Loading the graph…
      </div>
    );
  if (status === 'error')
    return (
      <div className="status-message error" data-testid="status-message" role="alert">
        <strong>The graph could not be shown.</strong>
        <p>{error}</p>
      </div>
    );
  return <LayoutProgress />;
}
