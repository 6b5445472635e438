// Build, serve and browse the production app for the browser tests. Under vitest, globalSetup.ts
// starts one Chromium and one preview server for the whole browser project; launchChromium() and
// serveDist() hand those out (so a file's own close() only lets go of them). Outside vitest (the
// benchmarks) they start their own.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { DEBIAN_CHROMIUM, findChromium } from './chromium';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Debian's Chromium, the default; CHROMIUM_PATH overrides it (see chromium.ts). */
export const CHROMIUM_PATH = DEBIAN_CHROMIUM;

/**
 * Where the browser tests build and serve the app: `dist/` unless DRAMATIS_TEST_DIST names another
 * folder (so two test runs in one checkout do not overwrite each other's build).
 */
export const TEST_DIST = process.env.DRAMATIS_TEST_DIST || 'dist';

/** Runs the real `npm run build` (graph extraction + vite build); throws with its output on failure. */
export function buildApp(): void {
  const args = TEST_DIST === 'dist' ? ['run', 'build'] : ['run', 'build', '--', '--outDir', TEST_DIST, '--emptyOutDir'];
  // vitest sets NODE_ENV=test, which would make vite bundle React's development build: test what ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', args, { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 150_000, env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What a test needs of the server: where it is, and a close() that lets go of it. */
export interface ServedApp {
  url: string;
  server: { httpServer: { close(done?: (err?: Error) => void): unknown } };
}

/** What globalSetup.ts shares with the browser test files (vitest provide/inject). */
export interface SharedBrowserContext {
  chromiumEndpoint: string;
  appUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext extends SharedBrowserContext {
    /** The shared Chromium's process, whose CPU time test/support/cpuPerFile.ts counts per file. */
    chromiumPid: number;
  }
}

/** The shared browser and app, when running inside vitest's browser project; null elsewhere. */
export async function sharedBrowserContext(): Promise<SharedBrowserContext | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import('vitest');
  const chromiumEndpoint = inject('chromiumEndpoint');
  const appUrl = inject('appUrl');
  return chromiumEndpoint && appUrl ? { chromiumEndpoint, appUrl } : null;
}

/** The shared preview server's URL (a no-op close), or a server of its own outside vitest. */
export async function serveDist(): Promise<ServedApp> {
  const shared = await sharedBrowserContext();
  if (shared) return { url: shared.appUrl, server: { httpServer: { close: (done) => done?.() } } };
  return startPreview();
}

/** Serves dist/ with vite's preview server on a free local port. */
export async function startPreview(): Promise<ServedApp> {
  const port = await freePort();
  const server = await preview({
    root: PROJECT_ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    build: { outDir: TEST_DIST },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

/**
 * A headless Chromium. Inside the browser project: a connection to the shared one (close() closes
 * this file's contexts and disconnects). With extra flags, or outside vitest: a browser of its own.
 * Throws at once with the install command when there is no Chromium.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const shared = extraArgs.length === 0 ? await sharedBrowserContext() : null;
  if (shared) return chromium.connect(shared.chromiumEndpoint);
  const found = await findChromium();
  return chromium.launch({ executablePath: found.executablePath, args: [...found.args, ...extraArgs] });
}
