import type { TimePreset } from '../../graph/timeWindow';

interface Props {
  presets: TimePreset[];
  from: string | null;
  to: string | null;
  onPick(preset: TimePreset): void;
}

/** "All", "Last 7 days", and a menu with the week up to each document's publication. */
export function TimePresets({ presets, from, to, onPick }: Props) {
  const matches = (p: TimePreset) => p.from === from && p.to === to;
  const buttons = presets.filter((p) => !p.id.startsWith('doc:'));
  const weeks = presets.filter((p) => p.id.startsWith('doc:'));
  const currentWeek = weeks.find(matches);
  return (
    <div className="time-presets" role="group" aria-label="Time presets">
      {buttons.map((p) => (
        <button
          key={p.id}
          type="button"
          className={`tl-button text${matches(p) ? ' on' : ''}`}
          aria-pressed={matches(p)}
          title={p.title}
          onClick={() => onPick(p)}
          data-testid={`timeline-preset-${p.id}`}
        >
          {p.label}
        </button>
      ))}
      {weeks.length > 0 && (
        <select
          className={`tl-select weeks${currentWeek ? ' on' : ''}`}
          value={currentWeek?.id ?? ''}
          aria-label="Week of a document"
          title={currentWeek?.title ?? 'The 7 days up to a document’s publication'}
          onChange={(e) => {
            const p = weeks.find((w) => w.id === e.target.value);
            if (p) onPick(p);
          }}
          data-testid="timeline-preset-weeks"
        >
          <option value="" disabled>
            Week of…
          </option>
          {weeks.map((p) => (
            <option key={p.id} value={p.id} title={p.title}>
              {p.shortLabel}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
