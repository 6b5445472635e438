import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { KIND_COLORS, KIND_LABELS } from '../graph/appearance';
import type { ActorSearchHit } from '../graph/actorSearch';
import { useAppStore } from '../store/appStore';
import { useActorIndex } from './actorIndex';

export interface ActorSearchProps {
  /** Accessible name of the box. */
  label: string;
  placeholder?: string;
  value: string;
  onValueChange(value: string): void;
  onChoose(hit: ActorSearchHit): void;
  /** An actor not to offer (the other end of a path). */
  exclude?: string | null;
  testId?: string;
  className?: string;
}

const MAX_SUGGESTIONS = 8;

/**
 * Actor search box with a suggestion list, following the ARIA 1.2 combobox pattern: focus stays in
 * the box, arrows move the active option (aria-activedescendant), Enter chooses, Escape closes the
 * list and, pressed again, clears the box.
 */
export function ActorSearch({ label, placeholder, value, onValueChange, onChoose, exclude = null, testId, className }: ActorSearchProps) {
  // The index is built once a search box is used (focused, or given text), not when the graph loads.
  const [used, setUsed] = useState(false);
  const index = useActorIndex(used || value.trim() !== '');
  const visibleNodes = useAppStore((s) => s.visibility?.nodes ?? null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const listId = `${baseId}-list`;

  const hits = useMemo(() => (index ? index.search(value, MAX_SUGGESTIONS + 1).filter((h) => h.id !== exclude).slice(0, MAX_SUGGESTIONS) : []), [index, value, exclude]);
  const query = value.trim();
  const expanded = open && query !== '';
  const activeHit = expanded && active >= 0 ? hits[active] : undefined;

  const choose = (hit: ActorSearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setActive(-1);
    onChoose(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(hits.length === 0 ? -1 : e.key === 'ArrowDown' ? 0 : hits.length - 1);
          return;
        }
        if (hits.length === 0) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i < 0 ? (step > 0 ? 0 : hits.length - 1) : (i + step + hits.length) % hits.length));
        return;
      }
      case 'Enter':
        if (!expanded) return;
        e.preventDefault();
        choose(hits[active >= 0 ? active : 0]);
        return;
      case 'Escape':
        // Handled here, so the window-level Escape (clear the selection) does not fire too.
        if (expanded) {
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (value !== '') {
          e.stopPropagation();
          onValueChange('');
        }
        return;
      default:
    }
  };

  return (
    <div className={`actor-search${className ? ` ${className}` : ''}`} data-testid={testId}>
      <svg className="actor-search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.8" cy="6.8" r="4.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10.3 10.3 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeHit ? `${baseId}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setUsed(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {value !== '' && (
        <button
          type="button"
          className="actor-search-clear"
          aria-label="Clear search"
          tabIndex={-1}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            onValueChange('');
            setActive(-1);
          }}
        >
          ×
        </button>
      )}
      <ul id={listId} role="listbox" aria-label={`${label}: suggestions`} className="actor-suggestions" hidden={!expanded || hits.length === 0}>
        {hits.map((hit, i) => {
          const hidden = visibleNodes !== null && !visibleNodes.has(hit.id);
          return (
            <li
              key={hit.id}
              id={`${baseId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              data-actor={hit.id}
              className={`actor-option${i === active ? ' active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <span className="swatch-node" style={{ backgroundColor: KIND_COLORS[hit.kind] }} aria-hidden="true" />
              <span className="actor-option-text">
                <bdi className="actor-option-label">{hit.label}</bdi>
                {hit.matchedAlias && <span className="actor-option-alias">“{hit.matchedAlias}”</span>}
              </span>
              <span className="actor-option-kind">{hidden ? 'filtered out' : KIND_LABELS[hit.kind]}</span>
            </li>
          );
        })}
      </ul>
      {expanded && hits.length === 0 && (
        <p className={`actor-suggestions ${index ? 'actor-no-match' : 'actor-indexing'}`} role="status">
          {index ? `No actor matches “${query}”` : 'Looking through the actors…'}
        </p>
      )}
    </div>
  );
}
