// The first sentences of a treebank's training part, as assembleTrain(folder).slice(0, count) gives
// them, reading only as many of its source files as they need: the whole part is 12,544 sentences
// (about 0.9 s of CPU to parse), and the tests that train on it use the first 150 or so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConlluFile } from '../../src/cli/treebankFiles';
import type { UdSentence } from '../../src/extract/syntax/conllu';

export function firstTrainSentences(folder: string, count: number): UdSentence[] {
  const released = join(folder, 'en_ewt-ud-train.conllu');
  if (existsSync(released)) return readConlluFile(released).slice(0, count);
  const list = readFileSync(join(folder, 'files.train'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const sentences: UdSentence[] = [];
  for (const file of list) {
    if (sentences.length >= count) break;
    sentences.push(...readConlluFile(join(folder, 'sources', file)));
  }
  return sentences.slice(0, count);
}
