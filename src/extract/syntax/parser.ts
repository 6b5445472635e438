import { ACTIONS, LEFT, ParseState, RIGHT, SHIFT } from './arcHybrid';
import { bestClass, type Scorer } from './linearModel';
import type { GroupedRows } from './groupedRows';
import { actionFeatures, labelFeatures, labelTagPairValue, type ParseInput } from './parserFeatures';
import type { AveragedPerceptron } from './perceptron';
import type { RoleMargins } from './roleMargins';

export interface ParserScorers {
  action: Scorer;
  label: Scorer;
  /** Label id of `root`, the only label an arc from the root gets. */
  rootLabel: number;
  /** Beam width (absent or 1: greedy; wider needs a scorer giving whole scores, not margins). */
  beam?: number;
  /** Shipped label weights with the tag-pair features summed once per tag pair (same scores as `label`). */
  labelByTagPair?: { rows: GroupedRows; tagClasses: number; values: Int32Array };
  /** Shipped greedy transition weights with the role features summed once per sentence (same choices as `action`). */
  actionByRole?: RoleMargins;
}

export interface ParsedTree {
  /** heads[i] for word i (1-based, heads[0] unused), 0 = root. */
  heads: Int32Array;
  labels: Int32Array;
}

export const FEATURE_ROOM = 128;

function labelArc(scorers: ParserScorers, st: ParseState, input: ParseInput, head: number, dep: number, buf: Buffers): number {
  return chooseLabel(scorers, st, input, head, dep, buf.labelFeatures, buf.labelScores);
}

/** The label of the arc head → dependent in state `st`: root from the root, else the best other label. */
export function chooseLabel(
  scorers: ParserScorers, st: ParseState, input: ParseInput, head: number, dep: number, features: Int32Array, scores: Float32Array,
): number {
  if (head === 0) return scorers.rootLabel;
  const n = labelFeatures(st, input, head, dep, features);
  const grouped = scorers.labelByTagPair;
  if (grouped) {
    grouped.values[0] = labelTagPairValue(input, head, dep, grouped.tagClasses);
    return grouped.rows.best(features, n, grouped.values, scorers.rootLabel);
  }
  scorers.label.score(features, n, scores);
  // The best label other than root (first one on ties).
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < scorers.label.classes; k++) {
    if (k !== scorers.rootLabel && scores[k]! > bestScore) {
      bestScore = scores[k]!;
      best = k;
    }
  }
  return best;
}

/** The best legal transition (first one on ties). */
function bestLegal(st: ParseState, scores: Float32Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let a = 0; a < ACTIONS; a++) {
    if (scores[a]! > bestScore && st.canApply(a)) {
      bestScore = scores[a]!;
      best = a;
    }
  }
  return best;
}

/** The one legal transition when there is no choice (only the root on the stack, or the buffer empty). */
function onlyLegal(st: ParseState): number {
  if (st.depth === 1) return SHIFT;
  if (st.buffer > st.n) return RIGHT;
  return -1;
}

function scoredAction(scorers: ParserScorers, st: ParseState, input: ParseInput, buf: Buffers): number {
  const n = actionFeatures(st, input, buf.actionFeatures);
  scorers.action.score(buf.actionFeatures, n, buf.actionScores);
  return bestLegal(st, buf.actionScores);
}

interface Buffers {
  actionFeatures: Int32Array;
  actionScores: Float32Array;
  labelFeatures: Int32Array;
  labelScores: Float32Array;
}

function buffers(labels: number): Buffers {
  return {
    actionFeatures: new Int32Array(FEATURE_ROOM),
    actionScores: new Float32Array(ACTIONS),
    labelFeatures: new Int32Array(FEATURE_ROOM),
    labelScores: new Float32Array(labels),
  };
}

const parseBuffers = new WeakMap<ParserScorers, Buffers>();

/**
 * Greedy parse: the best legal transition at each step. `st`, when given, is a start state of the
 * sentence to parse in (the tree returned is its arrays).
 */
export function parseWords(scorers: ParserScorers, input: ParseInput, st = new ParseState(input.n)): ParsedTree {
  let buf = parseBuffers.get(scorers);
  if (!buf) parseBuffers.set(scorers, (buf = buffers(scorers.label.classes)));
  const byRole = scorers.actionByRole;
  byRole?.prepare(input);
  while (!st.done()) {
    let action = onlyLegal(st);
    if (action < 0) action = byRole ? byRole.bestAction(st, input) : scoredAction(scorers, st, input, buf);
    let label = -1;
    if (action !== SHIFT) {
      const dep = st.stackAt(0);
      const head = action === LEFT ? st.bufferAt(0) : st.stackAt(1);
      label = labelArc(scorers, st, input, head, dep, buf);
    }
    st.apply(action, label);
  }
  return { heads: st.heads, labels: st.labels };
}

export interface TrainingParser {
  action: AveragedPerceptron;
  label: AveragedPerceptron;
  rootLabel: number;
}

/**
 * One training pass over a sentence with the dynamic oracle: the model is updated whenever its best
 * transition loses more gold arcs than the best it could have made; with `explore` it then follows
 * its own choice (learning to recover from its mistakes), otherwise the best correct one.
 */
export function trainOnSentence(
  model: TrainingParser,
  input: ParseInput,
  goldHeads: Int32Array,
  goldLabels: Int32Array,
  explore: () => boolean,
): void {
  const st = new ParseState(input.n);
  const buf = buffers(model.label.classes);
  const costs = new Int32Array(ACTIONS);
  while (!st.done()) {
    const n = actionFeatures(st, input, buf.actionFeatures);
    model.action.score(buf.actionFeatures, n, buf.actionScores);
    let minCost = Infinity;
    for (let a = 0; a < ACTIONS; a++) {
      costs[a] = st.canApply(a) ? st.cost(a, goldHeads) : 1 << 20;
      if (costs[a]! < minCost) minCost = costs[a]!;
    }
    const predicted = bestClass(buf.actionScores, ACTIONS, (a) => st.canApply(a));
    const best = bestClass(buf.actionScores, ACTIONS, (a) => costs[a] === minCost);
    if (costs[predicted] !== minCost) model.action.update(buf.actionFeatures, n, best, predicted);
    model.action.tick();
    const action = costs[predicted] !== minCost && explore() ? predicted : best;
    let label = -1;
    if (action !== SHIFT) {
      const [head, dep] = st.arcOf(action);
      label = labelArc(model, st, input, head, dep, buf);
      if (head !== 0 && goldHeads[dep] === head) {
        const nl = labelFeatures(st, input, head, dep, buf.labelFeatures);
        model.label.update(buf.labelFeatures, nl, goldLabels[dep]!, label);
        model.label.tick();
        label = goldLabels[dep]!;
      }
    }
    st.apply(action, label);
  }
}
