// The play controls' icons (decorative: each button has its own name).

export function PlayIcon({ playing }: { playing: boolean }) {
  return playing ? (
    <svg viewBox="0 0 12 12" aria-hidden="true">
      <rect x="2" y="1.5" width="3" height="9" rx="0.6" />
      <rect x="7" y="1.5" width="3" height="9" rx="0.6" />
    </svg>
  ) : (
    <svg viewBox="0 0 12 12" aria-hidden="true">
      <path d="M3 1.5 L10.5 6 L3 10.5 Z" />
    </svg>
  );
}

export function StepIcon() {
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true">
      <path d="M2 1.5 L8 6 L2 10.5 Z" />
      <rect x="8.6" y="1.5" width="1.8" height="9" rx="0.5" />
    </svg>
  );
}

export function EventsIcon() {
  return (
    <svg viewBox="0 0 14 12" aria-hidden="true">
      <path d="M1 6 H13" fill="none" strokeWidth="1" />
      <circle cx="2.5" cy="6" r="1.8" />
      <circle cx="6" cy="6" r="1.8" />
      <circle cx="11.5" cy="6" r="1.8" />
    </svg>
  );
}

export function LoopIcon() {
  return (
    <svg viewBox="0 0 14 12" aria-hidden="true">
      <path d="M3 4.5 A3 3 0 0 1 6 2 H10 M8.5 0.6 L10.4 2 L8.5 3.4 M11 7.5 A3 3 0 0 1 8 10 H4 M5.5 8.6 L3.6 10 L5.5 11.4" fill="none" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
