// Answers 'parse' requests in the extraction worker: loads the syntax model on the first one
// (a dynamic import, so the model and parser code stay out of every bundle until needed).
import type { ParseReply, ParseRequest } from './extractionMessages';
import { workerSyntaxModel } from './workerSyntax';

export async function answerParse(request: ParseRequest): Promise<ParseReply> {
  const started = performance.now();
  try {
    const model = await workerSyntaxModel();
    const loadMs = performance.now() - started;
    return { id: request.id, kind: 'parsed', ok: true, sentences: request.sentences.map((words) => model.analyse(words)), loadMs };
  } catch (err) {
    return { id: request.id, kind: 'parsed', ok: false, error: `Parsing failed: ${(err as Error).message}` };
  }
}
