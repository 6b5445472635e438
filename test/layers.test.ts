// Who may import whom (docs/architecture.md): a layer imports only its own and lower layers.
// domain < extract < graph < store, workers < app < ui, cli (and anything not yet given a layer).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');
const TOP = 5;
const RANKS: Record<string, number> = { domain: 0, extract: 1, graph: 2, store: 3, workers: 3, app: 4, ui: TOP, cli: TOP };

interface ImportStatement {
  specifier: string;
  typeOnly: boolean;
}

const STATIC = /^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const WORKER_URL = /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g;

/** Every module a source file names: static, side-effect, dynamic and worker-URL imports. */
export function importsOf(source: string): ImportStatement[] {
  const out: ImportStatement[] = [];
  for (const m of source.matchAll(STATIC)) out.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  for (const pattern of [BARE, DYNAMIC, WORKER_URL]) for (const m of source.matchAll(pattern)) out.push({ specifier: m[1]!, typeOnly: false });
  return out;
}

/** src/<layer>/… → layer; files at the root of src (main.tsx) and unknown folders are at the top. */
function layerOf(pathInSrc: string): string {
  return pathInSrc.includes('/') ? pathInSrc.split('/')[0]! : 'main';
}

function rank(layer: string): number {
  return RANKS[layer] ?? TOP;
}

/** Imports that break the rule, as "from → to (why)"; `files` maps paths inside src to their text. */
export function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [path, source] of files) {
    const from = layerOf(path);
    for (const { specifier, typeOnly } of importsOf(source)) {
      const bare = specifier.split('?')[0]!;
      if (!bare.startsWith('.')) {
        // The ground floor holds vocabulary: no libraries, at most their types.
        if (from === 'domain' && !typeOnly) out.push(`${path} → package ${bare} (domain imports no packages)`);
        continue;
      }
      const target = relative(SRC, resolve(dirname(join(SRC, path)), bare)).replace(/\\/g, '/');
      if (target.startsWith('..')) {
        if (from === 'domain' && !(target.startsWith('../data/') && target.endsWith('.json'))) out.push(`${path} → ${target} (domain reads only data/*.json)`);
        continue;
      }
      const to = layerOf(target);
      if (to !== from && rank(to) > rank(from)) out.push(`${path} → ${target} (${from} may not import ${to})`);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('layers of src/', () => {
  it('has no upward import: domain < extract < graph < store, workers < app < ui, cli', () => {
    const files = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f).replace(/\\/g, '/'), readFileSync(f, 'utf8')]));
    expect(files.size).toBeGreaterThan(100);
    expect(layerViolations(files)).toEqual([]);
  });

  it('names an extract module that imports graph, store or ui, even for types', () => {
    const files = new Map([
      ['extract/a.ts', "import type { Foo } from '../graph/foo';\nimport {\n  bar,\n} from '../store/bar';\n"],
      ['extract/b.ts', "export { baz } from '../ui/baz';\nconst lazy = () => import('../workers/w');\n"],
      ['extract/c.ts', "import { tokenize } from './tokenize';\nimport { RELATIONS } from '../domain/relationRegistry';\n"],
    ]);
    expect(layerViolations(files)).toEqual([
      'extract/a.ts → graph/foo (extract may not import graph)',
      'extract/a.ts → store/bar (extract may not import store)',
      'extract/b.ts → ui/baz (extract may not import ui)',
      'extract/b.ts → workers/w (extract may not import workers)',
    ]);
  });

  it('keeps domain free of everything but data and types', () => {
    const files = new Map([
      ['domain/a.ts', "import relations from '../../data/relations.json';\nimport type { Attributes } from 'graphology-types';\n"],
      ['domain/b.ts', "import { tokenize } from '../extract/tokenize';\nimport Graph from 'graphology';\nimport x from '../../bench/x.ts';\n"],
    ]);
    expect(layerViolations(files)).toEqual([
      'domain/b.ts → extract/tokenize (domain may not import extract)',
      'domain/b.ts → package graphology (domain imports no packages)',
      'domain/b.ts → ../bench/x.ts (domain reads only data/*.json)',
    ]);
  });

  it('lets app wire store, workers, graph, extract and domain, and be used by ui, but never the reverse', () => {
    const files = new Map([
      ['app/start.ts', "import { s } from '../store/s';\nimport { w } from '../workers/w';\nimport { g } from '../graph/g';\nimport type { E } from '../extract/e';\nimport { d } from '../domain/d';\n"],
      ['app/reach.ts', "import { Panel } from '../ui/Panel';\nconst cli = () => import('../cli/extract');\n"],
      ['ui/Panel.tsx', "import { importFiles } from '../app/import/importFlow';\n"],
      ['main.tsx', "import { startApp } from './app/startApp';\n"],
      ['store/s.ts', "import { showWorkspaceGraph } from '../app/workspaceGraph';\n"],
      ['workers/w.ts', "import type { LayoutRun } from '../app/layout/layoutTypes';\n"],
      ['extract/e.ts', "import { x } from '../app/x';\n"],
    ]);
    expect(layerViolations(files)).toEqual([
      'app/reach.ts → ui/Panel (app may not import ui)',
      'app/reach.ts → cli/extract (app may not import cli)',
      'store/s.ts → app/workspaceGraph (store may not import app)',
      'workers/w.ts → app/layout/layoutTypes (workers may not import app)',
      'extract/e.ts → app/x (extract may not import app)',
    ]);
  });

  it('lets graph use extract and domain but never store, ui or app; workers may use store', () => {
    const files = new Map([
      ['graph/a.ts', "import { x } from '../extract/x';\nimport { y } from '../store/y';\nimport { z } from '../app/z';\n"],
      ['workers/w.ts', "import { s } from '../store/s';\nconst worker = new Worker(new URL('../ui/worker.ts', import.meta.url));\n"],
      ['store/s.ts', "import { w } from '../workers/w';\n"],
    ]);
    expect(layerViolations(files)).toEqual([
      'graph/a.ts → store/y (graph may not import store)',
      'graph/a.ts → app/z (graph may not import app)',
      'workers/w.ts → ui/worker.ts (workers may not import ui)',
    ]);
  });
});
