// Seeded generator of news-like English articles about dictionary actors, for extraction benchmarks
// (bench/extraction.ts) and for `npm run gen -- --text`.
import actorsFile from '../../../data/actors.json';
import countriesFile from '../../../data/gazetteer/countries.json';
import { mulberry32, pick, type Random } from './seededRandom';

const persons = actorsFile.actors.filter((a) => a.kind === 'person').map((a) => a.label);
const states = countriesFile.countries.map((c) => c.label);
const demonyms = countriesFile.countries.flatMap((c) => c.demonyms);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TEMPLATES = [
  '{P} said on {W} that {S} had contacted {S2} to discuss a ceasefire.',
  '{S} and {S2} accused {S3} of violating the agreement reached in {M}.',
  '{D} officials warned {S} against any attack on its territory.',
  'According to {P}, {S} will meet {S2} next week in {S3} to negotiate over trade.',
  '{S}, which traditionally acts as an intermediary between {S2} and {S3}, hosted the talks.',
  '{P} told reporters that {S} would not negotiate under pressure.',
  '{S2} was attacked by {S} on {W}, the ministry said.',
  "{P}'s threats against {S} drew criticism from {S2}.",
  'Military strikes on {S} could be possible if the talks fail, {P} said.',
  'Protesters rallied outside the embassy of {S} in the capital, and police arrested dozens of people.',
  'The economy of {S} grew slowly during the last quarter, analysts said, citing weaker exports and high prices.',
  '{S} imposed sanctions on {S2} in {M}, and {S3} called on both sides to show restraint.',
];

function sentence(rand: Random): string {
  return pick(rand, TEMPLATES).replace(/\{(P|S3|S2|S|D|W|M)\}/g, (_m, k: string) => {
    if (k === 'P') return pick(rand, persons);
    if (k === 'D') return pick(rand, demonyms);
    if (k === 'W') return pick(rand, WEEKDAYS);
    if (k === 'M') return pick(rand, MONTHS);
    return pick(rand, states);
  });
}

export interface GeneratedArticle {
  name: string;
  text: string;
  words: number;
}

/** `count` articles of roughly `wordsEach` words, reproducible from `seed`. */
export function generateArticles(count: number, wordsEach: number, seed = 42): GeneratedArticle[] {
  const rand = mulberry32(seed);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    let words = 0;
    while (words < wordsEach) {
      const p = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');
      words += p.split(/\s+/).length;
      paragraphs.push(p);
    }
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const published = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ name: `generated-${i}.md`, text: `---\ntitle: Generated article ${i}\npublished: ${published}\n---\n${paragraphs.join('\n\n')}\n`, words });
  }
  return out;
}
