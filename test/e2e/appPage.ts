// The block every browser test file shares: connect to the shared Chromium (harness.ts), open one
// fresh context and page (its own storage), collect uncaught page errors (and console errors), fail
// the test during which one happened, and let go of everything at the end.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, serveDist, type ServedApp } from './harness';

export const DEFAULT_VIEWPORT = { width: 1440, height: 900 };

export interface AppPageOptions {
  /** The page's default timeout for waits and actions, in ms. */
  timeout: number;
  viewport?: { width: number; height: number };
  /** Default true, as in Playwright. */
  acceptDownloads?: boolean;
  /** console.error counts as a page error (default true). */
  consoleErrors?: boolean;
  /** After each test, expect no page error since the last (default true). */
  checkErrors?: boolean;
}

export interface AppPage {
  /** The shared browser (valid from beforeAll on). */
  readonly browser: Browser;
  /** The file's page, in its own context. */
  readonly page: Page;
  /** The built app's address. */
  readonly url: string;
  /** Errors seen on watched pages since the last check. */
  readonly errors: string[];
  /** Collects a page's errors too and gives it this file's timeout. */
  watch(page: Page): void;
  /** A page in a new context of its own (fresh storage), watched. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers the hooks; call at the top of a test file, before its own beforeAll. */
export function useAppPage(options: AppPageOptions): AppPage {
  const errors: string[] = [];
  let browser: Browser | undefined;
  let page: Page | undefined;
  let served: ServedApp | undefined;
  // Playwright accepts downloads unless told otherwise.
  const contextDefaults: BrowserContextOptions = { viewport: options.viewport ?? DEFAULT_VIEWPORT, acceptDownloads: options.acceptDownloads ?? true };

  const watch = (p: Page): void => {
    p.setDefaultTimeout(options.timeout);
    // File choosers are intercepted from the start: Playwright turns interception on without waiting
    // when the first 'filechooser' listener is added, so a key press sent right after
    // page.waitForEvent('filechooser') could reach the page before it and open no chooser it can see.
    p.on('filechooser', () => {});
    p.on('pageerror', (err) => errors.push(err.message));
    if (options.consoleErrors ?? true) {
      p.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
    }
  };
  const newPage = async (contextOptions: BrowserContextOptions = {}): Promise<Page> => {
    if (!browser) throw new Error('useAppPage: the browser is not connected yet (use it from beforeAll on)');
    const context = await browser.newContext({ ...contextDefaults, ...contextOptions });
    const p = await context.newPage();
    watch(p);
    return p;
  };

  beforeAll(async () => {
    served = await serveDist();
    browser = await launchChromium();
    page = await newPage();
  });
  if (options.checkErrors ?? true) {
    afterEach(() => {
      expect(errors.splice(0)).toEqual([]);
    });
  }
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (served ? served.server.httpServer.close(() => resolve()) : resolve()));
  });

  return {
    get browser() {
      if (!browser) throw new Error('useAppPage: the browser is not connected yet (use it from beforeAll on)');
      return browser;
    },
    get page() {
      if (!page) throw new Error('useAppPage: the page is not open yet (use it from beforeAll on)');
      return page;
    },
    get url() {
      if (!served) throw new Error('useAppPage: the app is not served yet (use it from beforeAll on)');
      return served.url;
    },
    errors,
    watch,
    newPage,
  };
}
