// The loaded model's fast paths (feature groups summed once per tag pair, per pair of previous tags,
// per sentence and role) must choose exactly what scoring every feature one by one chooses: same
// tags, heads and labels. Checked on sentences written for this test and, when the treebanks are
// there (../shared/treebanks from the main checkout), on the first 400 sentences of EWT dev.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SYNTAX_MODEL_PATH } from '../../../src/cli/syntaxModelFile';
import { readConlluFile } from '../../../src/cli/treebankFiles';
import { syntaxModelFromTables } from '../../../src/extract/syntax/loadSyntaxModel';
import { decodeModel } from '../../../src/extract/syntax/modelFormat';
import { PackedModel } from '../../../src/extract/syntax/packedModel';
import { PredicateConstraint } from '../../../src/extract/syntax/predicateConstraint';
import { SyntaxModel } from '../../../src/extract/syntax/syntaxModel';
import { TransitionModel } from '../../../src/extract/syntax/transitionModel';

const tables = decodeModel(new Uint8Array(gunzipSync(readFileSync(SYNTAX_MODEL_PATH))));
const fast = syntaxModelFromTables(tables);
const plain = new SyntaxModel(tables.header.inventory, new PackedModel(tables.tagger), {
  action: new TransitionModel(tables.action),
  label: new PackedModel(tables.label),
  rootLabel: tables.header.inventory.labels.indexOf('root'),
});
// The predicate constraint reads the tagger's scores of every class: the same on both.
plain.predicates = new PredicateConstraint(tables.header.inventory.tagClasses, fast.predicates!.maxGap);

const WRITTEN = [
  'Chile’s foreign minister met her Bolivian counterpart in La Paz on Monday — the first visit since 2019.',
  'The talks, hosted by Norway, ended without a deal, officials in Oslo said.',
  '"We will not accept this," the spokesman for the Zürich-based federation told reporters.',
  'Protesters in Nairobi clashed with police after the 16% tax rise was approved by parliament.',
  'Vietnam and the Philippines signed a coast guard agreement, while China criticised the move.',
  'The court in The Hague ruled that Guyana’s claim over the Essequibo region was admissible.',
  'Neither the union nor the airline would comment on the strike, which began at 06:00 GMT.',
  'Mr. Ortega’s government expelled two U.S. diplomats and froze the assets of 26 NGOs.',
  'Who ordered the strike?',
  'Ukraine',
];
const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];

const DEV = ['../shared', '../../shared']
  .map((up) => join(process.cwd(), up, 'treebanks', 'UD_English-EWT', 'en_ewt-ud-dev.conllu'))
  .find((path) => existsSync(path));

describe('the loaded syntax model', () => {
  it('has its fast paths', () => {
    expect(fast.parser.actionByRole).toBeDefined();
    expect(fast.parser.labelByTagPair).toBeDefined();
  });

  it('tags and parses written sentences exactly as scoring every feature does', () => {
    for (const sentence of WRITTEN) {
      const forms = words(sentence);
      expect(forms.length).toBeGreaterThan(0);
      expect(fast.analyse(forms)).toEqual(plain.analyse(forms));
    }
  });

  it.skipIf(!DEV)('tags and parses EWT dev sentences exactly as scoring every feature does', () => {
    const sentences = readConlluFile(DEV!).slice(0, 400);
    let differing = 0;
    for (const s of sentences) {
      const forms = s.tokens.map((t) => t.form);
      if (JSON.stringify(fast.analyse(forms)) !== JSON.stringify(plain.analyse(forms))) differing++;
    }
    expect(differing).toBe(0);
  }, 60_000);
});
