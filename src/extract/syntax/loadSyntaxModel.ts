import { decodeModel, type ModelTables } from './modelFormat';
import { PackedModel } from './packedModel';
import { SyntaxModel } from './syntaxModel';
import { fitsTransitionModel, TransitionModel } from './transitionModel';

export function syntaxModelFromTables(tables: ModelTables): SyntaxModel {
  const labels = tables.header.inventory.labels;
  return new SyntaxModel(tables.header.inventory, new PackedModel(tables.tagger), {
    action: fitsTransitionModel(tables.action) ? new TransitionModel(tables.action) : new PackedModel(tables.action),
    label: new PackedModel(tables.label),
    rootLabel: labels.indexOf('root'),
  });
}

/** Gunzips with the platform's DecompressionStream (browsers, workers and Node 18+ alike). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A ready tagger and parser from the gzipped model file's bytes. */
export async function loadSyntaxModel(gzipped: Uint8Array): Promise<SyntaxModel> {
  return syntaxModelFromTables(decodeModel(await gunzip(gzipped)));
}
