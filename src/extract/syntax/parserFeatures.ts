// Feature templates of the transition classifier (after Zhang & Nivre 2011, adapted to arc-hybrid:
// s1 stands where arc-eager has the head of s0) and of the arc-label classifier.
import type { ParseState } from './arcHybrid';
import { key1, key2, key3, key4 } from './featureHash';

/** Per-word inputs; index 0 is the root. */
export interface ParseInput {
  n: number;
  word: Int32Array;
  /** Fine tag class (UPOS with Penn tag). */
  tag: Int32Array;
  upos: Int32Array;
  /** Commas among words 1..i (index i), to count the commas between two words. */
  commas: Int32Array;
}

/** Value of a word, tag, label or distance that is not there (no such item). */
export const NONE = -7;
export const ACTION_FEATURES = 86;
export const LABEL_FEATURES = 32;

export function at(values: Int32Array, i: number): number {
  return i < 0 ? NONE : values[i]!;
}

export function capped(distance: number): number {
  return distance < 0 ? NONE : distance > 10 ? 10 : distance;
}

interface Positions {
  s0: number; s1: number; s2: number; b0: number; b1: number; b2: number;
}

/** Words, tags and labels of the items and their outermost dependents. */
function childFeatures(st: ParseState, input: ParseInput, p: Positions, out: Int32Array, n0: number): number {
  const { word, tag } = input;
  const lab = st.labels;
  const { s0, s1, b0 } = p;
  const s0l = s0 >= 0 ? st.left1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.left2[s0]! : -1;
  const s0r = s0 >= 0 ? st.right1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.right2[s0]! : -1;
  const s1l = s1 >= 0 ? st.left1[s1]! : -1;
  const s1r = s1 >= 0 ? st.right1[s1]! : -1;
  const s1r2 = s1 >= 0 ? st.right2[s1]! : -1;
  const b0l = b0 >= 0 ? st.left1[b0]! : -1;
  const b0l2 = b0 >= 0 ? st.left2[b0]! : -1;
  const s0p = at(tag, s0);
  const b0p = at(tag, b0);
  const s1p = at(tag, s1);
  let n = n0;
  out[n++] = key1(54, at(word, s0l));
  out[n++] = key1(55, at(tag, s0l));
  out[n++] = key1(56, at(lab, s0l));
  out[n++] = key1(57, at(word, s0r));
  out[n++] = key1(58, at(tag, s0r));
  out[n++] = key1(59, at(lab, s0r));
  out[n++] = key1(60, at(word, b0l));
  out[n++] = key1(61, at(tag, b0l));
  out[n++] = key1(62, at(lab, b0l));
  out[n++] = key1(63, at(lab, s1r));
  out[n++] = key1(64, at(word, s1r));
  out[n++] = key1(65, at(lab, s1l));
  out[n++] = key1(66, at(word, s0l2));
  out[n++] = key1(67, at(tag, s0l2));
  out[n++] = key1(68, at(lab, s0l2));
  out[n++] = key1(69, at(word, s0r2));
  out[n++] = key1(70, at(tag, s0r2));
  out[n++] = key1(71, at(lab, s0r2));
  out[n++] = key1(72, at(word, b0l2));
  out[n++] = key1(73, at(tag, b0l2));
  out[n++] = key1(74, at(lab, b0l2));
  out[n++] = key3(75, s0p, at(tag, s0l), at(tag, s0l2));
  out[n++] = key3(76, s0p, at(tag, s0r), at(tag, s0r2));
  out[n++] = key3(77, b0p, at(tag, b0l), at(tag, b0l2));
  out[n++] = key3(78, s1p, at(tag, s1r), at(tag, s1r2));
  out[n++] = key3(79, s0p, at(lab, s0l), at(lab, s0l2));
  out[n++] = key3(80, s0p, at(lab, s0r), at(lab, s0r2));
  out[n++] = key3(81, b0p, at(lab, b0l), at(lab, b0l2));
  out[n++] = key3(29, s0p, at(tag, s0l), b0p);
  out[n++] = key3(30, s0p, at(tag, s0r), b0p);
  out[n++] = key3(31, s0p, b0p, at(tag, b0l));
  out[n++] = key3(37, s1p, at(tag, s1r), s0p);
  out[n++] = key3(38, s1p, at(tag, s1l), s0p);
  return n;
}

/** Items whose features are read from them alone (their word and tag, the tags after a buffer front). */
export const S0 = 0;
export const S1 = 1;
export const S2 = 2;
export const B0 = 3;
export const B1 = 4;
export const B2 = 5;
/** b0 as the first of the buffer's first three tags (templates 25, 26). */
export const B0_TAGS = 6;
export const ROLES = 7;

/** Features of `item` (-1: none) in `role` alone; returns the new count. */
export function roleFeatures(input: ParseInput, role: number, item: number, out: Int32Array, n0: number): number {
  const { word, tag } = input;
  const w = at(word, item), p = at(tag, item);
  let n = n0;
  if (role === S0) {
    out[n++] = key2(1, w, p);
    out[n++] = key1(2, w);
    out[n++] = key1(3, p);
  } else if (role === B0) {
    out[n++] = key2(4, w, p);
    out[n++] = key1(5, w);
    out[n++] = key1(6, p);
  } else if (role === B1) {
    out[n++] = key2(7, w, p);
    out[n++] = key1(8, w);
    out[n++] = key1(9, p);
  } else if (role === B2) {
    out[n++] = key2(10, w, p);
    out[n++] = key1(11, w);
    out[n++] = key1(12, p);
  } else if (role === S1) {
    out[n++] = key2(13, w, p);
    out[n++] = key1(14, w);
    out[n++] = key1(15, p);
  } else if (role === S2) {
    out[n++] = key1(16, p);
    out[n++] = key1(17, w);
  } else {
    // The buffer is contiguous: the two words after b0 are the next two of the sentence.
    const b1p = item >= 0 && item + 1 <= input.n ? tag[item + 1]! : NONE;
    const b2p = item >= 0 && item + 2 <= input.n ? tag[item + 2]! : NONE;
    out[n++] = key2(25, p, b1p);
    out[n++] = key3(26, p, b1p, b2p);
  }
  return n;
}

/** The bias feature, the same at every step. */
export function biasFeature(out: Int32Array, n: number): number {
  out[n] = key1(0, 0);
  return n + 1;
}

/** Features of the next transition; returns how many were written. */
export function actionFeatures(st: ParseState, input: ParseInput, out: Int32Array): number {
  let n = biasFeature(out, 0);
  n = roleFeatures(input, S0, st.stackAt(0), out, n);
  n = roleFeatures(input, B0, st.bufferAt(0), out, n);
  n = roleFeatures(input, B1, st.bufferAt(1), out, n);
  n = roleFeatures(input, B2, st.bufferAt(2), out, n);
  n = roleFeatures(input, S1, st.stackAt(1), out, n);
  n = roleFeatures(input, S2, st.stackAt(2), out, n);
  n = pairFeatures(st, input, out, n);
  n = roleFeatures(input, B0_TAGS, st.bufferAt(0), out, n);
  return contextFeatures(st, input, out, n);
}

/** Word and tag pairs of s0 and b0 (templates 18–24). */
function pairFeatures(st: ParseState, input: ParseInput, out: Int32Array, n0: number): number {
  const { word, tag } = input;
  const s0 = st.stackAt(0), b0 = st.bufferAt(0);
  const s0w = at(word, s0), s0p = at(tag, s0), b0w = at(word, b0), b0p = at(tag, b0);
  let n = n0;
  out[n++] = key4(18, s0w, s0p, b0w, b0p);
  out[n++] = key3(19, s0w, s0p, b0w);
  out[n++] = key3(20, s0w, b0w, b0p);
  out[n++] = key3(21, s0w, s0p, b0p);
  out[n++] = key3(22, s0p, b0w, b0p);
  out[n++] = key2(23, s0w, b0w);
  out[n++] = key2(24, s0p, b0p);
  return n;
}

/** Tag sequences, distances, valencies, commas and children (templates 27 on). */
function contextFeatures(st: ParseState, input: ParseInput, out: Int32Array, n0: number): number {
  const { word, tag } = input;
  const p: Positions = {
    s0: st.stackAt(0), s1: st.stackAt(1), s2: st.stackAt(2),
    b0: st.bufferAt(0), b1: st.bufferAt(1), b2: st.bufferAt(2),
  };
  const { s0, s1, s2, b0, b1 } = p;
  const s0w = at(word, s0), s0p = at(tag, s0), b0w = at(word, b0), b0p = at(tag, b0);
  const b1p = at(tag, b1);
  const s1w = at(word, s1), s1p = at(tag, s1), s2p = at(tag, s2);
  const d = s0 >= 0 && b0 >= 0 ? capped(b0 - s0) : NONE;
  const d1 = s1 >= 0 && s0 >= 0 ? capped(s0 - s1) : NONE;
  const vl0 = s0 >= 0 ? st.leftCount[s0]! : NONE, vr0 = s0 >= 0 ? st.rightCount[s0]! : NONE;
  const vlb = b0 >= 0 ? st.leftCount[b0]! : NONE;
  let n = n0;
  out[n++] = key3(27, s0p, b0p, b1p);
  out[n++] = key3(28, s1p, s0p, b0p);
  out[n++] = key2(32, s1p, s0p);
  out[n++] = key2(33, s1w, s0w);
  out[n++] = key3(34, s1w, s1p, s0p);
  out[n++] = key3(35, s1p, s0w, s0p);
  out[n++] = key3(36, s2p, s1p, s0p);
  out[n++] = key2(39, s0w, d);
  out[n++] = key2(40, s0p, d);
  out[n++] = key2(41, b0w, d);
  out[n++] = key2(42, b0p, d);
  out[n++] = key3(43, s0w, b0w, d);
  out[n++] = key3(44, s0p, b0p, d);
  out[n++] = key3(45, s1p, s0p, d1);
  out[n++] = key2(46, s0w, vr0);
  out[n++] = key2(47, s0p, vr0);
  out[n++] = key2(48, s0w, vl0);
  out[n++] = key2(49, s0p, vl0);
  out[n++] = key2(50, b0w, vlb);
  out[n++] = key2(51, b0p, vlb);
  out[n++] = key2(52, s1p, s1 >= 0 ? st.rightCount[s1]! : NONE);
  out[n++] = key2(53, s1p, s1 >= 0 ? st.leftCount[s1]! : NONE);
  out[n++] = key3(82, s1w, s0p, b0p);
  out[n++] = key3(83, s1p, s0p, b0w);
  out[n++] = key3(84, s0p, b0p, s0 >= 0 && b0 >= 0 ? Math.min(2, input.commas[b0 - 1]! - input.commas[s0]!) : NONE);
  out[n++] = key3(85, s1p, s0p, s1 >= 0 && s0 >= 0 ? Math.min(2, input.commas[s0 - 1]! - input.commas[s1]!) : NONE);
  return childFeatures(st, input, p, out, n);
}

/**
 * Positions in `labelFeatures`' vector of the features read only from the head's and dependent's tags
 * and the direction (the head not being the root): 100, 102, 105, 107, 126 and 129.
 */
export const LABEL_TAG_PAIR_FEATURES: readonly number[] = [0, 2, 5, 7, 26, 29];

/** Domain value of those features: head tag, dependent tag, direction (`tagClasses` tag classes). */
export function labelTagPairValue(input: ParseInput, head: number, dep: number, tagClasses: number): number {
  return (input.tag[head]! * tagClasses + input.tag[dep]!) * 2 + (dep < head ? 0 : 1);
}

/** Features for labelling the arc head → dependent that `LEFT` (left = true) or `RIGHT` adds. */
export function labelFeatures(st: ParseState, input: ParseInput, head: number, dep: number, out: Int32Array): number {
  const { word, tag, upos } = input;
  const lab = st.labels;
  const dir = dep < head ? 1 : 2;
  const dw = word[dep]!, dp = tag[dep]!, hw = word[head]!, hp = tag[head]!;
  const dist = capped(Math.abs(head - dep));
  const dl = st.left1[dep]!, dr = st.right1[dep]!;
  const hl = st.left1[head]!, hl2 = st.left2[head]!, hr = st.right1[head]!;
  const dlw = at(word, dl);
  let n = 0;
  out[n++] = key1(100, dir);
  out[n++] = key2(101, dw, dir);
  out[n++] = key2(102, dp, dir);
  out[n++] = key3(103, dw, dp, dir);
  out[n++] = key2(104, hw, dir);
  out[n++] = key2(105, hp, dir);
  out[n++] = key3(106, hw, hp, dir);
  out[n++] = key3(107, hp, dp, dir);
  out[n++] = key3(108, hw, dp, dir);
  out[n++] = key3(109, hp, dw, dir);
  out[n++] = key3(110, hw, dw, dir);
  out[n++] = key3(111, dist, dir, dp);
  out[n++] = key4(112, hp, dp, dist, dir);
  out[n++] = key2(113, dlw, dp);
  out[n++] = key4(114, dlw, dir, hp, dp);
  out[n++] = key2(115, at(lab, dl), dp);
  out[n++] = key3(116, at(lab, dl), at(lab, dr), dp);
  out[n++] = key3(117, st.leftCount[dep]!, st.rightCount[dep]!, dp);
  out[n++] = key4(118, at(lab, hl), hp, dir, dp);
  out[n++] = key4(119, at(lab, hl), at(lab, hl2), hp, dir);
  out[n++] = key3(120, at(lab, hr), hp, dir);
  out[n++] = key3(121, dw, dlw, dir);
  out[n++] = key4(122, hw, dlw, dir, dp);
  out[n++] = key3(123, at(tag, st.bufferAt(0)), dp, dir);
  out[n++] = key3(124, at(tag, dep - 1), dp, hp);
  out[n++] = key3(125, at(tag, dep + 1 <= input.n ? dep + 1 : -1), dp, hp);
  out[n++] = key3(126, upos[head]!, upos[dep]!, dir);
  out[n++] = key3(127, at(word, dr), dp, dir);
  out[n++] = key2(128, at(tag, dl), dp);
  out[n++] = key3(129, head === 0 ? 1 : 0, dp, dir);
  out[n++] = key3(130, hw, at(lab, hl), dir);
  out[n++] = key4(131, at(word, hl), hp, dp, dir);
  return n;
}
