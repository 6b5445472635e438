// Unit tests read text the way the CLI does: with the committed syntax model, read from disk the first
// time the extractor asks for it. Only the model's small source module is imported here, so a test
// file that never reads text does not load the extractor.
import { provideSyntaxModelFile } from '../../src/cli/syntaxModelFile';
import { providedSyntaxModel } from '../../src/extract/syntaxModelSource';

// Where files share modules (project unit-engine), the model read for one file serves the next.
const provided: WeakSet<object> = ((globalThis as { __dramatisSyntaxModelFor?: WeakSet<object> }).__dramatisSyntaxModelFor ??= new WeakSet());
if (!provided.has(providedSyntaxModel)) {
  provideSyntaxModelFile();
  provided.add(providedSyntaxModel);
}
