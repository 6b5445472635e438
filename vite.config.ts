import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { presentationPage } from './tools/presentationPage';

// The built app's Content-Security-Policy, as a <meta http-equiv> injected at build time only: the
// dev server's React refresh needs an inline script. Nothing is loaded from elsewhere, nothing runs
// from strings, workers come from our own files. `frame-ancestors` has no effect in a meta tag; a
// host that wants it (and the other headers) sets them in its HTTP response. test/e2e/csp.test.ts
// checks the built page carries exactly this and breaks none of it.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // Icons and exported images are data: or blob: URLs made on the page.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dramatis-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

/** Unit tests of the extraction engine and the tools around it: no app state, heavy modules. */
const ENGINE_TESTS = ['test/extract/**/*.test.ts', 'test/score/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/fuzz/**/*.test.ts'];

function unitProject(name: string, include: string[], options: { isolate?: boolean; exclude?: string[]; pool?: 'forks' | 'threads' }) {
  return {
    extends: true as const,
    test: {
      name,
      include,
      exclude: ['test/e2e/**', '**/node_modules/**', ...(options.exclude ?? [])],
      isolate: options.isolate ?? true,
      pool: options.pool ?? 'forks',
      // A hang backstop, not a speed check (speed is benchmarked, and the few CPU bounds in tests
      // count CPU time): at a low priority beside the browser tests on a busy machine, a test of a
      // few CPU seconds may take minutes.
      testTimeout: 300_000,
      // Text is read with the committed syntax model, as in the CLI (loaded on first use).
      setupFiles: ['test/support/cpuPerFile.ts', 'test/support/syntaxModel.ts'],
      maxWorkers: availableParallelism(),
      sequence: { groupOrder: 0 },
    },
  };
}

/**
 * Browser test files whose budgets are read by the clock (the long-task observer, a click's answer
 * time): they run on their own, one at a time, after the other browser files, so no browser file of
 * ours shares the cores with them (test/e2e/cpuContention.ts says whether anything else did).
 * test/e2e/limits.test.ts is not among them: its clock bounds are for correctness (a refusal within
 * 2 s, no task over 3 s) and hold seven times over or more, so it runs with the others.
 */
const QUIET_BROWSER_TESTS = ['test/e2e/importResponsiveness.test.ts', 'test/e2e/articleResponsiveness.test.ts', 'test/e2e/clickLatency.test.ts'];

/**
 * The browser tests: one build, one Chromium and one preview server for both projects
 * (test/e2e/globalSetup.ts), each file in its own browser context (test/e2e/appPage.ts), so no
 * storage carries over. 'browser' runs two files at a time: a file waits on Chromium much of the
 * time, and one file at a time left a core idle. 'browser-quiet' follows it, one file at a time.
 * Both keep one worker process's modules (vite, playwright) from file to file.
 */
function browserProject(name: 'browser' | 'browser-quiet', options: { parallel: boolean }) {
  return {
    extends: true as const,
    test: {
      name,
      include: options.parallel ? ['test/e2e/**/*.test.ts'] : QUIET_BROWSER_TESTS,
      exclude: options.parallel ? ['**/node_modules/**', ...QUIET_BROWSER_TESTS] : ['**/node_modules/**'],
      globalSetup: ['test/e2e/globalSetup.ts'],
      setupFiles: options.parallel ? ['test/support/cpuPerFile.ts'] : ['test/support/cpuPerFile.ts', 'test/support/quietStart.ts'],
      // Hang backstops, not speed checks: a test waits for states, and a state reached is taken
      // at once; on a busy machine reaching one can take far longer than vitest's 1 s poll default.
      testTimeout: 90_000,
      expect: { poll: { timeout: 20_000 } },
      fileParallelism: options.parallel,
      maxWorkers: options.parallel ? 2 : 1,
      isolate: false,
      sequence: { groupOrder: options.parallel ? 1 : 2 },
    },
  };
}

export default defineConfig({
  // presentationPage: the app once more as one self-contained page (presentation.html), for
  // "Save as presentation file"; its own policy allows only its inline script and styles by hash.
  plugins: [react(), contentSecurityPolicy(), presentationPage()],
  base: './',
  worker: { format: 'es' },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      // `vitest run` runs the unit tests (fuzzing included) first on every core, then the browser
      // tests, then the quiet browser tests. `npm test` (scripts/test.sh) runs them side by side instead, the unit tests at a
      // lower CPU priority. (Vitest's default leaves a core to its main process, which idles here:
      // one worker on a 2-core machine.) The unit tests are two projects that run together:
      // 'unit-engine' (extraction, scoring, CLI, fuzzing) shares a worker's modules between files,
      // so the engine, its dictionaries and the syntax model load once per worker, not once per file
      // (test/extract: 50 s CPU -> 20 s); 'unit' (graph, stores, app, UI, workers) keeps every file
      // in fresh modules, since the app's modules hold state (stores, a kept extraction worker).
      // 'unit' isolates each file in a worker thread of its own rather than a process of its own:
      // the same fresh modules, without starting Node and vitest's runtime again for each of its
      // 85 files (150 -> 123 s of CPU for the project, fourteenth session in BENCHMARKS.md).
      unitProject('unit-engine', ENGINE_TESTS, { isolate: false }),
      unitProject('unit', ['test/**/*.test.ts'], { exclude: ENGINE_TESTS, pool: 'threads' }),
      browserProject('browser', { parallel: true }),
      browserProject('browser-quiet', { parallel: false }),
    ],
  },
});
