// The scored sets and where their files live: the real-news test and dev splits, the seed articles,
// the project-written wire copy (tuned on), each read into texts and placed gold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../extract/documentIds';
import { documentIdFromName } from '../extract/documentIds';
import type { GoldActor, GoldDocument, GoldRelation, PlacedGold } from './goldTypes';

export interface BenchmarkSet {
  name: string;
  label: string;
  files: InputFile[];
  gold: PlacedGold[];
  actors: Record<string, GoldActor>;
  /** Gold files that did not parse as JSON, with why. */
  unreadable: string[];
}

export interface NewsPair {
  doc: string;
  articlePath: string;
  goldPath: string | null;
}

export const NEWS_ROOT = 'test/gold/news';

/** Articles of a news split folder with their gold file, when there is one. */
export function newsPairs(root: string, folder: string): NewsPair[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !/^readme\.md$/i.test(n))
    .sort()
    .map((n) => {
      const doc = n.slice(0, -3);
      const goldPath = join(dir, `${doc}.gold.json`);
      return { doc, articlePath: join(dir, n), goldPath: existsSync(goldPath) ? goldPath : null };
    });
}

function place(gold: GoldDocument): PlacedGold[] {
  return [
    ...gold.events.map((g) => ({ ...g, doc: gold.doc, weak: false })),
    ...(gold.weak ?? []).map((g) => ({ ...g, doc: gold.doc, weak: true })),
  ];
}

/** Actors of several gold files under one id: names and aliases joined. */
function joinActors(docs: GoldDocument[]): Record<string, GoldActor> {
  const out: Record<string, GoldActor> = {};
  for (const d of docs) {
    for (const [id, a] of Object.entries(d.actors ?? {})) {
      const prev = out[id];
      out[id] = prev ? { ...prev, aliases: [...new Set([...(prev.aliases ?? []), a.name, ...(a.aliases ?? [])])] } : { ...a };
    }
  }
  return out;
}

/** A news split (test or dev): every article with a gold file. */
export function loadNewsSet(root: string, split: 'test' | 'dev'): BenchmarkSet {
  const golds: GoldDocument[] = [];
  const files: InputFile[] = [];
  const unreadable: string[] = [];
  for (const pair of newsPairs(root, split)) {
    if (!pair.goldPath) continue;
    try {
      golds.push(JSON.parse(readFileSync(pair.goldPath, 'utf8')) as GoldDocument);
    } catch (err) {
      unreadable.push(`${pair.goldPath}: ${(err as Error).message}`);
      continue;
    }
    files.push({ name: `${pair.doc}.md`, text: readFileSync(pair.articlePath, 'utf8') });
  }
  const label = split === 'test' ? 'real news, test split (never tuned on)' : 'real news, dev split (rules may be tuned on it)';
  return { name: split, label, files, gold: golds.flatMap(place), actors: joinActors(golds), unreadable };
}

/** The older gold format: one list of events, each naming its document; `optional` is weak. */
interface LegacyGold {
  events: (GoldRelation & { doc: string; optional?: boolean })[];
}

/** Seed articles or the wire copy, scored from their one-file gold; `actors` is left for the caller to name. */
export function loadLegacySet(name: string, label: string, goldPath: string, folder: string): BenchmarkSet {
  const legacy = JSON.parse(readFileSync(goldPath, 'utf8')) as LegacyGold;
  const files = readdirSync(folder)
    .filter((n) => /\.(md|txt)$/.test(n))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(folder, n), 'utf8') }));
  const gold: PlacedGold[] = legacy.events.map(({ optional, ...g }) => ({ ...g, weak: Boolean(optional), modalityStated: g.modality !== undefined }));
  const ids = new Set(files.map((f) => documentIdFromName(f.name)));
  const unreadable = [...new Set(gold.map((g) => g.doc))].filter((d) => !ids.has(d)).map((d) => `${goldPath}: no article for document "${d}"`);
  return { name, label, files, gold, actors: {}, unreadable };
}

/** Gold actor ids a legacy gold file uses. */
export function legacyActorIds(gold: PlacedGold[]): string[] {
  return [...new Set(gold.flatMap((g) => [g.source, g.target, ...(g.sources ?? []), ...(g.targets ?? [])]))];
}
