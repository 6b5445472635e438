import { hashString } from './featureHash';

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

function foldForm(form: string): string {
  return form
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '--')
    .replace(/[0-9]/g, '0');
}

export function normaliseForm(form: string): string {
  return foldForm(form).toLowerCase();
}

function shapeOf(form: string): string {
  let shape = '';
  let last = '';
  for (const ch of form) {
    const cls = /[A-Z]/.test(ch) ? 'X' : /[a-z]/.test(ch) ? 'x' : /[0-9]/.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape.slice(0, 8);
}

export function hashWords(forms: readonly string[]): WordHashes {
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
    h.cased[i] = hashString(folded);
    h.prefix3[i] = hashString(norm.slice(0, 3));
    h.word[i] = hashString(norm);
    h.prefix1[i] = hashString(norm.slice(0, 1));
    h.prefix2[i] = hashString(norm.slice(0, 2));
    h.suffix2[i] = hashString(norm.slice(-2));
    h.suffix3[i] = hashString(norm.slice(-3));
    h.suffix4[i] = hashString(norm.slice(-4));
    h.shape[i] = hashString(shapeOf(forms[i]!));
  }
  return h;
}
