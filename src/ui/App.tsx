import { GraphStage } from './GraphStage';
import { Header } from './Header';
import { Legend } from './Legend';
import { SidePanel } from './SidePanel';
import { StatusMessage } from './StatusMessage';
import { useEscapeClearsSelection } from './useEscapeClearsSelection';

export function App() {
  useEscapeClearsSelection();
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <section className="stage-column" aria-label="Actor graph">
          <div className="stage-area">
            <GraphStage />
            <StatusMessage />
          </div>
          <Legend />
        </section>
        <SidePanel />
      </main>
    </div>
  );
}
