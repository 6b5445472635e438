// Parser before/after (issue 15): tag + parse of the same text by this tree's code and by a baseline
// tree's code (another commit exported beside this one), timed in alternation in one process so both
// see the same machine load; also checks that both give the same analyses. Usage:
//   git archive <commit> src data package.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
//   PARSER_BASELINE=/tmp/base npm run bench -- parserBeforeAfter
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSyntaxModelFile } from '../src/cli/syntaxModelFile';
import { readConlluFile } from '../src/cli/treebankFiles';
import { udWordsOf } from '../src/extract/syntax/udWords';
import { tokenize } from '../src/extract/tokenize';

interface Analyser {
  analyse(forms: readonly string[]): unknown[];
}

const baseline = process.env.PARSER_BASELINE;
if (!baseline || !existsSync(join(baseline, 'src/cli/syntaxModelFile.ts'))) {
  console.log('Skipped: set PARSER_BASELINE to a source tree of the commit to compare with (see bench/parserBeforeAfter.ts).');
  process.exit(0);
}
const baselineModule = (await import(pathToFileURL(resolve(baseline, 'src/cli/syntaxModelFile.ts')).href)) as {
  readSyntaxModelFile: () => Analyser;
};
const sides: [name: string, model: Analyser][] = [
  [`baseline (${baseline})`, baselineModule.readSyntaxModelFile()],
  ['this tree', readSyntaxModelFile()],
];

// The parser benchmark's text: seed and held-out news articles, split by our sentence splitter, 4 copies.
const news = ['data/articles', 'test/gold/heldout/articles'].flatMap((folder) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .flatMap((n) => {
      const { tokens, sentences } = tokenize(readFileSync(join(folder, n), 'utf8').split('---\n').slice(2).join('---\n'));
      return sentences.map((s) => udWordsOf(tokens.slice(s.firstToken, s.endToken).map((t) => t.text)).words);
    }),
);
const texts: [name: string, sentences: string[][]][] = [['real news × 4', Array.from({ length: 4 }, () => news).flat()]];
const dev = ['../shared', '../../shared'].map((up) => join(up, 'treebanks/UD_English-EWT/en_ewt-ud-dev.conllu')).find(existsSync);
if (dev) texts.push(['EWT dev', readConlluFile(dev).map((s) => s.tokens.map((t) => t.form))]);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ROUNDS = Number(process.env.PARSER_ROUNDS ?? 15);

console.log(`Tag + parse, CPU ms of one core, ${ROUNDS} rounds alternating baseline and this tree (median; best in brackets)\n`);
console.log('| text | words | code | CPU ms median (best) | words/s (median CPU) | same analyses |');
console.log('| --- | ---: | --- | ---: | ---: | --- |');
for (const [textName, sentences] of texts) {
  const words = sentences.reduce((n, s) => n + s.length, 0);
  const outputs = sides.map(([, model]) => JSON.stringify(sentences.map((s) => model.analyse(s))));
  const same = outputs.every((o) => o === outputs[0]);
  const times = sides.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    sides.forEach(([, model], i) => {
      const c0 = cpuMs();
      for (const s of sentences) model.analyse(s);
      times[i]!.push(cpuMs() - c0);
    });
  }
  sides.forEach(([name], i) => {
    const m = median(times[i]!);
    console.log(`| ${textName} | ${words} | ${name} | ${m.toFixed(0)} (${Math.min(...times[i]!).toFixed(0)}) | ${Math.round((words / m) * 1000)} | ${same ? 'yes' : 'NO'} |`);
  });
}
