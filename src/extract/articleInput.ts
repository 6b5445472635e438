// Checks on a text an analyst brings before it is read: is it text at all, is it English, and is
// it an article the session already holds. Plain functions, no DOM.
import { francAll } from 'franc-min';

export type ArticleInputKind = 'paste' | 'txt' | 'md' | 'html';

// Control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const SNIFF_CHARS = 8192;

/** Why this text cannot be read as an article (empty, binary), or null when it can. */
export function checkArticleText(text: string, what: string): string | null {
  if (!text.trim()) return `${what} is empty: there is no text to read.`;
  const head = text.slice(0, SNIFF_CHARS);
  if (head.includes('\u0000')) return `${what} is not text (it holds NUL bytes, as binary files such as PDFs or Word documents do). Save the article as plain text, Markdown or HTML.`;
  const controls = head.match(CONTROL)?.length ?? 0;
  const replaced = head.split('\uFFFD').length - 1;
  const letters = head.match(/\p{L}/gu)?.length ?? 0;
  if (controls + replaced > head.length / 20 || letters < head.replace(/\s/g, '').length / 4) {
    return `${what} is mostly not text (control characters or undecodable bytes). Save the article as plain UTF-8 text, Markdown or HTML.`;
  }
  return null;
}

/** The text as compared for duplicates: case and whitespace do not count. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A stable fingerprint of an article's text: two 32-bit FNV-1a hashes of the normalised text (two
 * offset bases) and its length. Synchronous and the same in every browser context and in Node,
 * unlike crypto.subtle, which insecure (plain http) pages lack.
 */
export function articleFingerprint(text: string): string {
  const norm = normalizeForFingerprint(text);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `fnv2-${norm.length.toString(36)}-${hex(fnv1a(norm, 0x811c9dc5))}${hex(fnv1a(norm, 0x5bd1e995))}`;
}

/** Below this many letters language detection is too unreliable to warn about. */
export const LANGUAGE_MIN_LETTERS = 120;
/** English counts as likely when it scores at least this much of the best language's score. */
const ENGLISH_CLOSE = 0.9;

export interface LanguageGuess {
  /** ISO 639-3 code from franc. */
  code: string;
  /** English name of the language ("German"), or "another language". */
  name: string;
}

function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : 'another language';
  } catch {
    return 'another language';
  }
}

/**
 * The language a text looks like when it clearly is not English; null for English, for texts too
 * short to judge and when franc cannot tell.
 */
export function nonEnglishLanguage(text: string): LanguageGuess | null {
  const sample = text.slice(0, 20_000);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < LANGUAGE_MIN_LETTERS) return null;
  const scores = francAll(sample, { minLength: 20 });
  const best = scores[0];
  if (!best || best[0] === 'und' || best[0] === 'eng') return null;
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (english >= best[1] * ENGLISH_CLOSE) return null;
  return { code: best[0], name: languageName(best[0]) };
}

/** The warning shown before a non-English text is read. */
export function languageWarning(guess: LanguageGuess): string {
  const looks = guess.name === 'another language' ? 'a language other than English' : guess.name;
  return `This looks like ${looks}; Dramatis reads English and will find few relations in it, or wrong ones.`;
}
