// The ratchet: the last recorded seed and dev figures, which a test holds the extractor to.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ScoredSet } from './runBenchmark';

export const RATCHET_FILE = 'test/gold/ratchet.json';
export const RATCHET_SETS = ['seeds', 'dev'] as const;

export interface RatchetFigures {
  precision: number;
  recall: number;
  dateAccuracy: number;
}

export interface Ratchet {
  description: string;
  recorded: string;
  sets: Partial<Record<(typeof RATCHET_SETS)[number], RatchetFigures>>;
}

/** Rounded to 0.1 percentage point, so a recorded figure compares equal to itself. */
const round = (x: number) => Math.round(x * 1000) / 1000;

export function figuresOf(s: ScoredSet): RatchetFigures | null {
  const r = s.score.relations;
  if (r.required === 0) return null;
  return { precision: round(r.precision), recall: round(r.recall), dateAccuracy: round(s.score.dateAccuracy) };
}

export function readRatchet(path: string): Ratchet {
  return JSON.parse(readFileSync(path, 'utf8')) as Ratchet;
}

export function writeRatchet(path: string, sets: ScoredSet[], date: string): Ratchet {
  const ratchet: Ratchet = {
    description: 'Last recorded strict figures of the seed and dev sets (npm run score -- --record). test/score/scoreRatchet.test.ts fails when either drops below them; the test split is never ratcheted.',
    recorded: date,
    sets: {},
  };
  for (const s of sets) {
    const name = RATCHET_SETS.find((n) => n === s.name);
    const figures = figuresOf(s);
    if (name && figures) ratchet.sets[name] = figures;
  }
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(ratchet, null, 2) + '\n');
  renameSync(temp, path);
  return ratchet;
}

/** What fell below the ratchet, as sentences; empty when nothing did. */
export function ratchetDrops(ratchet: Ratchet, set: ScoredSet): string[] {
  const name = RATCHET_SETS.find((n) => n === set.name);
  const recorded = name ? ratchet.sets[name] : undefined;
  if (!recorded) return [];
  const now = figuresOf(set) ?? { precision: 0, recall: 0, dateAccuracy: 0 };
  return (Object.keys(recorded) as (keyof RatchetFigures)[])
    .filter((k) => now[k] < recorded[k])
    .map((k) => `${set.name} ${k} fell from ${recorded[k]} to ${now[k]} (recorded ${ratchet.recorded})`);
}
