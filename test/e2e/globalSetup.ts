// Once for the whole browser test run: find Chromium (a missing one fails here, in the first
// seconds, with the install command), start it as a browser server, build the production app and
// serve it. Test files connect to both (harness.ts) and open their own contexts, so each file
// still starts from empty storage. Both browser projects ('browser', then 'browser-quiet') run this
// setup in vitest's one main process: the first starts everything, the second shares it, and the
// last teardown closes it.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { buildApp, startPreview } from './harness';

interface SharedRun {
  chromiumEndpoint: string;
  appUrl: string;
  chromiumPid: number | undefined;
  close(): Promise<void>;
}

const SHARED = Symbol.for('dramatis.browserTestRun');
type Holder = { [SHARED]?: { run: Promise<SharedRun>; users: number } };

async function startRun(): Promise<SharedRun> {
  const found = await findChromium();
  const browserServer = await chromium.launchServer({ executablePath: found.executablePath, args: found.args });
  try {
    buildApp();
    const served = await startPreview();
    return {
      chromiumEndpoint: browserServer.wsEndpoint(),
      appUrl: served.url,
      chromiumPid: browserServer.process().pid,
      close: async () => {
        await new Promise<void>((resolve) => served.server.httpServer.close(() => resolve()));
        await browserServer.close();
      },
    };
  } catch (err) {
    await browserServer.close();
    throw err;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const holder = globalThis as Holder;
  const shared = (holder[SHARED] ??= { run: startRun(), users: 0 });
  shared.users += 1;
  let run: SharedRun;
  try {
    run = await shared.run;
  } catch (err) {
    shared.users -= 1;
    if (shared.users === 0) delete holder[SHARED];
    throw err;
  }
  project.provide('chromiumEndpoint', run.chromiumEndpoint);
  project.provide('appUrl', run.appUrl);
  if (run.chromiumPid) project.provide('chromiumPid', run.chromiumPid);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete holder[SHARED];
    await run.close();
  };
}
