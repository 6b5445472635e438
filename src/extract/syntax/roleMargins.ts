// Greedy parsing with the packed transition weights: most transition features are read from one
// stack or buffer item alone (its word and tag; see roleFeatures), from one outermost dependent
// alone, or from a few small values (a label; a tag with a tag, distance or valency; see
// stepFeatures). Each word takes each role at several steps and small values recur, so their
// margins are found once and kept (per sentence for items, for good for small values), and a step
// adds those sums to the margins of its other features. The margins are integers, so every step
// scores exactly as with all features looked up one by one.
import { ACTIONS, LEFT, type ParseState, SHIFT } from './arcHybrid';
import { key1, key2 } from './featureHash';
import { B0, B0_TAGS, B1, B2, biasFeature, NONE, type ParseInput, ROLES, roleFeatures, S0, S1, S2 } from './parserFeatures';
import {
  B0L, B0L2, CHILD_LABEL_TEMPLATES, CHILD_ROLES, childLabelItems, childRoleFeatures, hashedStepFeatures, S0L, S0L2, S0R, S0R2, S1R,
  TAG_PAIR_TEMPLATES, tagPairValues,
} from './stepFeatures';
import type { TransitionModel } from './transitionModel';

/** Small values kept: tags, labels, distances and valencies from NONE (-7) up to SMALL_VALUES - 9. */
const SMALL_VALUES = 96;
const SMALL_OFFSET = 8;
/** Most features one item has in one role (see roleFeatures). */
const ROLE_FEATURES = 3;

/** Margins of one-value or two-value features of fixed templates, each found once and kept. */
class SmallValueMargins {
  private readonly margins: Int32Array;
  private readonly known: Uint8Array;
  private readonly features = new Int32Array(1);

  constructor(
    private readonly model: TransitionModel,
    private readonly templates: readonly number[],
    private readonly pairs: boolean,
  ) {
    const slots = templates.length * SMALL_VALUES * (pairs ? SMALL_VALUES : 1);
    this.margins = new Int32Array(slots * 2);
    this.known = new Uint8Array(slots);
  }

  /** Adds the margins of template t's feature of values a (and b, for pairs) to sums[0], sums[1]. */
  add(t: number, a: number, b: number, sums: Int32Array): void {
    const i = a + SMALL_OFFSET, j = b + SMALL_OFFSET;
    const { features, model } = this;
    if (i < 0 || i >= SMALL_VALUES || j < 0 || j >= SMALL_VALUES) {
      features[0] = this.pairs ? key2(this.templates[t]!, a, b) : key1(this.templates[t]!, a);
      model.addMargins(features, 1, sums, 0);
      return;
    }
    const slot = this.pairs ? (t * SMALL_VALUES + i) * SMALL_VALUES + j : t * SMALL_VALUES + i;
    const m = this.margins;
    if (this.known[slot] === 0) {
      features[0] = this.pairs ? key2(this.templates[t]!, a, b) : key1(this.templates[t]!, a);
      model.addMargins(features, 1, m, slot * 2);
      this.known[slot] = 1;
    }
    sums[0] = sums[0]! + m[slot * 2]!;
    sums[1] = sums[1]! + m[slot * 2 + 1]!;
  }
}

/** Per-sentence margins of the role features, kept margins of small values, then the steps' own features. */
export class RoleMargins {
  private margins = new Int32Array(0);
  private childMargins = new Int32Array(0);
  private childKnown = new Uint8Array(0);
  private stride = 0;
  private readonly features = new Int32Array(128);
  /** The role features of a sentence, and where each one's margins go. */
  private batch = new Int32Array(0);
  private batchAt = new Int32Array(0);
  private readonly sums = new Int32Array(2);
  private readonly values = new Int32Array(2 * TAG_PAIR_TEMPLATES.length);
  private readonly labelled = new Int32Array(CHILD_LABEL_TEMPLATES.length);
  private readonly labels: SmallValueMargins;
  private readonly tagPairs: SmallValueMargins;

  constructor(private readonly model: TransitionModel) {
    this.labels = new SmallValueMargins(model, CHILD_LABEL_TEMPLATES, false);
    this.tagPairs = new SmallValueMargins(model, TAG_PAIR_TEMPLATES, true);
  }

  /** Sums, for each role and each item (-1: none, 0: root, words 1..n), the margins of its role features. */
  prepare(input: ParseInput): void {
    this.stride = input.n + 2;
    const length = (ROLES * this.stride + 1) * 2;
    if (this.margins.length < length) this.margins = new Int32Array(length);
    this.margins.fill(0, 0, length);
    const children = CHILD_ROLES * this.stride;
    if (this.childKnown.length < children) {
      this.childKnown = new Uint8Array(children);
      this.childMargins = new Int32Array(children * 2);
    }
    this.childKnown.fill(0, 0, children);
    // Every role feature of the sentence in one batch, each with where its margins go.
    const most = ROLES * this.stride * ROLE_FEATURES + 1;
    if (this.batch.length < most) {
      this.batch = new Int32Array(most);
      this.batchAt = new Int32Array(most);
    }
    const { batch, batchAt } = this;
    let count = 0;
    for (let role = 0; role < ROLES; role++) {
      for (let item = -1; item <= input.n; item++) {
        const from = count;
        count = roleFeatures(input, role, item, batch, count);
        batchAt.fill(this.at(role, item), from, count);
      }
    }
    count = biasFeature(batch, count);
    batchAt[count - 1] = ROLES * this.stride * 2;
    this.model.addMarginsEach(batch, count, batchAt, this.margins);
  }

  /** The best legal transition in `st` (first one on ties), as scoring all its features would pick. */
  bestAction(st: ParseState, input: ParseInput): number {
    const sums = this.stepMargins(st, input);
    // SHIFT scores 0, LEFT sums[0], RIGHT sums[1] (see TransitionModel.score).
    let best = -1;
    let bestScore = -Infinity;
    for (let a = 0; a < ACTIONS; a++) {
      const score = a === SHIFT ? 0 : a === LEFT ? sums[0]! : sums[1]!;
      if (score > bestScore && st.canApply(a)) {
        bestScore = score;
        best = a;
      }
    }
    return best;
  }

  /** LEFT and RIGHT margins over SHIFT of all of `st`'s transition features (valid until the next call). */
  stepMargins(st: ParseState, input: ParseInput): Int32Array {
    const { margins, sums } = this;
    const s0 = st.stackAt(0), s1 = st.stackAt(1), b0 = st.bufferAt(0);
    const bias = ROLES * this.stride * 2;
    sums[0] = margins[bias]!;
    sums[1] = margins[bias + 1]!;
    this.add(S0, s0);
    this.add(S1, s1);
    this.add(S2, st.stackAt(2));
    this.add(B0, b0);
    this.add(B1, st.bufferAt(1));
    this.add(B2, st.bufferAt(2));
    this.add(B0_TAGS, b0);
    this.addChild(input, S0L, s0 >= 0 ? st.left1[s0]! : -1);
    this.addChild(input, S0R, s0 >= 0 ? st.right1[s0]! : -1);
    this.addChild(input, B0L, b0 >= 0 ? st.left1[b0]! : -1);
    this.addChild(input, S1R, s1 >= 0 ? st.right1[s1]! : -1);
    this.addChild(input, S0L2, s0 >= 0 ? st.left2[s0]! : -1);
    this.addChild(input, S0R2, s0 >= 0 ? st.right2[s0]! : -1);
    this.addChild(input, B0L2, b0 >= 0 ? st.left2[b0]! : -1);
    const { labelled, values } = this;
    childLabelItems(st, s0, s1, b0, labelled);
    for (let t = 0; t < labelled.length; t++) {
      const item = labelled[t]!;
      this.labels.add(t, item < 0 ? NONE : st.labels[item]!, 0, sums);
    }
    tagPairValues(st, input, s0, s1, b0, values);
    for (let t = 0; t < TAG_PAIR_TEMPLATES.length; t++) this.tagPairs.add(t, values[2 * t]!, values[2 * t + 1]!, sums);
    this.model.addMargins(this.features, hashedStepFeatures(st, input, this.features), sums, 0);
    return sums;
  }

  private at(role: number, item: number): number {
    return (role * this.stride + item + 1) * 2;
  }

  private add(role: number, item: number): void {
    const i = this.at(role, item);
    this.sums[0] = this.sums[0]! + this.margins[i]!;
    this.sums[1] = this.sums[1]! + this.margins[i + 1]!;
  }

  /** Adds the margins of `item` as the dependent `role` names, finding them the first time in the sentence. */
  private addChild(input: ParseInput, role: number, item: number): void {
    const slot = role * this.stride + item + 1;
    const m = this.childMargins;
    if (this.childKnown[slot] === 0) {
      m[slot * 2] = 0;
      m[slot * 2 + 1] = 0;
      this.model.addMargins(this.features, childRoleFeatures(input, role, item, this.features, 0), m, slot * 2);
      this.childKnown[slot] = 1;
    }
    this.sums[0] = this.sums[0]! + m[slot * 2]!;
    this.sums[1] = this.sums[1]! + m[slot * 2 + 1]!;
  }
}
