// Worker-thread entry for the parser benchmark: registers tsx, loads the syntax model from disk,
// parses one sentence and says so; the parent times it from creating the thread.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadSyntaxModelFile } = await import('../../src/cli/syntaxModelFile.ts');
const model = await loadSyntaxModelFile();
model.analyse(['The', 'envoy', 'met', 'the', 'minister', '.']);
parentPort.postMessage('ready');
