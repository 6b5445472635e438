// The committed syntax model, read from disk for the command line, tests and benchmarks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSyntaxModel, type SyntaxModelOptions } from '../extract/syntax/loadSyntaxModel';
import type { SyntaxModel } from '../extract/syntax/syntaxModel';

export const SYNTAX_MODEL_PATH = fileURLToPath(new URL('../../data/models/en_ewt-syntax.bin.gz', import.meta.url));

export function loadSyntaxModelFile(path = SYNTAX_MODEL_PATH, options: SyntaxModelOptions = {}): Promise<SyntaxModel> {
  return loadSyntaxModel(new Uint8Array(readFileSync(path)), options);
}
