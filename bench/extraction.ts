// Extraction throughput (one core) next to bare wink-nlp tagging, at 1x and 10x corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defaultResources } from '../src/extract/defaultResources';
import { extractCorpus } from '../src/extract/extractCorpus';
import { generateArticles, type GeneratedArticle } from '../src/cli/synthetic/textCorpus';
import { readSyntaxModelFile } from '../src/cli/syntaxModelFile';
import { time } from './cpuTiming';

const nlp = winkNLP(model);

function tagOnly(articles: GeneratedArticle[]): void {
  for (const a of articles) {
    const doc = nlp.readDoc(a.text);
    doc.tokens().out(nlp.its.pos);
    doc.tokens().out(nlp.its.lemma as unknown as ItsFunction<string>);
  }
}

const resources = defaultResources();
// The whole pipeline as the CLI runs it: every sentence tagged and parsed, roles read from the tree.
const withTrees = { ...resources, syntax: readSyntaxModelFile() };
const small = generateArticles(100, 700, 7);
const large = generateArticles(1000, 700, 7);
const wordsOf = (as: GeneratedArticle[]) => as.reduce((n, a) => n + a.words, 0);
const oneBig = [{ name: 'one-big.md', text: `---\ntitle: One long document\npublished: 2025-06-01\n---\n${small.map((a) => a.text.split('---\n')[2]).join('\n')}` }];

// Real news text: the seed and held-out articles, each copied 30 times under a new name.
const realFolders = ['data/articles', 'test/gold/heldout/articles'];
const real: GeneratedArticle[] = realFolders.flatMap((folder) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .map((n) => readFileSync(join(folder, n), 'utf8')),
).flatMap((text, i) =>
  Array.from({ length: 30 }, (_, k) => ({ name: `real-${i}-${k}.md`, text, words: text.split('---\n').slice(2).join('').split(/\s+/).filter(Boolean).length })),
);

// Warm up JIT and lazy model state.
extractCorpus(generateArticles(5, 300, 1), resources);
extractCorpus(generateArticles(5, 300, 1), withTrees);
tagOnly(generateArticles(5, 300, 1));

const rows: [string, number, { wall: number; cpu: number }][] = [];
const measure = (label: string, words: number, fn: () => void, runs: number) => {
  rows.push([label, words, time(fn, runs)]);
};
measure('wink-nlp tagging only, 1x', wordsOf(small), () => tagOnly(small), 5);
measure('full extraction, 1x (100 articles)', wordsOf(small), () => extractCorpus(small, resources), 5);
measure('full extraction with the parser, 1x', wordsOf(small), () => extractCorpus(small, withTrees), 3);
measure('wink-nlp tagging only, 10x', wordsOf(large), () => tagOnly(large), 3);
measure('full extraction, 10x (1000 articles)', wordsOf(large), () => extractCorpus(large, resources), 3);
measure('full extraction, 1x as one document', wordsOf(small), () => extractCorpus(oneBig, resources), 3);
measure(`wink-nlp tagging only, real news (${real.length} articles)`, wordsOf(real), () => tagOnly(real), 3);
measure(`full extraction, real news (${real.length} articles)`, wordsOf(real), () => extractCorpus(real, resources), 3);
measure(`full extraction with the parser, real news (${real.length} articles)`, wordsOf(real), () => extractCorpus(real, withTrees), 3);

const perSecond = (words: number, ms: number) => Math.round((words / ms) * 1000);
console.log(`Extraction benchmark — Node ${process.version}, one core, median of runs (wall time, and this process's CPU time)\n`);
console.log('| run | words | ms | words/s | CPU ms | words/s of CPU |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [label, words, t] of rows) console.log(`| ${label} | ${words} | ${t.wall.toFixed(0)} | ${perSecond(words, t.wall)} | ${t.cpu.toFixed(0)} | ${perSecond(words, t.cpu)} |`);
const [, w1, t1] = rows[1]!;
const [, w10, t10] = rows[4]!;
console.log(`\n10x text / 1x text: ${(w10 / w1).toFixed(2)}x words took ${(t10.wall / t1.wall).toFixed(2)}x time, ${(t10.cpu / t1.cpu).toFixed(2)}x CPU time (target <= 11x)`);
