// Output identity before/after (issue 17): a change meant only to make extraction faster must give
// the same bytes. Runs this tree's code and a baseline tree's code (another commit exported beside
// this one, as for extractionBeforeAfter) on every benchmark set with the syntax model, and the
// parsers alone on the treebank, and compares the full JSON of each. Exits 1 when any differs. Usage:
//   git archive <commit> src data bench package.json tsconfig.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
//   EXTRACTION_BASELINE=/tmp/base npm run bench -- extractionOutputs
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSyntaxModelFile } from '../src/cli/syntaxModelFile';
import { loadBaseline } from './baselineTree';
import { generateArticles } from '../src/cli/synthetic/textCorpus';
import { readConlluFile } from '../src/cli/treebankFiles';
import { defaultResources } from '../src/extract/defaultResources';
import type { InputFile } from '../src/extract/documentIds';
import { extractCorpus } from '../src/extract/extractCorpus';
import { readPloverRecords, recordFile } from '../src/score/ploverRecords';

const before = await loadBaseline('bench/extractionOutputs.ts');
const baseModel = before.readSyntaxModelFile();
const ownModel = readSyntaxModelFile();
const baseResources = { ...before.defaultResources(), syntax: baseModel };
const ownResources = { ...defaultResources(), syntax: ownModel };

const markdownIn = (folder: string): InputFile[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => n.endsWith('.md'))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))
    : [];
const generated = generateArticles(100, 700, 7);
const sets: [name: string, files: InputFile[]][] = [
  ['seeds', markdownIn('data/articles')],
  ['wire', markdownIn('test/gold/heldout/articles')],
  ['dev', markdownIn('test/gold/news/dev')],
  ['test', markdownIn('test/gold/news/test')],
  ['plover', readPloverRecords('test/gold/plover/records.jsonl').map(recordFile)],
  ['generated 1x', generated],
  ['generated 1x as one document', [{ name: 'one-big.md', text: `---\ntitle: One long document\npublished: 2025-06-01\n---\n${generated.map((a) => a.text.split('---\n')[2]).join('\n')}` }]],
];

const md5 = (text: string) => createHash('md5').update(text).digest('hex').slice(0, 12);
let differs = 0;
const row = (name: string, size: string, a: string, b: string) => {
  if (a !== b) differs++;
  console.log(`| ${name} | ${size} | ${a.length} | ${md5(a)} | ${md5(b)} | ${a === b ? 'yes' : 'NO'} |`);
};
console.log(`Output identity — baseline ${before.dir} against this tree, with the syntax model\n`);
console.log('| set | input | JSON bytes | baseline md5 | this tree md5 | identical |');
console.log('| --- | ---: | ---: | --- | --- | --- |');
for (const [name, files] of sets) {
  row(name, `${files.length} documents`, JSON.stringify(before.extractCorpus(files, baseResources)), JSON.stringify(extractCorpus(files, ownResources)));
}
// Tags, heads and labels of the parser alone on the treebank's sentences (gold tokens).
for (const split of ['dev', 'test']) {
  const path = ['../shared', '../../shared'].map((up) => join(up, `treebanks/UD_English-EWT/en_ewt-ud-${split}.conllu`)).find(existsSync);
  if (!path) continue;
  const sentences = readConlluFile(path).map((s) => s.tokens.map((t) => t.form));
  row(`EWT ${split}, parser alone`, `${sentences.length} sentences`, JSON.stringify(sentences.map((s) => baseModel.analyse(s))), JSON.stringify(sentences.map((s) => ownModel.analyse(s))));
}
if (differs > 0) {
  console.log(`\n${differs} output(s) differ.`);
  process.exit(1);
}
