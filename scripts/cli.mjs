// Runs a command-line tool of src/cli from a bundle built by esbuild, so a start costs no TypeScript
// compilation. The bundle is rebuilt only when a file it was built from (src/, data/*.json,
// package-lock.json) is newer than it. Usage: node scripts/cli.mjs <extract|score|parse|gen> [args...];
// `node scripts/cli.mjs build` only brings the bundle up to date (for tests that start its threads).
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// dist-cli/cli mirrors src/cli's depth, so paths the tools resolve from their own file
// (../../data/models/...) hold in the bundle too.
const OUT = join(ROOT, 'dist-cli', 'cli');
// The tools and the worker-thread code extraction starts on other cores.
const ENTRIES = ['extract', 'score', 'parse', 'gen', 'extractionThread'];

function newestIn(dir, accept) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path, accept));
    else if (accept(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function stale() {
  const built = join(OUT, 'extract.mjs');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestIn(join(ROOT, 'src'), () => true),
    newestIn(join(ROOT, 'data'), (name) => name.endsWith('.json')),
    statSync(join(ROOT, 'package-lock.json')).mtimeMs,
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  return ENTRIES.some((name) => !existsSync(join(OUT, `${name}.mjs`)) || statSync(join(OUT, `${name}.mjs`)).mtimeMs < sources);
}

/** Builds into a scratch folder, then moves chunks and entries in (each rename is atomic; chunk names carry a content hash, so a tool already running keeps its own). */
async function build() {
  const scratch = join(ROOT, 'dist-cli', `build-${process.pid}`);
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, join(ROOT, 'src', 'cli', `${name}.ts`)])),
    outdir: scratch,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  mkdirSync(OUT, { recursive: true });
  const files = readdirSync(scratch);
  const entries = new Set(ENTRIES.map((name) => `${name}.mjs`));
  for (const file of [...files.filter((f) => !entries.has(f)), ...files.filter((f) => entries.has(f))]) renameSync(join(scratch, file), join(OUT, file));
  rmSync(scratch, { recursive: true, force: true });
}

/** One build at a time across processes (vitest runs CLI tests side by side); the others wait and re-check. */
async function buildOnce() {
  const lock = join(ROOT, 'dist-cli', 'build.lock');
  mkdirSync(join(ROOT, 'dist-cli'), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // A lock left by a build that died long ago is taken over.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  try {
    if (stale()) await build();
  } finally {
    rmSync(lock, { force: true });
  }
}

const [tool, ...args] = process.argv.slice(2);
if (tool === 'build') {
  if (stale()) await buildOnce();
  process.exit(0);
}
if (!tool || !ENTRIES.includes(tool) || tool === 'extractionThread') {
  console.error(`Usage: node scripts/cli.mjs <${ENTRIES.filter((e) => e !== 'extractionThread').join('|')}> [args...]`);
  process.exit(2);
}
if (stale()) await buildOnce();
const entry = join(OUT, `${tool}.mjs`);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(entry).href);
