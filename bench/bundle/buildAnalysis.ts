// Builds the app with its own Vite config into a scratch folder and reads the result: which files the
// page loads at start (entry + static imports, from the Vite manifest), what each holds, how big.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest, type UserConfig } from 'vite';
import { PRESENTATION_PAGE_PLUGIN } from '../../tools/presentationPage';
import appConfig from '../../vite.config';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Initial JavaScript budget, gzip, with the NLP engine loaded lazily (issue 5). */
export const INITIAL_GZIP_BUDGET = 350 * 1024;

/** Modules the page must not load at start: the NLP engine, its model, the date parser, extraction code and its dictionary. */
export const NLP_MODULES: RegExp[] = [
  /^node_modules\/wink-nlp\//,
  /^node_modules\/wink-eng-lite-web-model\//,
  /^node_modules\/chrono-node\//,
  // nameSkeleton is the one light helper the actor search shares with extraction.
  /^src\/extract\/(?!nameSkeleton\.ts$)/,
  /^data\/(gazetteer\/|actors\.json$|lexicon\.json$)/,
];

export interface BuiltApp {
  outDir: string;
  manifest: Manifest;
  /** Output file → the project-relative ids of the modules bundled into it (chunks only). */
  modules: Map<string, string[]>;
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

const projectPath = (id: string) => relative(ROOT, id.replace(/^\0/, '').replace(/\?.*$/, ''));

/**
 * vite.config.ts without the presentation page: that plugin builds the whole app a second time, as
 * one bundle, into presentation.html after the app's build; the manifest and the files the page
 * loads at start are the app build's alone.
 */
function appConfigWithoutPresentationPage(): UserConfig {
  const { test: _forVitest, plugins = [], ...rest } = appConfig;
  const isPresentationPage = (p: unknown) => typeof p === 'object' && p !== null && 'name' in p && p.name === PRESENTATION_PAGE_PLUGIN;
  return { ...rest, plugins: plugins.filter((p) => !isPresentationPage(p)) };
}

/**
 * `vite build` with vite.config.ts and a manifest, into `outDir`. `extraInputs` adds entries next to
 * index.html, whose exports are kept (a module the app will import lazily, measured on its own);
 * with `page: false` they are built alone, without the page (half the work, when only an entry's
 * own static imports are read).
 */
export async function buildApp(outDir: string, extraInputs: Record<string, string> = {}, { page = true }: { page?: boolean } = {}): Promise<BuiltApp> {
  const result = await build({
    ...appConfigWithoutPresentationPage(),
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      rolldownOptions: {
        input: page ? { index: join(ROOT, 'index.html'), ...extraInputs } : extraInputs,
        ...(Object.keys(extraInputs).length > 0 ? { preserveEntrySignatures: 'exports-only' as const } : {}),
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const modules = new Map<string, string[]>();
  for (const out of outputs) {
    if (!('output' in out)) throw new Error('vite build returned a watcher, not a bundle.');
    for (const item of out.output) if (item.type === 'chunk') modules.set(item.fileName, item.moduleIds.map(projectPath));
  }
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  return { outDir, manifest, modules };
}

/** An entry's file and every file it imports statically, transitively: what loads before it runs. */
export function staticClosure(manifest: Manifest, entryKey: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest.`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return files;
}

/** The JavaScript the page loads at start. */
export function initialFiles(app: BuiltApp): string[] {
  return staticClosure(app.manifest, 'index.html');
}

/** Modules of the given files that match NLP_MODULES. */
export function nlpModulesIn(app: BuiltApp, files: string[]): string[] {
  return files.flatMap((f) => (app.modules.get(f) ?? []).filter((id) => NLP_MODULES.some((re) => re.test(id))));
}

export function sizeOf(outDir: string, file: string): FileSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function total(sizes: FileSize[]): { raw: number; gzip: number } {
  return sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
}
