// Measures tagger constraints on the treebanks (EWT dev, PUD; EWT test with --test): tag pairs
// (UPOS + Penn) a variant of the looser rules corrects and breaks against the first rule alone
// (--plain: against no constraint), and UPOS/UAS/LAS before and after.
//   TREEBANKS=../shared/treebanks npx tsx bench/parser/tagConstraints.ts '{"nounVerbMaxGap":300}' [--test] [--show] [--plain]
import { readSyntaxModelFile } from '../../src/cli/syntaxModelFile';
import { readConlluFile } from '../../src/cli/treebankFiles';
import { formatScores, scoreAnalyses } from '../../src/extract/syntax/evaluate';
import { PredicateConstraint, type PredicateOptions } from '../../src/extract/syntax/predicateConstraint';
import constraints from '../../data/taggerConstraints.json';

const T = process.env.TREEBANKS ?? '../shared/treebanks';
const sets: [string, string][] = [
  ['EWT dev', `${T}/UD_English-EWT/en_ewt-ud-dev.conllu`],
  ['PUD', `${T}/UD_English-PUD/en_pud-ud-test.conllu`],
];
if (process.argv.includes('--test')) sets.push(['EWT test', `${T}/UD_English-EWT/en_ewt-ud-test.conllu`]);
const show = process.argv.includes('--show');
const variant = JSON.parse(process.argv.slice(2).find((a) => a.startsWith('{')) ?? '{}') as PredicateOptions;
const model = readSyntaxModelFile();
const classes = model.inventory.tagClasses;
const base = process.argv.includes('--plain') ? undefined : new PredicateConstraint(classes, constraints.predicateMaxGap);
const changed = new PredicateConstraint(classes, constraints.predicateMaxGap, variant);

let fixed = 0;
let broken = 0;
let wrongBoth = 0;
for (const [name, path] of sets) {
  const gold = readConlluFile(path);
  const forms = gold.map((s) => s.tokens.map((t) => t.form));
  model.predicates = base;
  const before = forms.map((f) => model.analyse(f));
  model.predicates = changed;
  const after = forms.map((f) => model.analyse(f));
  let f0 = 0, b0 = 0, w0 = 0;
  gold.forEach((s, k) => {
    let diff = false;
    s.tokens.forEach((g, i) => {
      const b = before[k]![i]!, a = after[k]![i]!;
      if (b.upos === a.upos && b.xpos === a.xpos) return;
      diff = true;
      const bOk = b.upos === g.upos && b.xpos === g.xpos;
      const aOk = a.upos === g.upos && a.xpos === g.xpos;
      if (aOk && !bOk) f0++;
      else if (bOk && !aOk) b0++;
      else w0++;
    });
    if (diff && show) {
      console.log(`  ${name}: ${s.tokens.map((g, i) => {
        const b = before[k]![i]!, a = after[k]![i]!;
        return b.xpos === a.xpos && b.upos === a.upos ? g.form : `${g.form}/${b.xpos}>${a.xpos}(${g.xpos})`;
      }).join(' ')}`);
    }
  });
  console.log(formatScores(`${name} before`, scoreAnalyses(gold, before)));
  console.log(formatScores(`${name} after `, scoreAnalyses(gold, after)));
  console.log(`${name}: fixed ${f0}, broken ${b0}, wrong both ways ${w0}`);
  fixed += f0; broken += b0; wrongBoth += w0;
}
console.log(`total: fixed ${fixed}, broken ${broken}, wrong both ways ${wrongBoth}`);
