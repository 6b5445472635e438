import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ActorSearchHit } from '../graph/actorSearch';
import { useActorIndex } from './actorIndex';
import { comboboxKey, stepActive } from './comboboxKeys';
import { ActorSuggestions } from './ActorSuggestions';

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
    const action = comboboxKey(e.key, { expanded, count: hits.length, active, hasText: value !== '' });
    if (!action) return;
    // Escape is handled here, so the window-level Escape (clear the selection) does not fire too.
    if (action.kind === 'close' || action.kind === 'clear') e.stopPropagation();
    else e.preventDefault();
    if (action.kind === 'open') {
      setOpen(true);
      setActive(action.active);
    } else if (action.kind === 'move') setActive((i) => stepActive(i, action.step, hits.length));
    else if (action.kind === 'choose') choose(hits[action.index]);
    else if (action.kind === 'close') {
      setOpen(false);
      setActive(-1);
    } else if (action.kind === 'clear') onValueChange('');
  };

  return (
    <div className={`actor-search${className ? ` ${className}` : ''}`} data-testid={testId}>
      <SearchIcon />
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
        <ClearSearchButton
          onClear={() => {
            onValueChange('');
            setActive(-1);
          }}
        />
      )}
      <ActorSuggestions label={label} baseId={baseId} hits={hits} active={active} hidden={!expanded || hits.length === 0} onActivate={setActive} onChoose={choose} />
      {expanded && hits.length === 0 && <NoSuggestion indexed={index !== null} query={query} />}
    </div>
  );
}

function SearchIcon() {
  return (
    <svg className="actor-search-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="6.8" cy="6.8" r="4.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M10.3 10.3 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** Said when the list is empty: no actor matches, or the actors are still being indexed. */
function NoSuggestion({ indexed, query }: { indexed: boolean; query: string }) {
  return (
    <p className={`actor-suggestions ${indexed ? 'actor-no-match' : 'actor-indexing'}`} role="status">
      {indexed ? `No actor matches “${query}”` : 'Looking through the actors…'}
    </p>
  );
}

/** Empties the box; out of the tab order, and pressing it keeps the focus in the box. */
function ClearSearchButton({ onClear }: { onClear: () => void }) {
  return (
    <button type="button" className="actor-search-clear" aria-label="Clear search" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={onClear}>
      ×
    </button>
  );
}
