// Who takes part in each event and on which day, held in typed arrays so a million events stay
// small: days cluster around burst centres over a quiet background, participants follow the actors'
// activity weights, and many events repeat an earlier pair (parallel edges).
import { WeightedChoice, gaussian, randomInt, type Random } from './seededRandom';

const BACKGROUND_SHARE = 0.3;
const BURSTS_PER_YEAR = 10;
/** Chance that an event copies the participants of an earlier event (sometimes reversed). */
const REPEAT_PAIR_SHARE = 0.5;
const REVERSE_SHARE = 0.3;
/** Chance that an event in a burst involves one of the burst's protagonists. */
const PROTAGONIST_SHARE = 0.45;
const MIN_EVENTS_PER_DOCUMENT = 20;
const MAX_EVENTS_PER_DOCUMENT = 60;

export interface EventSkeleton {
  /** Participants and day offset (from the span's first day) of each event, in day order. */
  source: Int32Array;
  target: Int32Array;
  day: Int32Array;
  /** Event index where each document starts; the last entry is the event count. */
  documentStart: Int32Array;
}

interface Burst {
  centre: number;
  width: number;
  protagonists: number[];
}

function makeBursts(spanDays: number, years: number, actors: WeightedChoice, rand: Random): { bursts: Burst[]; choice: WeightedChoice } {
  const count = Math.max(3, Math.round(years * BURSTS_PER_YEAR));
  const bursts: Burst[] = [];
  const sizes: number[] = [];
  for (let b = 0; b < count; b++) {
    bursts.push({
      centre: Math.floor(rand() * spanDays),
      width: 1 + rand() * 6,
      protagonists: [actors.draw(rand), actors.draw(rand), actors.draw(rand)],
    });
    sizes.push(1 / (0.05 + rand()) ** 1.2); // a few big crises, many small flare-ups
  }
  return { bursts, choice: new WeightedChoice(sizes) };
}

function otherThan(actor: number, actors: WeightedChoice, actorCount: number, rand: Random): number {
  for (let tries = 0; tries < 8; tries++) {
    const a = actors.draw(rand);
    if (a !== actor) return a;
  }
  return (actor + 1 + Math.floor(rand() * (actorCount - 1))) % actorCount;
}

export function buildEventSkeleton(eventCount: number, weights: Float64Array, spanDays: number, years: number, rand: Random): EventSkeleton {
  const actorCount = weights.length;
  const actors = new WeightedChoice(weights);
  const { bursts, choice: burstChoice } = makeBursts(spanDays, years, actors, rand);
  const source = new Int32Array(eventCount);
  const target = new Int32Array(eventCount);
  const day = new Int32Array(eventCount);
  for (let i = 0; i < eventCount; i++) {
    let burst: Burst | null = null;
    let d = -1;
    if (rand() >= BACKGROUND_SHARE) {
      burst = bursts[burstChoice.draw(rand)]!;
      d = Math.round(burst.centre + gaussian(rand) * burst.width);
    }
    if (d < 0 || d >= spanDays) d = Math.floor(rand() * spanDays);
    day[i] = d;

    let s: number;
    let t: number;
    if (i > 0 && rand() < REPEAT_PAIR_SHARE) {
      const j = Math.floor(rand() * i);
      const reverse = rand() < REVERSE_SHARE;
      s = reverse ? target[j]! : source[j]!;
      t = reverse ? source[j]! : target[j]!;
    } else {
      s = actors.draw(rand);
      t = otherThan(s, actors, actorCount, rand);
    }
    if (burst && rand() < PROTAGONIST_SHARE) {
      const p = burst.protagonists[Math.floor(rand() * burst.protagonists.length)]!;
      if (rand() < 0.5 && p !== t) s = p;
      else if (p !== s) t = p;
    }
    // The first events give every actor at least one event.
    if (i < actorCount && s !== i && t !== i) {
      if (rand() < 0.5) s = i;
      else t = i;
      if (s === t) t = otherThan(s, actors, actorCount, rand);
    }
    source[i] = s;
    target[i] = t;
  }
  return { ...sortByDay(source, target, day, spanDays), documentStart: chunkDocuments(eventCount, rand) };
}

/** Counting sort by day (stable), so documents can take consecutive runs of events. */
function sortByDay(source: Int32Array, target: Int32Array, day: Int32Array, spanDays: number): Omit<EventSkeleton, 'documentStart'> {
  const offsets = new Int32Array(spanDays + 1);
  for (let i = 0; i < day.length; i++) offsets[day[i]! + 1]!++;
  for (let d = 0; d < spanDays; d++) offsets[d + 1]! += offsets[d]!;
  const sorted = { source: new Int32Array(day.length), target: new Int32Array(day.length), day: new Int32Array(day.length) };
  for (let i = 0; i < day.length; i++) {
    const at = offsets[day[i]!]!++;
    sorted.source[at] = source[i]!;
    sorted.target[at] = target[i]!;
    sorted.day[at] = day[i]!;
  }
  return sorted;
}

function chunkDocuments(eventCount: number, rand: Random): Int32Array {
  const starts: number[] = [0];
  let at = 0;
  while (at < eventCount) {
    at = Math.min(eventCount, at + randomInt(rand, MIN_EVENTS_PER_DOCUMENT, MAX_EVENTS_PER_DOCUMENT));
    starts.push(at);
  }
  return Int32Array.from(starts);
}
