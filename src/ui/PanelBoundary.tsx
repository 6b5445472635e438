import { Component, Fragment, type ReactNode } from 'react';
import { useAppStore } from '../store/appStore';
import './styles/panelBoundary.css';

declare global {
  interface Window {
    /**
     * Test hook: the id of a panel (a PanelBoundary `id`, e.g. 'timeline') that throws while it
     * renders, so a browser test can check that one broken panel leaves the rest working. Clear it
     * before pressing "Try again" to see the panel come back.
     */
    __dramatisBreakPanel?: string;
  }
}

interface Props {
  /** Stable id, for the test hook and data-panel. */
  id: string;
  /** What the user calls this panel: "<name> stopped working: …". */
  name: string;
  /** For dialogs: a Close button beside Try again. */
  onClose?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by Try again: the children mount afresh. */
  attempt: number;
}

function BreakWhenAsked({ id }: { id: string }) {
  if (typeof window !== 'undefined' && window.__dramatisBreakPanel === id) throw new Error(`Panel "${id}" was broken by the test hook.`);
  return null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** One panel's error boundary: a crash in it shows a message with Try again, and the rest of the app keeps working. */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // React itself logs the error and its component stack to the console.
  componentDidCatch(error: unknown): void {
    useAppStore.getState().pushNotice(`${this.props.name} stopped working: ${messageOf(error)}`);
  }

  private readonly retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  render(): ReactNode {
    const { error, attempt } = this.state;
    const { id, name, onClose, children } = this.props;
    if (error) {
      return (
        <div className="panel-failed" role="alert" data-testid="panel-failed" data-panel={id}>
          <p>
            {name} stopped working: {messageOf(error)}
          </p>
          <div className="panel-failed-actions">
            <button type="button" onClick={this.retry}>
              Try again
            </button>
            {onClose && (
              <button type="button" onClick={onClose}>
                Close
              </button>
            )}
          </div>
        </div>
      );
    }
    return (
      <Fragment key={attempt}>
        <BreakWhenAsked id={id} />
        {children}
      </Fragment>
    );
  }
}
