// The syntax model as a browser asset: fetched from the app's own origin the first time a worker
// needs it. Imported dynamically only, so neither the page nor a worker that never parses loads it.
import { gunzip, syntaxModelFromTables } from '../extract/syntax/loadSyntaxModel';
import { decodeModel } from '../extract/syntax/modelFormat';
import type { SyntaxModel } from '../extract/syntax/syntaxModel';

const MODEL_URL = new URL('../../data/models/en_ewt-syntax.bin.gz', import.meta.url);

export async function fetchSyntaxModel(): Promise<SyntaxModel> {
  const response = await fetch(MODEL_URL);
  if (!response.ok) throw new Error(`The syntax model could not be loaded (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server may already have undone the gzip (Content-Encoding); the file's magic bytes tell.
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? await gunzip(bytes) : bytes;
  return syntaxModelFromTables(decodeModel(raw));
}
