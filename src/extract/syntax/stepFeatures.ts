// The transition features of a greedy step (actionFeatures' templates, the same keys) split by what
// they read, so that RoleMargins finds the margins of those read from few values once and keeps them:
// - child roles: the word and tag of one outermost dependent (s0's leftmost, b0's second-leftmost...),
//   like the item roles of roleFeatures, kept per sentence and item;
// - child labels: the label of one outermost dependent, kept per template and label;
// - tag pairs: a tag with a tag, distance or valency (templates 24, 32, 40, 42, 47, 49, 51–53), kept
//   per template and pair of values;
// - the rest, hashed and looked up at every step.
import type { ParseState } from './arcHybrid';
import { key1, key2, key3, key4 } from './featureHash';
import { at, capped, NONE, type ParseInput } from './parserFeatures';

/** Outermost dependents whose word and tag are read alone (a role of roleFeatures' kind). */
export const S0L = 0;
export const S0R = 1;
export const B0L = 2;
export const S1R = 3;
export const S0L2 = 4;
export const S0R2 = 5;
export const B0L2 = 6;
export const CHILD_ROLES = 7;
/** Word and tag templates of each child role (-1: the role's tag is not read alone). */
const CHILD_TEMPLATES: readonly (readonly [word: number, tag: number])[] = [
  [54, 55], [57, 58], [60, 61], [64, -1], [66, 67], [69, 70], [72, 73],
];

/** Features of `item` (-1: none) as the dependent `role` names; returns the new count. */
export function childRoleFeatures(input: ParseInput, role: number, item: number, out: Int32Array, n0: number): number {
  const [wordTemplate, tagTemplate] = CHILD_TEMPLATES[role]!;
  let n = n0;
  out[n++] = key1(wordTemplate, at(input.word, item));
  if (tagTemplate >= 0) out[n++] = key1(tagTemplate, at(input.tag, item));
  return n;
}

/** Templates reading the label of one outermost dependent alone: s0l, s0r, b0l, s1r, s1l, s0l2, s0r2, b0l2. */
export const CHILD_LABEL_TEMPLATES: readonly number[] = [56, 59, 62, 63, 65, 68, 71, 74];

/** The dependents whose labels CHILD_LABEL_TEMPLATES read, in its order (-1: none). */
export function childLabelItems(st: ParseState, s0: number, s1: number, b0: number, out: Int32Array): void {
  out[0] = s0 >= 0 ? st.left1[s0]! : -1;
  out[1] = s0 >= 0 ? st.right1[s0]! : -1;
  out[2] = b0 >= 0 ? st.left1[b0]! : -1;
  out[3] = s1 >= 0 ? st.right1[s1]! : -1;
  out[4] = s1 >= 0 ? st.left1[s1]! : -1;
  out[5] = s0 >= 0 ? st.left2[s0]! : -1;
  out[6] = s0 >= 0 ? st.right2[s0]! : -1;
  out[7] = b0 >= 0 ? st.left2[b0]! : -1;
}

/** Templates read from a tag (or NONE) and one more small value, in the order of `tagPairValues`. */
export const TAG_PAIR_TEMPLATES: readonly number[] = [24, 32, 40, 42, 47, 49, 51, 52, 53];

/** The two values of each TAG_PAIR_TEMPLATES feature: out[2t], out[2t + 1]. */
export function tagPairValues(st: ParseState, input: ParseInput, s0: number, s1: number, b0: number, out: Int32Array): void {
  const { tag } = input;
  const s0p = at(tag, s0), b0p = at(tag, b0), s1p = at(tag, s1);
  const d = s0 >= 0 && b0 >= 0 ? capped(b0 - s0) : NONE;
  const vr0 = s0 >= 0 ? st.rightCount[s0]! : NONE, vl0 = s0 >= 0 ? st.leftCount[s0]! : NONE;
  out[0] = s0p; out[1] = b0p;
  out[2] = s1p; out[3] = s0p;
  out[4] = s0p; out[5] = d;
  out[6] = b0p; out[7] = d;
  out[8] = s0p; out[9] = vr0;
  out[10] = s0p; out[11] = vl0;
  out[12] = b0p; out[13] = b0 >= 0 ? st.leftCount[b0]! : NONE;
  out[14] = s1p; out[15] = s1 >= 0 ? st.rightCount[s1]! : NONE;
  out[16] = s1p; out[17] = s1 >= 0 ? st.leftCount[s1]! : NONE;
}

/** The step's other features, hashed: word pairs, tag triples, distances, commas, dependents with their head. */
export function hashedStepFeatures(st: ParseState, input: ParseInput, out: Int32Array): number {
  const { word, tag, commas } = input;
  const s0 = st.stackAt(0), s1 = st.stackAt(1), s2 = st.stackAt(2);
  const b0 = st.bufferAt(0), b1 = st.bufferAt(1);
  const s0w = at(word, s0), s0p = at(tag, s0), b0w = at(word, b0), b0p = at(tag, b0);
  const s1w = at(word, s1), s1p = at(tag, s1);
  const d = s0 >= 0 && b0 >= 0 ? capped(b0 - s0) : NONE;
  const d1 = s1 >= 0 && s0 >= 0 ? capped(s0 - s1) : NONE;
  let n = 0;
  out[n++] = key4(18, s0w, s0p, b0w, b0p);
  out[n++] = key3(19, s0w, s0p, b0w);
  out[n++] = key3(20, s0w, b0w, b0p);
  out[n++] = key3(21, s0w, s0p, b0p);
  out[n++] = key3(22, s0p, b0w, b0p);
  out[n++] = key2(23, s0w, b0w);
  out[n++] = key3(27, s0p, b0p, at(tag, b1));
  out[n++] = key3(28, s1p, s0p, b0p);
  out[n++] = key2(33, s1w, s0w);
  out[n++] = key3(34, s1w, s1p, s0p);
  out[n++] = key3(35, s1p, s0w, s0p);
  out[n++] = key3(36, at(tag, s2), s1p, s0p);
  out[n++] = key2(39, s0w, d);
  out[n++] = key2(41, b0w, d);
  out[n++] = key3(43, s0w, b0w, d);
  out[n++] = key3(44, s0p, b0p, d);
  out[n++] = key3(45, s1p, s0p, d1);
  out[n++] = key2(46, s0w, s0 >= 0 ? st.rightCount[s0]! : NONE);
  out[n++] = key2(48, s0w, s0 >= 0 ? st.leftCount[s0]! : NONE);
  out[n++] = key2(50, b0w, b0 >= 0 ? st.leftCount[b0]! : NONE);
  out[n++] = key3(82, s1w, s0p, b0p);
  out[n++] = key3(83, s1p, s0p, b0w);
  out[n++] = key3(84, s0p, b0p, s0 >= 0 && b0 >= 0 ? Math.min(2, commas[b0 - 1]! - commas[s0]!) : NONE);
  out[n++] = key3(85, s1p, s0p, s1 >= 0 && s0 >= 0 ? Math.min(2, commas[s0 - 1]! - commas[s1]!) : NONE);
  return dependentTagFeatures(st, tag, s0, s1, b0, s0p, s1p, b0p, out, n);
}

/** Tags and labels of outermost dependents with their head's tag (templates 75–81, 29–31, 37, 38). */
function dependentTagFeatures(
  st: ParseState, tag: Int32Array, s0: number, s1: number, b0: number, s0p: number, s1p: number, b0p: number, out: Int32Array, n0: number,
): number {
  const lab = st.labels;
  const s0l = s0 >= 0 ? st.left1[s0]! : -1, s0l2 = s0 >= 0 ? st.left2[s0]! : -1;
  const s0r = s0 >= 0 ? st.right1[s0]! : -1, s0r2 = s0 >= 0 ? st.right2[s0]! : -1;
  const s1l = s1 >= 0 ? st.left1[s1]! : -1, s1r = s1 >= 0 ? st.right1[s1]! : -1, s1r2 = s1 >= 0 ? st.right2[s1]! : -1;
  const b0l = b0 >= 0 ? st.left1[b0]! : -1, b0l2 = b0 >= 0 ? st.left2[b0]! : -1;
  let n = n0;
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
