// npm run parse -- "A sentence." | --conllu FILE [--eval] [--model FILE] [--beam N]
// Prints the parser's trees as CoNLL-U: for text, as our sentence splitter cuts it; for a CoNLL-U
// file, re-parsing its sentences with its own tokens; with --eval, UPOS accuracy, UAS and LAS
// against the file's trees instead (punctuation excluded from UAS and LAS). --beam overrides the
// model's beam width (1: greedy).
import { writeConllu, type UdSentence } from '../extract/syntax/conllu';
import { formatScores, scoreAnalyses } from '../extract/syntax/evaluate';
import { parseSentenceTokens } from '../extract/syntax/parseTokens';
import type { AnalysedWord, SyntaxModel } from '../extract/syntax/syntaxModel';
import { tokenize } from '../extract/tokenize';
import { loadSyntaxModelFile, SYNTAX_MODEL_PATH } from './syntaxModelFile';
import { readConlluFile } from './treebankFiles';

function asSentence(words: readonly AnalysedWord[], comments: string[]): UdSentence {
  return {
    comments,
    tokens: words.map((w) => ({ form: w.form, lemma: '_', upos: w.upos, xpos: w.xpos, feats: '_', head: w.head, deprel: w.deprel, misc: '_' })),
  };
}

function parseText(model: SyntaxModel, text: string): UdSentence[] {
  const { tokens, sentences } = tokenize(text);
  return sentences.map((s) => asSentence(parseSentenceTokens(model, tokens, s), [`text = ${text.slice(s.start, s.end)}`]));
}

async function main(): Promise<void> {
  // Piped into head or less: stop quietly when the reader goes away.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const args = process.argv.slice(2);
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const modelPath = take('--model') ?? SYNTAX_MODEL_PATH;
  const conllu = take('--conllu');
  const beam = take('--beam');
  const evaluate = args.includes('--eval');
  const text = args.filter((a) => a !== '--eval').join(' ');
  if (!conllu && text.trim() === '') {
    console.error('usage: npm run parse -- "sentence" | --conllu FILE [--eval] [--model FILE] [--beam N]');
    process.exit(2);
  }
  const model = await loadSyntaxModelFile(modelPath, beam === undefined ? {} : { beam: Number(beam) });
  if (!conllu) {
    process.stdout.write(writeConllu(parseText(model, text)));
    return;
  }
  const gold = readConlluFile(conllu);
  const analyses = gold.map((s) => model.analyse(s.tokens.map((t) => t.form)));
  if (evaluate) console.log(formatScores(conllu, scoreAnalyses(gold, analyses)));
  else process.stdout.write(writeConllu(analyses.map((a, i) => asSentence(a, gold[i]!.comments))));
}

await main();
