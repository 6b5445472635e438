// Once for the whole browser project: find Chromium (a missing one fails here, in the first
// seconds, with the install command), start it as a browser server, build the production app and
// serve it. Test files connect to both (harness.ts) and open their own contexts, so each file
// still starts from empty storage.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { buildApp, startPreview } from './harness';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const found = await findChromium();
  const browserServer = await chromium.launchServer({ executablePath: found.executablePath, args: found.args });
  try {
    buildApp();
    const served = await startPreview();
    project.provide('chromiumEndpoint', browserServer.wsEndpoint());
    project.provide('appUrl', served.url);
    const pid = browserServer.process().pid;
    if (pid) project.provide('chromiumPid', pid);
    return async () => {
      await new Promise<void>((resolve) => served.server.httpServer.close(() => resolve()));
      await browserServer.close();
    };
  } catch (err) {
    await browserServer.close();
    throw err;
  }
}
