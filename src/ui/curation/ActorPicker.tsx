import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { useActorIndex } from '../actorIndex';

interface Props {
  label: string;
  value: string | null;
  onChange(actor: string): void;
  /** Actors that may not be chosen (the actor being merged, the other end of a relation). */
  exclude?: readonly string[];
  /** Offered first, before any search (actors named in the sentence). */
  suggestions?: readonly string[];
  testId: string;
}

const SHOWN = 8;

/** Choose an actor of the graph: type any name or alias, pick a result. */
export function ActorPicker({ label, value, onChange, exclude = [], suggestions = [], testId }: Props) {
  const graph = useAppStore((s) => s.graph);
  // Opening the picker is using it: the shared index is built (in slices) if it is not yet.
  const index = useActorIndex(true);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const hits = useMemo(() => {
    if (!graph) return [];
    const ids = query.trim() && index ? index.search(query, SHOWN + exclude.length).map((h) => h.id) : suggestions.filter((s) => graph.hasNode(s));
    return ids.filter((id) => !exclude.includes(id)).slice(0, SHOWN);
  }, [graph, index, query, suggestions, exclude]);
  const chosen = value && graph?.hasNode(value) ? graph.getNodeAttribute(value, 'label') : null;
  return (
    <fieldset className="actor-picker" data-testid={testId}>
      <legend>
        {label}: <strong data-testid={`${testId}-chosen`}>{chosen ?? 'none chosen'}</strong>
      </legend>
      <label htmlFor={inputId} className="visually-hidden">
        Search actors for {label.toLowerCase()}
      </label>
      <input id={inputId} type="search" placeholder="Search actors…" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      <ul className="actor-picker-hits">
        {hits.map((id) => (
          <li key={id}>
            <button type="button" aria-pressed={id === value} className={id === value ? 'chosen' : undefined} onClick={() => onChange(id)}>
              {graph!.getNodeAttribute(id, 'label')} <span className="muted">{graph!.getNodeAttribute(id, 'kind')}</span>
            </button>
          </li>
        ))}
        {hits.length === 0 && <li className="muted">{query.trim() ? 'No actor matches.' : 'Type a name to search.'}</li>}
      </ul>
    </fieldset>
  );
}
