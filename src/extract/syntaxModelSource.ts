// Where the syntax model comes from: the committed file in Node (src/cli/syntaxModelFile.ts), a fetched
// asset in a browser worker. A module of its own that imports nothing heavy, so a caller can name the
// source without loading the extractor; defaultResources reads it lazily, once, when first asked.
import type { SyntaxModel } from './syntax/syntaxModel';

let source: (() => SyntaxModel) | null = null;
let model: SyntaxModel | undefined;

/** Sets the model, or a function that gives it the first time it is needed. */
export function provideSyntaxModel(given: SyntaxModel | (() => SyntaxModel)): void {
  if (typeof given === 'function') {
    source = given;
    model = undefined;
  } else {
    source = null;
    model = given;
  }
}

/** The provided model (read from its source on first call), or undefined when none was provided. */
export function providedSyntaxModel(): SyntaxModel | undefined {
  if (!model && source) {
    model = source();
    source = null;
  }
  return model;
}
