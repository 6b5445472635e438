// Integer hashing for feature templates: every feature is a 32-bit key built from a template number
// and a few integer values (word hashes, tag ids, label ids, distances), so nothing is a string at
// parse time.

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}

/** The hash of text.slice(start, end) (0 ≤ start ≤ end ≤ length), without making that string. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes one more value into a running key (multiply-xorshift, all 32-bit). */
export function mix(key: number, value: number): number {
  let h = Math.imul(key ^ value, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  return (h ^ (h >>> 13)) | 0;
}

// key1..key4 are mix applied value by value, written out in one body each: the feature functions
// call them dozens of times per parser step, and a body without calls inside stays cheap to call
// (or to inline) where nested calls to mix would each cost a call.

export function key1(template: number, a: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) | 0;
}

export function key2(template: number, a: number, b: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ b, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) | 0;
}

export function key3(template: number, a: number, b: number, c: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ b, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ c, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) | 0;
}

export function key4(template: number, a: number, b: number, c: number, d: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ b, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ c, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ d, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) | 0;
}

/** A small seeded generator (mulberry32) for shuffles and exploration: same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
