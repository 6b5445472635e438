import { KIND_COLORS, KIND_LABELS } from '../graph/appearance';
import type { ActorSearchHit } from '../graph/actorSearch';
import { useAppStore } from '../store/appStore';

interface Props {
  label: string;
  baseId: string;
  hits: readonly ActorSearchHit[];
  active: number;
  hidden: boolean;
  onActivate(index: number): void;
  onChoose(hit: ActorSearchHit): void;
}

/** The actor search's listbox: each actor with its kind's colour, the alias it matched, and whether the filters hide it. */
export function ActorSuggestions({ label, baseId, hits, active, hidden, onActivate, onChoose }: Props) {
  const visibleNodes = useAppStore((s) => s.visibility?.nodes ?? null);
  return (
    <ul id={`${baseId}-list`} role="listbox" aria-label={`${label}: suggestions`} className="actor-suggestions" hidden={hidden}>
      {hits.map((hit, i) => {
        const filteredOut = visibleNodes !== null && !visibleNodes.has(hit.id);
        return (
          <li
            key={hit.id}
            id={`${baseId}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            data-actor={hit.id}
            className={`actor-option${i === active ? ' active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => onActivate(i)}
            onClick={() => onChoose(hit)}
          >
            <span className="swatch-node" style={{ backgroundColor: KIND_COLORS[hit.kind] }} aria-hidden="true" />
            <span className="actor-option-text">
              <bdi className="actor-option-label">{hit.label}</bdi>
              {hit.matchedAlias && <span className="actor-option-alias">“{hit.matchedAlias}”</span>}
            </span>
            <span className="actor-option-kind">{filteredOut ? 'filtered out' : KIND_LABELS[hit.kind]}</span>
          </li>
        );
      })}
    </ul>
  );
}
