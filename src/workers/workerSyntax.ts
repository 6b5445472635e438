// The syntax model in an extraction worker: fetched once, on the first request that reads text, and
// handed to the extractor's resources. A model that cannot be fetched (a page opened from disk, a
// server without the asset) leaves extraction reading sentences without their trees.
import { provideSyntaxModel } from '../extract/defaultResources';
import type { SyntaxModel } from '../extract/syntax/syntaxModel';

let loading: Promise<SyntaxModel> | null = null;

/** The worker's model, fetched on first use; a failed fetch is retried on the next call. */
export function workerSyntaxModel(): Promise<SyntaxModel> {
  loading ??= import('./syntaxModelAsset').then((asset) => asset.fetchSyntaxModel());
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Runs `read` once the model is in the extractor's resources, or without it if it cannot be had. */
export async function withSyntaxModel<T>(read: () => T): Promise<T> {
  try {
    provideSyntaxModel(await workerSyntaxModel());
  } catch {
    // Reading goes on without trees.
  }
  return read();
}
