// Beam-search parsing and its global training: a structured perceptron with max-violation updates
// (Huang, Fayong & Guo 2012) over whole transition sequences, the labeller trained on the gold path.
import { ACTIONS, ParseState, SHIFT } from './arcHybrid';
import { Beam, BeamItem, type ArcLabeller } from './beamSearch';
import { chooseLabel, FEATURE_ROOM, type ParsedTree, type ParserScorers, type TrainingParser } from './parser';
import { actionFeatures, labelFeatures, type ParseInput } from './parserFeatures';
import type { AveragedPerceptron } from './perceptron';

/** Parse with a beam of `width` hypotheses (width 1 is greedy search). */
export function parseWordsWithBeam(scorers: ParserScorers, input: ParseInput, width: number): ParsedTree {
  const beam = new Beam(input.n, width);
  const features = new Int32Array(FEATURE_ROOM);
  const scores = new Float32Array(scorers.label.classes);
  const labeller: ArcLabeller = (st, head, dep) => chooseLabel(scorers, st, input, head, dep, features, scores);
  while (!beam.done()) beam.step(scorers.action, input, labeller);
  const st = beam.best().state;
  return { heads: st.heads, labels: st.labels };
}

/** Adds `delta` to the weight of each step's transition for the features of the state before it. */
function replay(model: AveragedPerceptron, input: ParseInput, item: BeamItem, steps: number, delta: number, features: Int32Array): void {
  const st = new ParseState(input.n);
  for (let t = 0; t < steps; t++) {
    const action = item.actions[t]!;
    model.adjust(features, actionFeatures(st, input, features), action, delta);
    st.apply(action, item.arcLabels[t]!);
  }
}

/** Among the transitions that lose fewest gold arcs, the one the model prefers (first on ties). */
function oracleAction(st: ParseState, scores: Float32Array, goldHeads: Int32Array): number {
  let best = -1;
  let bestCost = Infinity;
  for (let a = 0; a < ACTIONS; a++) {
    if (!st.canApply(a)) continue;
    const cost = st.cost(a, goldHeads);
    if (cost < bestCost || (cost === bestCost && scores[a]! > scores[best]!)) {
      bestCost = cost;
      best = a;
    }
  }
  return best;
}

/**
 * One structured-perceptron step on a sentence: the beam and the gold path (the lowest-cost
 * transitions, which is the gold tree when it is projective) advance together; where the beam's best
 * outscores the gold prefix by most while the gold path is out of the beam (or at the end, when
 * another parse wins), the gold prefix's transitions are rewarded and the best prefix's penalised.
 */
export function trainOnSentenceWithBeam(
  model: TrainingParser, input: ParseInput, goldHeads: Int32Array, goldLabels: Int32Array, width: number,
): void {
  const n = input.n;
  const beam = new Beam(n, width);
  const gold = new BeamItem(n);
  const violator = new BeamItem(n);
  const features = new Int32Array(FEATURE_ROOM);
  const actionScores = new Float32Array(ACTIONS);
  const labelScores = new Float32Array(model.label.classes);
  const labeller: ArcLabeller = (st, head, dep) =>
    head === goldHeads[dep] ? goldLabels[dep]! : chooseLabel(model, st, input, head, dep, features, labelScores);
  let worst = -1;
  let violationSteps = 0;
  for (let t = 0; t < 2 * n; t++) {
    const st = gold.state;
    model.action.score(features, actionFeatures(st, input, features), actionScores);
    const action = oracleAction(st, actionScores, goldHeads);
    const score = gold.score + actionScores[action]!;
    beam.step(model.action, input, labeller, action);
    let label = -1;
    if (action !== SHIFT) {
      const [head, dep] = st.arcOf(action);
      label = labeller(st, head, dep);
      if (head !== 0 && head === goldHeads[dep]) trainLabel(model, st, input, head, dep, goldLabels[dep]!, features, labelScores);
    }
    gold.advance(action, label);
    gold.score = score;
    const top = beam.best();
    if (beam.containsGold() && (t < 2 * n - 1 || top.onGold)) continue;
    const violation = top.score - gold.score;
    if (violation >= worst) {
      worst = violation;
      violationSteps = t + 1;
      violator.copyFrom(top);
    }
  }
  if (violationSteps > 0) {
    replay(model.action, input, gold, violationSteps, 1, features);
    replay(model.action, input, violator, violationSteps, -1, features);
  }
  model.action.tick();
}

function trainLabel(
  model: TrainingParser, st: ParseState, input: ParseInput, head: number, dep: number, truth: number, features: Int32Array, scores: Float32Array,
): void {
  const guess = chooseLabel(model, st, input, head, dep, features, scores);
  model.label.update(features, labelFeatures(st, input, head, dep, features), truth, guess);
  model.label.tick();
}
