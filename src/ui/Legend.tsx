import { useAppStore } from '../store/appStore';

export function Legend() {
  const legend = useAppStore((s) => s.legend);
  if (!legend) return null;
  return (
    <aside className="legend" data-testid="legend" aria-label="Legend">
      {legend.kinds.length > 0 && (
        <section>
          <h2>Actors</h2>
          <ul>
            {legend.kinds.map((k) => (
              <li key={k.id}>
                <span className="swatch-node" style={{ backgroundColor: k.color }} aria-hidden="true" />
                <span className="legend-label">{k.label}</span>
                <span className="legend-count">{k.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {legend.relations.length > 0 && (
        <section>
          <h2>Relations</h2>
          <ul>
            {legend.relations.map((r) => (
              <li key={r.id}>
                <span className="swatch-edge" style={{ backgroundColor: r.color, color: r.color }} aria-hidden="true" />
                <span className="legend-label">{r.label}</span>
                <span className="legend-count">{r.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {legend.unconnected > 0 && (
        <p className="legend-note">
          {legend.unconnected === 1 ? '1 actor is' : `${legend.unconnected} actors are`} mentioned without any relation; they sit in the
          rows under the graph.
        </p>
      )}
    </aside>
  );
}
