// Node worker thread: the per-document half of extraction for batches the main thread posts.
import { parentPort } from 'node:worker_threads';
import { defaultResources } from '../extract/defaultResources';
import { answerDocuments } from '../workers/answerDocuments';
import type { DocumentsRequest, ThreadReady } from '../workers/extractionMessages';
import { provideSyntaxModelFile } from './syntaxModelFile';

if (!parentPort) throw new Error('extractionThread.ts runs only as a worker thread.');
const port = parentPort;
port.on('message', (request: DocumentsRequest) => port.postMessage(answerDocuments(request)));
provideSyntaxModelFile();
defaultResources();
const ready: ThreadReady = { kind: 'ready' };
port.postMessage(ready);
