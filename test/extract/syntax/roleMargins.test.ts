// The greedy parser sums most transition features from kept margins (per sentence and item, per
// label, per pair of small values) and hashes the rest: at every step of real parses the LEFT and
// RIGHT margins must be exactly those of looking up all of actionFeatures' features one by one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SYNTAX_MODEL_PATH } from '../../../src/cli/syntaxModelFile';
import { readConlluFile } from '../../../src/cli/treebankFiles';
import { ACTIONS, ParseState, SHIFT } from '../../../src/extract/syntax/arcHybrid';
import { syntaxModelFromTables } from '../../../src/extract/syntax/loadSyntaxModel';
import { decodeModel } from '../../../src/extract/syntax/modelFormat';
import { chooseLabel, FEATURE_ROOM } from '../../../src/extract/syntax/parser';
import { actionFeatures, ACTION_FEATURES } from '../../../src/extract/syntax/parserFeatures';
import { parseInputOf, uposOfTagClasses } from '../../../src/extract/syntax/syntaxModel';
import { TransitionModel } from '../../../src/extract/syntax/transitionModel';

const tables = decodeModel(new Uint8Array(gunzipSync(readFileSync(SYNTAX_MODEL_PATH))));
const model = syntaxModelFromTables(tables);
const plain = new TransitionModel(tables.action);
const tagUpos = uposOfTagClasses(tables.header.inventory.tagClasses);

const WRITTEN = [
  'Officials in Kabul said on Tuesday that the talks , which began in Doha , would resume next week .',
  'Kenya and Uganda signed a trade deal , while Tanzania , Rwanda and Burundi watched .',
  '" We will not accept this , " the minister told reporters in the capital after the vote .',
  'Who ordered the strike ?',
  'Ukraine',
];
const DEV = ['../shared', '../../shared']
  .map((up) => join(process.cwd(), up, 'treebanks', 'UD_English-EWT', 'en_ewt-ud-dev.conllu'))
  .find((path) => existsSync(path));

/** Steps of one greedy parse where the margins of the kept sums and of all features differ. */
function differingSteps(forms: string[]): number {
  const words = model.hashForms(forms);
  const input = parseInputOf(words, model.tagHashed(words), tagUpos);
  const byRole = model.parser.actionByRole!;
  byRole.prepare(input);
  const st = new ParseState(input.n);
  const features = new Int32Array(FEATURE_ROOM);
  const scores = new Float32Array(ACTIONS);
  const labelScores = new Float32Array(model.parser.label.classes);
  let differing = 0;
  let steps = 0;
  while (!st.done()) {
    const count = actionFeatures(st, input, features);
    expect(count).toBe(ACTION_FEATURES);
    plain.score(features, count, scores);
    const kept = byRole.stepMargins(st, input);
    if (kept[0] !== scores[1] || kept[1] !== scores[2]) differing++;
    const action = byRole.bestAction(st, input);
    let label = -1;
    if (action !== SHIFT) {
      const [head, dep] = st.arcOf(action);
      label = chooseLabel(model.parser, st, input, head, dep, features, labelScores);
    }
    st.apply(action, label);
    steps++;
  }
  expect(steps).toBe(2 * forms.length);
  return differing;
}

describe('RoleMargins', () => {
  it('gives the margins of all transition features at every step of written sentences', () => {
    for (const sentence of WRITTEN) expect(differingSteps(sentence.split(' '))).toBe(0);
  });

  it.skipIf(!DEV)('gives them at every step of 300 EWT dev sentences', () => {
    const sentences = readConlluFile(DEV!).slice(0, 300);
    let differing = 0;
    for (const s of sentences) differing += differingSteps(s.tokens.map((t) => t.form));
    expect(differing).toBe(0);
  }, 60_000);
});
