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
      // Unit tests (fuzzing included) first on every core, then the browser tests on their own:
      // run together, the fuzz runs starve headless Chromium and its timeouts fire. (Vitest's default
      // leaves a core to its main process, which idles here: one worker on a 2-core machine.)
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          // Text is read with the committed syntax model, as in the CLI (loaded on first use).
          setupFiles: ['test/support/cpuPerFile.ts', 'test/support/syntaxModel.ts'],
          maxWorkers: availableParallelism(),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          // One build, one Chromium and one preview server for all browser test files
          // (test/e2e/globalSetup.ts), one file at a time on a 2-core machine, all in one worker
          // process so vite and playwright are loaded once, not once a file. Each file still opens
          // its own browser context (test/e2e/appPage.ts), so no storage carries over.
          globalSetup: ['test/e2e/globalSetup.ts'],
          setupFiles: ['test/support/cpuPerFile.ts'],
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
