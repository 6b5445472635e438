import Fuse, { type IFuseOptions } from 'fuse.js';
import { nameSkeleton } from '../extract/nameSkeleton';
import type { DramatisGraph } from './buildGraph';
import type { ActorKind } from '../domain/contract';

/**
 * Actor search over labels and every alias: accent- and case-insensitive, typo-tolerant (fuse.js),
 * and transliteration-aware (the extractor's name skeleton folds Araqchi / Araghchi / Aragci).
 * Plain data in, plain data out: no DOM, no store.
 */

export interface ActorSearchHit {
  id: string;
  label: string;
  kind: ActorKind;
  /** The alias that matched when it is not the label itself ("Tehran" for Iran), else null. */
  matchedAlias: string | null;
  /** 0 = perfect, 1 = no match; hits come sorted by it. */
  score: number;
}

interface Entry {
  id: string;
  label: string;
  kind: ActorKind;
  /** Original spellings: the label first, then the aliases (deduplicated by their folded form). */
  names: string[];
  /** `names`, folded for comparison. */
  folded: string[];
  /** `names`, reduced to transliteration skeletons. */
  skeletons: string[];
  degree: number;
}

export interface ActorSearchIndex {
  readonly size: number;
  search(query: string, limit?: number): ActorSearchHit[];
}

/** Case-, accent- and punctuation-insensitive form: "Qālībāf" → "qalibaf", "U.S." → "us", "al-Jazeera" → "al jazeera". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Spelling skeleton for transliterated names; only letters survive, so it is empty for "U.S." and the like. */
function skeletonOf(text: string): string {
  return nameSkeleton(text).replace(/[^a-z ]/g, '').trim();
}

/** Scores at or above this are not a match. */
const THRESHOLD = 0.36;
/** Fuzzy-only hits worse than this are dropped when some name starts with the query. */
const LOOSE_WHEN_ANCHORED = 0.2;

/** One record per spelling, so an actor's score is that of its best name (fuse would multiply the scores of several matching aliases). */
interface NameRecord {
  entry: Entry;
  nameIndex: number;
  folded: string;
  skeleton: string;
}

const FUSE_OPTIONS: IFuseOptions<NameRecord> = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: THRESHOLD,
  minMatchCharLength: 2,
};

/** How a hit was found, best first: a name starting with the query, a word starting with it, the query inside a name, fuzzy. */
function tier(entry: Entry, q: string, qs: string): { tier: number; nameIndex: number } {
  const checks: ((name: string, skeleton: string) => boolean)[] = [
    (n) => n === q,
    (n) => n.startsWith(q),
    (n, s) => n.split(' ').some((w) => w.startsWith(q)) || (qs.length >= 3 && s.split(' ').some((w) => w.startsWith(qs))),
    (n) => n.includes(q),
  ];
  for (let t = 0; t < checks.length; t++) {
    const i = entry.folded.findIndex((n, k) => checks[t]!(n, entry.skeletons[k] ?? ''));
    if (i !== -1) return { tier: t, nameIndex: i };
  }
  return { tier: checks.length, nameIndex: -1 };
}

function entryOf(graph: DramatisGraph, id: string): Entry {
  const a = graph.getNodeAttributes(id);
  const names: string[] = [];
  const folded: string[] = [];
  for (const name of [a.label, ...a.aliases]) {
    const f = foldForSearch(name);
    if (f === '' || folded.includes(f)) continue;
    names.push(name);
    folded.push(f);
  }
  return { id, label: a.label, kind: a.kind, names, folded, skeletons: names.map(skeletonOf), degree: graph.degree(id) };
}

/** An actor index being built a slice at a time (so that 20,000 actors never hold the page for long). */
export interface ActorSearchBuild {
  /** Indexes actors while `more()` says so (asked before each actor); returns the index once all are in. */
  step(more: () => boolean): ActorSearchIndex | null;
}

export function startActorSearch(graph: DramatisGraph): ActorSearchBuild {
  const ids = graph.nodes();
  const entries: Entry[] = [];
  const byFolded = new Fuse<NameRecord>([], { ...FUSE_OPTIONS, keys: ['folded'] });
  const bySkeleton = new Fuse<NameRecord>([], { ...FUSE_OPTIONS, keys: ['skeleton'] });
  let next = 0;
  let index: ActorSearchIndex | null = null;
  return {
    step(more) {
      while (next < ids.length && more()) {
        const entry = entryOf(graph, ids[next++]!);
        entries.push(entry);
        entry.names.forEach((_, nameIndex) => {
          const record = { entry, nameIndex, folded: entry.folded[nameIndex]!, skeleton: entry.skeletons[nameIndex]! };
          byFolded.add(record);
          if (record.skeleton !== '') bySkeleton.add(record);
        });
      }
      if (next === ids.length) index ??= searchOver(entries, byFolded, bySkeleton);
      return index;
    },
  };
}

export function buildActorSearch(graph: DramatisGraph): ActorSearchIndex {
  return startActorSearch(graph).step(() => true)!;
}

function searchOver(entries: Entry[], byFolded: Fuse<NameRecord>, bySkeleton: Fuse<NameRecord>): ActorSearchIndex {
  return {
    size: entries.length,
    search(query: string, limit = 8): ActorSearchHit[] {
      const q = foldForSearch(query);
      if (q === '') return [];
      const qs = skeletonOf(query);
      // Best fuzzy score per actor, and which of its names gave it.
      const best = new Map<Entry, { score: number; nameIndex: number }>();
      const consider = (entry: Entry, score: number, nameIndex: number) => {
        const seen = best.get(entry);
        if (!seen || score < seen.score) best.set(entry, { score, nameIndex });
      };
      // A single letter is too little to be fuzzy about: prefixes only.
      if (q.length >= 2) {
        for (const r of byFolded.search(q)) consider(r.item.entry, r.score ?? 1, r.item.nameIndex);
        if (qs.length >= 3) for (const r of bySkeleton.search(qs)) consider(r.item.entry, r.score ?? 1, r.item.nameIndex);
      }
      for (const e of entries) if (!best.has(e) && tier(e, q, qs).tier < 4) consider(e, THRESHOLD, 0);

      const ranked = [...best.entries()].map(([e, m]) => {
        const t = tier(e, q, qs);
        return { e, score: m.score, tier: t.tier, nameIndex: t.nameIndex >= 0 ? t.nameIndex : m.nameIndex };
      });
      // Once a name starts with the query, loose fuzzy matches are noise ("kiev" is not "Steve Witkoff").
      const anchored = ranked.some((r) => r.tier <= 2);
      return ranked
        .filter((r) => !anchored || r.tier < 4 || r.score <= LOOSE_WHEN_ANCHORED)
        .sort((x, y) => x.tier - y.tier || x.score - y.score || y.e.degree - x.e.degree || x.e.label.localeCompare(y.e.label))
        .slice(0, limit)
        .map(({ e, score, tier: t, nameIndex }) => ({
          id: e.id,
          label: e.label,
          kind: e.kind,
          matchedAlias: nameIndex > 0 ? (e.names[nameIndex] ?? null) : null,
          score: t === 0 ? 0 : score,
        }));
    },
  };
}
