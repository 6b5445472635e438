// Unit tests read text the way the CLI does: with the committed syntax model, loaded on first use.
// Once per instance of the extraction modules: where files share modules (project unit-engine), the
// model read for one file serves the next instead of being read again.
import * as resources from '../../src/extract/defaultResources';
import { provideSyntaxModelFile } from '../../src/cli/syntaxModelFile';

const provided: WeakSet<object> = ((globalThis as { __dramatisSyntaxModelFor?: WeakSet<object> }).__dramatisSyntaxModelFor ??= new WeakSet());
if (!provided.has(resources)) {
  provideSyntaxModelFile();
  provided.add(resources);
}
