// Documents of a corpus are tokenised and parsed in batches before they are read for relations
// (src/extract/extractCorpus.ts): every outcome, and the error a bad file raises, must be what
// reading the files one by one gives.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { planDocuments, type InputFile } from '../../src/extract/documentIds';
import { extractDocumentTask, extractDocumentTasks } from '../../src/extract/extractCorpus';

const folder = 'test/gold/heldout/articles';
const articles: InputFile[] = readdirSync(folder)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
// More documents than one batch holds, so the second batch starts after a first one.
const corpus: InputFile[] = Array.from({ length: 40 }, (_, i) => ({ ...articles[i % articles.length]!, name: `copy-${i}.md` }));

describe('extractDocumentTasks', () => {
  it('gives each document the outcome it gets when read alone', () => {
    const tasks = planDocuments(corpus);
    const batched = extractDocumentTasks(tasks, defaultResources());
    const alone = tasks.map((t) => extractDocumentTask(t, defaultResources()));
    expect(batched.length).toBe(40);
    expect(batched.some((o) => o.events.length > 0)).toBe(true);
    expect(JSON.stringify(batched)).toBe(JSON.stringify(alone));
  });

  it('stops at the first file that cannot be read, with its own error', () => {
    const files = [...corpus.slice(0, 3), { name: 'empty.md', text: '---\ntitle: Nothing\n---\n' }, ...corpus.slice(3, 6), { name: 'binary.md', text: 'a\u0000b' }];
    const failed: string[] = [];
    expect(() => extractDocumentTasks(planDocuments(files), defaultResources(), (task) => failed.push(task.name))).toThrow('empty.md: the document has no text to read.');
    expect(failed).toEqual(['empty.md']);
  });
});
