import { hashRange, hashString } from './featureHash';

/** Per-word hashes the tagger and parser features read, computed once per sentence. */
export interface WordHashes {
  count: number;
  /** Lowercased form, typographic quotes and dashes folded, digits as 0. */
  word: Int32Array;
  prefix1: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  /** The form with its case kept (quotes, dashes and digits folded as in `word`). */
  cased: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  /** Character classes of the raw form with runs collapsed ("Xx", "X.X.", "d:d"). */
  shape: Int32Array;
}

/** Characters foldForm changes: typographic quotes and dashes, digits. */
const FOLDED = /[\u2018\u2019\u02bc`\u00b4\u201c\u201d\u2013\u20140-9]/;

function foldForm(form: string): string {
  if (!FOLDED.test(form)) return form;
  return form
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '--')
    .replace(/[0-9]/g, '0');
}

export function normaliseForm(form: string): string {
  return foldForm(form).toLowerCase();
}

/** Shape class of one character (a code point): X, x, d, L (other letters) or the character itself. */
function shapeClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  return /\p{L}/u.test(ch) ? 'L' : ch;
}

function shapeOf(form: string): string {
  let shape = '';
  let last = '';
  for (const ch of form) {
    const cls = shapeClass(ch);
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape.slice(0, 8);
}

/**
 * Hashes of each word for the tagger's and parser's features. `richParts` false leaves `prefix3` and
 * `cased` zero: only the richer tagger templates read them (see RICH_TAGGER_TEMPLATES).
 */
export function hashWords(forms: readonly string[], richParts = true): WordHashes {
  const count = forms.length;
  const h: WordHashes = {
    count,
    word: new Int32Array(count),
    prefix1: new Int32Array(count),
    prefix2: new Int32Array(count),
    prefix3: new Int32Array(count),
    cased: new Int32Array(count),
    suffix2: new Int32Array(count),
    suffix3: new Int32Array(count),
    suffix4: new Int32Array(count),
    shape: new Int32Array(count),
  };
  for (let i = 0; i < count; i++) {
    const folded = foldForm(forms[i]!);
    const norm = folded.toLowerCase();
    const length = norm.length;
    if (richParts) {
      h.cased[i] = hashString(folded);
      h.prefix3[i] = hashRange(norm, 0, Math.min(3, length));
    }
    h.word[i] = hashString(norm);
    h.prefix1[i] = hashRange(norm, 0, Math.min(1, length));
    h.prefix2[i] = hashRange(norm, 0, Math.min(2, length));
    h.suffix2[i] = hashRange(norm, Math.max(0, length - 2), length);
    h.suffix3[i] = hashRange(norm, Math.max(0, length - 3), length);
    h.suffix4[i] = hashRange(norm, Math.max(0, length - 4), length);
    h.shape[i] = hashString(shapeOf(forms[i]!));
  }
  return h;
}
