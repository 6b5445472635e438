// Greedy parsing with the packed transition weights: a fifth of the transition features are read
// from one stack or buffer item alone (its word and tag; see roleFeatures). Each word takes each
// role at several steps, so their margins are summed once per sentence, word by word, and a step
// adds six of those sums to the margins of its other features. The margins are integers, so every
// step scores exactly as with all features looked up one by one.
import { ACTIONS, LEFT, type ParseState, SHIFT } from './arcHybrid';
import { B0, B0_TAGS, B1, B2, biasFeature, combinedFeatures, type ParseInput, ROLES, roleFeatures, S0, S1, S2 } from './parserFeatures';
import type { TransitionModel } from './transitionModel';

/** Per-sentence margins of the role features, then the steps' own features. */
export class RoleMargins {
  private margins = new Int32Array(0);
  private stride = 0;
  private readonly features = new Int32Array(128);
  private readonly sums = new Int32Array(2);

  constructor(private readonly model: TransitionModel) {}

  /** Sums, for each role and each item (-1: none, 0: root, words 1..n), the margins of its role features. */
  prepare(input: ParseInput): void {
    this.stride = input.n + 2;
    const length = (ROLES * this.stride + 1) * 2;
    if (this.margins.length < length) this.margins = new Int32Array(length);
    this.margins.fill(0, 0, length);
    const { features, model, margins } = this;
    for (let role = 0; role < ROLES; role++) {
      for (let item = -1; item <= input.n; item++) {
        model.addMargins(features, roleFeatures(input, role, item, features, 0), margins, this.at(role, item));
      }
    }
    model.addMargins(features, biasFeature(features, 0), margins, ROLES * this.stride * 2);
  }

  /** The best legal transition in `st` (first one on ties), as scoring all its features would pick. */
  bestAction(st: ParseState, input: ParseInput): number {
    const { margins, sums } = this;
    const b0 = st.bufferAt(0);
    const bias = ROLES * this.stride * 2;
    sums[0] = margins[bias]!;
    sums[1] = margins[bias + 1]!;
    this.add(S0, st.stackAt(0));
    this.add(S1, st.stackAt(1));
    this.add(S2, st.stackAt(2));
    this.add(B0, b0);
    this.add(B1, st.bufferAt(1));
    this.add(B2, st.bufferAt(2));
    this.add(B0_TAGS, b0);
    this.model.addMargins(this.features, combinedFeatures(st, input, this.features), sums, 0);
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

  private at(role: number, item: number): number {
    return (role * this.stride + item + 1) * 2;
  }

  private add(role: number, item: number): void {
    const i = this.at(role, item);
    this.sums[0] = this.sums[0]! + this.margins[i]!;
    this.sums[1] = this.sums[1]! + this.margins[i + 1]!;
  }
}
