// Bundle size (issue 5): the JavaScript the page loads at start, raw and gzip, against the same sum
// with the extraction engine loaded eagerly. Builds with vite.config.ts into scratch folders.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, INITIAL_GZIP_BUDGET, initialFiles, nlpModulesIn, ROOT, sizeOf, staticClosure, total, type FileSize } from './bundle/buildAnalysis';

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const row = (label: string, s: { raw: number; gzip: number }) => console.log(`| ${label} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
const jsFiles = (outDir: string) => readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);

const scratch = [mkdtempSync(join(tmpdir(), 'dramatis-bundle-')), mkdtempSync(join(tmpdir(), 'dramatis-bundle-'))];
try {
  // The app as shipped.
  const app = await buildApp(scratch[0]!);
  const initial = initialFiles(app).map((f) => sizeOf(app.outDir, f));
  const lazy = jsFiles(app.outDir).filter((f) => !initialFiles(app).includes(f)).map((f) => sizeOf(app.outDir, f));
  const nlpAtStart = nlpModulesIn(app, initialFiles(app));

  // The same build with the extraction pool as an entry, as the bring-your-own-text screen will load it.
  const POOL = 'src/workers/extractionPool.ts';
  const withPool = await buildApp(scratch[1]!, { extraction: join(ROOT, POOL) });
  const poolFiles = staticClosure(withPool.manifest, POOL).filter((f) => !initialFiles(withPool).includes(f));
  const workerFiles = jsFiles(withPool.outDir).filter((f) => /extractionWorker/.test(f));
  const extraction: FileSize[] = [...poolFiles, ...workerFiles].map((f) => sizeOf(withPool.outDir, f));

  const graphFile = join(ROOT, 'public/graph/default-graph.json');
  const graphBytes = readFileSync(graphFile);

  console.log(`Bundle size — vite build with vite.config.ts, gzip level 9 (node:zlib), KB = 1024 bytes\n`);
  console.log('| JavaScript | raw KB | gzip KB |');
  console.log('| --- | ---: | ---: |');
  for (const s of initial) row(`initial: ${s.file}`, s);
  row('**initial JavaScript (entry + static imports)**', total(initial));
  for (const s of lazy) row(`lazy (app build): ${s.file}`, s);
  for (const s of extraction) row(`lazy extraction: ${s.file.replace(/-[\w-]{8}\.js$/, '.js')}`, s);
  row('lazy extraction, total', total(extraction));
  row('baseline: initial + extraction loaded eagerly', total([...initial, ...extraction]));
  console.log(`\nPrebuilt default corpus graph (public/graph/default-graph.json, fetched at start): ${kb(statSync(graphFile).size)} KB raw, ${kb(gzipSync(graphBytes, { level: 9 }).length)} KB gzip.`);
  const initialGzip = total(initial).gzip;
  console.log(`Initial JavaScript: ${kb(initialGzip)} KB gzip (target <= ${kb(INITIAL_GZIP_BUDGET)}): ${initialGzip <= INITIAL_GZIP_BUDGET ? 'met' : 'NOT met'}; eager NLP would make it ${(total([...initial, ...extraction]).gzip / initialGzip).toFixed(1)}x.`);
  console.log(`NLP modules (wink-nlp, model, chrono-node, src/extract, dictionary data) in the initial JavaScript: ${nlpAtStart.length === 0 ? 'none' : nlpAtStart.join(', ')}.`);
} finally {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}
