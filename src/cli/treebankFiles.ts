// Reads the UD treebank folders the parser is trained and measured on (see ../shared/treebanks/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readConllu, type UdSentence } from '../extract/syntax/conllu';

export interface Treebank {
  /** Folder name and release, for the model's provenance. */
  name: string;
  train: UdSentence[];
  dev: UdSentence[];
  test: UdSentence[];
  /** UD English PUD (news and Wikipedia) when it sits beside the treebank folder. */
  pud: UdSentence[] | null;
}

export function readConlluFile(path: string): UdSentence[] {
  return readConllu(readFileSync(path, 'utf8'));
}

/** EWT's train split assembled from `sources/` in the order `files.train` lists. */
export function assembleTrain(folder: string): UdSentence[] {
  const released = join(folder, 'en_ewt-ud-train.conllu');
  if (existsSync(released)) return readConlluFile(released);
  const list = readFileSync(join(folder, 'files.train'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return list.flatMap((file) => readConlluFile(join(folder, 'sources', file)));
}

export function readTreebank(folder: string): Treebank {
  const pudPath = join(dirname(folder), 'UD_English-PUD', 'en_pud-ud-test.conllu');
  return {
    name: basename(folder.replace(/\/+$/, '')),
    train: assembleTrain(folder),
    dev: readConlluFile(join(folder, 'en_ewt-ud-dev.conllu')),
    test: readConlluFile(join(folder, 'en_ewt-ud-test.conllu')),
    pud: existsSync(pudPath) ? readConlluFile(pudPath) : null,
  };
}
