// Build, serve and browse the production app for the browser test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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

export interface ServedApp {
  url: string;
  server: PreviewServer;
}

/** Serves dist/ with vite's preview server on a free local port. */
export async function serveDist(): Promise<ServedApp> {
  const port = await freePort();
  const server = await preview({
    root: PROJECT_ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    build: { outDir: TEST_DIST },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** Debian Chromium, headless. Fails loudly when it is not installed (CI installs it). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser test needs Chromium at ${CHROMIUM_PATH}; install it with \`apt-get install chromium\`.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
