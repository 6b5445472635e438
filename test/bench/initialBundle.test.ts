// The page starts without the NLP engine: the entry chunk and its static imports (from the Vite
// manifest of a real build) hold no wink-nlp, model, chrono-node or extraction code, within budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, INITIAL_GZIP_BUDGET, initialFiles, nlpModulesIn, ROOT, sizeOf, staticClosure, total, type BuiltApp } from '../../bench/bundle/buildAnalysis';

const scratch: string[] = [];
let app: BuiltApp;

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bundle-'));
  scratch.push(dir);
  return dir;
}

beforeAll(async () => {
  app = await buildApp(scratchDir());
});

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('initial JavaScript of the built app', () => {
  it('holds the app but none of the NLP engine, its model, chrono-node or the extraction code', () => {
    const initial = initialFiles(app);
    expect(initial.flatMap((f) => app.modules.get(f) ?? [])).toContain('src/main.tsx');
    expect(nlpModulesIn(app, initial)).toEqual([]);
  });

  it(`stays within ${INITIAL_GZIP_BUDGET / 1024} KB gzip`, () => {
    const size = total(initialFiles(app).map((f) => sizeOf(app.outDir, f)));
    expect(size.gzip).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThanOrEqual(INITIAL_GZIP_BUDGET);
  });

  it('would notice the NLP engine if an entry loaded it eagerly', async () => {
    // The worker entry is built alone: the checks read only its static imports, not the page's.
    const eager = await buildApp(scratchDir(), { eager: join(ROOT, 'src/workers/extractionWorker.ts') }, { page: false });
    const found = nlpModulesIn(eager, staticClosure(eager.manifest, 'src/workers/extractionWorker.ts'));
    expect(found.some((id) => id.startsWith('node_modules/wink-nlp/'))).toBe(true);
    expect(found.some((id) => id.startsWith('node_modules/wink-eng-lite-web-model/'))).toBe(true);
    expect(found.some((id) => id.startsWith('node_modules/chrono-node/'))).toBe(true);
    expect(found).toContain('src/extract/extractCorpus.ts');
    // The parser and its model stay out even of the worker's static code: they load on the first
    // request that reads text. Only the small glue that lays a parse onto tokens is static.
    expect(found.filter((id) => id.startsWith('src/extract/syntax/')).sort()).toEqual(['src/extract/syntax/sentenceTrees.ts', 'src/extract/syntax/udWords.ts']);
    expect(total(staticClosure(eager.manifest, 'src/workers/extractionWorker.ts').map((f) => sizeOf(eager.outDir, f))).gzip).toBeGreaterThan(INITIAL_GZIP_BUDGET);
  });
});
