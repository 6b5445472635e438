// Worker-thread entry for the parser benchmark: registers tsx, loads the syntax model from disk,
// parses one sentence and reports the thread's own timings (ms since the thread started).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadSyntaxModelFile } = await import('../../src/cli/syntaxModelFile.ts');
const codeLoaded = performance.now();
const model = await loadSyntaxModelFile();
model.analyse(['The', 'envoy', 'met', 'the', 'minister', '.']);
parentPort.postMessage({ codeLoaded, modelReady: performance.now() });
