// The PLOVER gold-standard records (test/gold/plover/records.jsonl) as documents and placed gold:
// each record's sentence is its own document, its coded sources and targets its gold actors.
import { readFileSync } from 'node:fs';
import type { InputFile } from '../extract/documentIds';
import { documentIdFromName } from '../extract/documentIds';
import type { GoldActor, PlacedGold } from './goldTypes';
import { possessedName, splitJoinedActor, stateAgentCountry } from './ploverActors';

/** One record as vendored: [actor text, actor code] pairs for source and target. */
export interface PloverRecord {
  id: string;
  event: string;
  source: [string, string][];
  target: [string, string][];
  text: string;
}

/** The placeholder date every record carries (the records' readme says all dates are set to it). */
export const PLOVER_RECORD_DATE = '2000-01-01';

export function readPloverRecords(path: string): PloverRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PloverRecord);
}

/** A record's sentence as a Markdown document dated by the record. */
export function recordFile(r: PloverRecord): InputFile {
  return { name: `${r.id}.md`, text: `---\ntitle: ${r.id}\npublished: ${PLOVER_RECORD_DATE}\n---\n${r.text}\n` };
}

/**
 * The word-suffixes of a coded phrase of two words or more, so that its head name matches
 * ("U.S. Secretary of State Warren Christopher" → …, "State Warren Christopher", "Warren Christopher").
 */
export function headNames(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 1; i <= words.length - 2; i++) out.push(words.slice(i).join(' '));
  return out;
}

export interface PloverGold {
  doc: string;
  record: PloverRecord;
  /** Dyads the record codes; empty when it names no target or no second party. */
  gold: PlacedGold[];
}

/** Country ids by ISO 3166 code and by normalised name or demonym (see ploverActors.ts). */
export interface RecordCountries {
  byCode: Map<string, string>;
  byName: Map<string, string>;
}

/**
 * Gold dyads of a record: each source with each target, or the two sides of a compound actor. A coded
 * text that joins two marked actors counts as both; a coded actor is also the country its code names,
 * or, without a code, the country whose agent it is ("Turkish government").
 */
export function recordGold(r: PloverRecord, actors: Record<string, GoldActor>, idAliases: Record<string, string[]>, countries: RecordCountries): PloverGold {
  const doc = documentIdFromName(`${r.id}.md`);
  const declare = (side: string, list: [string, string][]) =>
    list
      .flatMap(([text, code]) => (text.trim() ? splitJoinedActor(text, code, r.text) : []))
      .map(([text, code], i) => {
        const id = `${doc}:${side}${i}`;
        const possessed = possessedName(text);
        actors[id] = { name: text, aliases: possessed ? [...headNames(text), possessed] : headNames(text) };
        const country = countries.byCode.get(code) ?? stateAgentCountry(text, countries.byName);
        if (country) idAliases[id] = [country];
        return id;
      });
  const sources = declare('s', r.source);
  const targets = declare('t', r.target);
  const base = { doc, anchor: '', relation: r.event, date: 'document' as const, weak: false };
  const gold: PlacedGold[] = [];
  if (targets.length) for (const s of sources) for (const t of targets) gold.push({ ...base, source: s, target: t });
  else for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) gold.push({ ...base, source: sources[i]!, target: sources[j]!, undirected: true });
  return { doc, record: r, gold };
}
