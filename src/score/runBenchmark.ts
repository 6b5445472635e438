// Reads every benchmark set from disk, runs the extractor on it and scores it: the code behind
// `npm run score` and the ratchet test. Paths are relative to the repository root given.
import { join } from 'node:path';
import countriesFile from '../../data/gazetteer/countries.json';
import ploverMapping from '../../data/plover.json';
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus } from '../extract/extractCorpus';
import type { ExtractionResult } from '../extract/types';
import { legacyActorIds, loadLegacySet, loadNewsSet, NEWS_ROOT, type BenchmarkSet } from './benchmarkSets';
import type { GoldActor } from './goldTypes';
import { countryNames } from './ploverActors';
import { readPloverRecords, recordFile } from './ploverRecords';
import { scorePublicationInference, type PublicationFigures } from './publicationInference';
import { scorePlover, type PloverScore } from './scorePlover';
import { scoreSet, type SetScore } from './scoreSet';

export const SET_NAMES = ['test', 'dev', 'seeds', 'plover', 'wire'] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface ScoredSet {
  name: SetName;
  label: string;
  documents: number;
  score: SetScore;
  publication: PublicationFigures;
  result: ExtractionResult;
  problems: string[];
}

export interface ScoredPlover {
  name: 'plover';
  label: string;
  documents: number;
  score: PloverScore;
}

/** Gold actors for the ids a legacy gold file names, with the dictionary's names as their aliases. */
function dictionaryActors(ids: string[]): Record<string, GoldActor> {
  const dict = defaultResources().dictionary;
  const out: Record<string, GoldActor> = {};
  for (const id of ids) {
    const entry = dict.get(id);
    if (entry) out[id] = { name: entry.label, kind: entry.kind, aliases: entry.aliases };
  }
  return out;
}

function loadSet(root: string, name: Exclude<SetName, 'plover'>): BenchmarkSet {
  if (name === 'test' || name === 'dev') return loadNewsSet(join(root, NEWS_ROOT), name);
  const set =
    name === 'seeds'
      ? loadLegacySet('seeds', 'seed articles (tuned on)', join(root, 'test/gold/seed-gold.json'), join(root, 'data/articles'))
      : loadLegacySet('wire', 'wire copy written for the project (tuned on; not real news)', join(root, 'test/gold/heldout/heldout-gold.json'), join(root, 'test/gold/heldout/articles'));
  return { ...set, actors: dictionaryActors(legacyActorIds(set.gold)) };
}

export function runSet(root: string, name: Exclude<SetName, 'plover'>): ScoredSet {
  const set = loadSet(root, name);
  const result = extractCorpus(set.files, defaultResources());
  return {
    name,
    label: set.label,
    documents: set.files.length,
    score: scoreSet({ result, gold: set.gold, actors: set.actors }),
    publication: scorePublicationInference(set.files),
    result,
    problems: set.unreadable,
  };
}

export function runPlover(root: string): ScoredPlover {
  const records = readPloverRecords(join(root, 'test/gold/plover/records.jsonl'));
  const result = extractCorpus(records.map(recordFile), defaultResources());
  const countries = { byCode: new Map(countriesFile.countries.map((c) => [c.iso3, c.id])), byName: countryNames(countriesFile.countries) };
  return {
    name: 'plover',
    label: 'PLOVER gold-standard records (one sentence each)',
    documents: records.length,
    score: scorePlover(records, result, ploverMapping, countries),
  };
}
