// Beam search over arc-hybrid transitions (Zhang & Clark 2008): every hypothesis in the beam is
// expanded by each legal transition, and the `width` best by total score are kept. Every parse of
// n words takes exactly 2n transitions, so hypotheses of one step are comparable.
import { ACTIONS, ParseState, SHIFT } from './arcHybrid';
import type { Scorer } from './linearModel';
import { actionFeatures, type ParseInput } from './parserFeatures';

/** One hypothesis: a parser state, its score and the transitions that led to it. */
export class BeamItem {
  readonly state: ParseState;
  score = 0;
  steps = 0;
  /** Transition and arc label (-1 for SHIFT) of each step so far. */
  readonly actions: Int32Array;
  readonly arcLabels: Int32Array;
  /** Whether every transition so far is the one the gold path took (training). */
  onGold = true;

  constructor(n: number) {
    this.state = new ParseState(n);
    this.actions = new Int32Array(2 * n);
    this.arcLabels = new Int32Array(2 * n);
  }

  copyFrom(other: BeamItem): void {
    this.state.copyFrom(other.state);
    this.score = other.score;
    this.steps = other.steps;
    this.actions.set(other.actions);
    this.arcLabels.set(other.arcLabels);
    this.onGold = other.onGold;
  }

  /** Applies a transition and records it; `label` is the arc's label (ignored for SHIFT). */
  advance(action: number, label: number): void {
    this.state.apply(action, label);
    this.actions[this.steps] = action;
    this.arcLabels[this.steps] = action === SHIFT ? -1 : label;
    this.steps++;
  }
}

/** Label of the arc head → dependent made from `state` (training gives gold arcs their gold label). */
export type ArcLabeller = (state: ParseState, head: number, dependent: number) => number;

export class Beam {
  private items: BeamItem[];
  private spare: BeamItem[];
  size = 1;
  private readonly features = new Int32Array(128);
  private readonly scores = new Float32Array(ACTIONS);
  private readonly candidateScore: Float64Array;
  private readonly order: Int32Array;

  constructor(
    readonly n: number,
    readonly width: number,
  ) {
    this.items = Array.from({ length: width }, () => new BeamItem(n));
    this.spare = Array.from({ length: width }, () => new BeamItem(n));
    this.candidateScore = new Float64Array(width * ACTIONS);
    this.order = new Int32Array(width * ACTIONS);
  }

  /** The highest-scoring hypothesis (the first kept on ties). */
  best(): BeamItem {
    return this.items[0]!;
  }

  containsGold(): boolean {
    for (let i = 0; i < this.size; i++) if (this.items[i]!.onGold) return true;
    return false;
  }

  done(): boolean {
    return this.items[0]!.state.done();
  }

  /**
   * Expands every hypothesis by its legal transitions and keeps the `width` best (ties: earlier
   * hypothesis, then SHIFT, LEFT, RIGHT). `goldAction` marks which successors stay on the gold path.
   */
  step(scorer: Scorer, input: ParseInput, labeller: ArcLabeller, goldAction = -1): void {
    const { candidateScore, order, scores, features } = this;
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      const item = this.items[i]!;
      const st = item.state;
      scorer.score(features, actionFeatures(st, input, features), scores);
      for (let a = 0; a < ACTIONS; a++) {
        if (!st.canApply(a)) continue;
        const c = i * ACTIONS + a;
        candidateScore[c] = item.score + scores[a]!;
        // Insertion into `order`, best first; candidates come in tie-break order already.
        let j = count++;
        while (j > 0 && candidateScore[order[j - 1]!]! < candidateScore[c]!) {
          order[j] = order[j - 1]!;
          j--;
        }
        order[j] = c;
      }
    }
    const kept = Math.min(this.width, count);
    for (let j = 0; j < kept; j++) {
      const c = order[j]!;
      const parent = this.items[(c / ACTIONS) | 0]!;
      const action = c % ACTIONS;
      let label = -1;
      if (action !== SHIFT) {
        const [head, dependent] = parent.state.arcOf(action);
        label = labeller(parent.state, head, dependent);
      }
      const next = this.spare[j]!;
      next.copyFrom(parent);
      next.advance(action, label);
      next.score = candidateScore[c]!;
      next.onGold = parent.onGold && action === goldAction;
    }
    [this.items, this.spare] = [this.spare, this.items];
    this.size = kept;
  }
}
