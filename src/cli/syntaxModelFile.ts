// The committed syntax model, read from disk for the command line, tests and benchmarks.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { provideSyntaxModel } from '../extract/syntaxModelSource';
import { loadSyntaxModel, syntaxModelFromTables, type SyntaxModelOptions } from '../extract/syntax/loadSyntaxModel';
import { decodeModel } from '../extract/syntax/modelFormat';
import type { SyntaxModel } from '../extract/syntax/syntaxModel';

export const SYNTAX_MODEL_PATH = fileURLToPath(new URL('../../data/models/en_ewt-syntax.bin.gz', import.meta.url));

export function loadSyntaxModelFile(path = SYNTAX_MODEL_PATH, options: SyntaxModelOptions = {}): Promise<SyntaxModel> {
  return loadSyntaxModel(new Uint8Array(readFileSync(path)), options);
}

/** The same model read synchronously (Node's gunzip), for code that cannot wait. */
export function readSyntaxModelFile(path = SYNTAX_MODEL_PATH): SyntaxModel {
  return syntaxModelFromTables(decodeModel(new Uint8Array(gunzipSync(readFileSync(path)))));
}

/** Makes defaultResources() carry the committed model, read from disk the first time it is asked for. */
export function provideSyntaxModelFile(path = SYNTAX_MODEL_PATH): void {
  provideSyntaxModel(() => readSyntaxModelFile(path));
}
