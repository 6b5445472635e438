// UPOS accuracy on EWT test, wink-nlp beside our tagger, on the sentences where wink-nlp's tokens
// are UD's words (wink reads the words joined by spaces; where it splits them differently the
// sentence is left out for both), plus ours on every sentence.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConllu } from '../../src/extract/syntax/conllu';
import type { SyntaxModel } from '../../src/extract/syntax/syntaxModel';
import { PROJECT_ROOT } from '../../test/e2e/harness';

export interface UposComparison {
  sentences: number;
  aligned: number;
  words: number;
  wink: number;
  ours: number;
  oursAll: number;
}

export function ewtTestPath(): string | null {
  const candidates = ['../shared', '../../shared'].map((up) => join(PROJECT_ROOT, up, 'treebanks/UD_English-EWT/en_ewt-ud-test.conllu'));
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function compareUpos(syntax: SyntaxModel, path: string): UposComparison {
  const nlp = winkNLP(model);
  const gold = readConllu(readFileSync(path, 'utf8'));
  const result: UposComparison = { sentences: gold.length, aligned: 0, words: 0, wink: 0, ours: 0, oursAll: 0 };
  let allWords = 0;
  for (const s of gold) {
    const forms = s.tokens.map((t) => t.form);
    const ours = syntax.analyse(forms);
    ours.forEach((w, i) => (result.oursAll += w.upos === s.tokens[i]!.upos ? 1 : 0));
    allWords += forms.length;
    const doc = nlp.readDoc(forms.join(' '));
    const values = doc.tokens().out(nlp.its.value) as string[];
    if (values.length !== forms.length || values.some((v, i) => v !== forms[i])) continue;
    const winkPos = doc.tokens().out(nlp.its.pos) as string[];
    result.aligned++;
    s.tokens.forEach((t, i) => {
      result.words++;
      if (winkPos[i] === t.upos) result.wink++;
      if (ours[i]!.upos === t.upos) result.ours++;
    });
  }
  result.wink /= result.words;
  result.ours /= result.words;
  result.oursAll /= allWords;
  return result;
}
