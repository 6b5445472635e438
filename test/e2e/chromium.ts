// Which Chromium the browser tests drive: CHROMIUM_PATH when set, else Debian's, else the one the
// @sparticuz/chromium devDependency unpacks (so `npm ci && npm test` works without an apt step).
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get install -y chromium';

/**
 * Features Playwright turns off at launch (its chromiumSwitches list, as of playwright-core 1.64):
 * a second --disable-features replaces the first, so ours repeats them.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * Browser UI that headless Chromium builds for every new window although no test sees it: since
 * Chromium 15x each window loads the address bar's popup as a WebUI page in a renderer of its own
 * (about 1 s of CPU, as much as our page's first load), and top-of-window WebUI is preloaded.
 */
const UNSEEN_UI_FEATURES = ['WebUIOmniboxAimPopup', 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'PreloadTopChromeWebUI'];

/** Flags for every launch: headless, no sandbox (tests run as root), nothing that calls home. */
const COMMON_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_UI_FEATURES].join(',')}`,
];

/** Debian's build draws WebGL in software once the GPU is off. */
const DEBIAN_ARGS = ['--disable-gpu'];

/** The serverless build has no GPU process of its own: WebGL goes through ANGLE on SwiftShader. */
const SPARTICUZ_ARGS = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--in-process-gpu', '--no-zygote'];

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  /** Where the choice came from, for messages. */
  source: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium';
}

export interface ChromiumProbe {
  /** The CHROMIUM_PATH override, if any. */
  override: string | undefined;
  exists(path: string): boolean;
  /** Unpacks @sparticuz/chromium and gives its binary, or null when the package cannot serve here. */
  sparticuz(): Promise<string | null>;
}

async function unpackSparticuz(): Promise<string | null> {
  try {
    const { default: Sparticuz } = await import('@sparticuz/chromium');
    return await Sparticuz.executablePath();
  } catch {
    return null;
  }
}

const SYSTEM_PROBE: ChromiumProbe = {
  override: process.env.CHROMIUM_PATH || undefined,
  exists: existsSync,
  sparticuz: unpackSparticuz,
};

/** Finds a Chromium or throws at once with the command that installs one. */
export async function findChromium(probe: ChromiumProbe = SYSTEM_PROBE): Promise<ChromiumChoice> {
  if (probe.override) {
    if (!probe.exists(probe.override)) {
      throw new Error(`CHROMIUM_PATH is ${probe.override}, but there is no file there. Point it at a Chromium binary, or unset it and install Debian's with \`${INSTALL_COMMAND}\`.`);
    }
    return { executablePath: probe.override, args: [...COMMON_ARGS, ...DEBIAN_ARGS], source: 'CHROMIUM_PATH' };
  }
  if (probe.exists(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: [...COMMON_ARGS, ...DEBIAN_ARGS], source: 'debian' };
  const unpacked = await probe.sparticuz();
  if (unpacked) return { executablePath: unpacked, args: [...COMMON_ARGS, ...SPARTICUZ_ARGS], source: '@sparticuz/chromium' };
  throw new Error(
    `The browser tests need Chromium and found none: install it with \`${INSTALL_COMMAND}\`, or set CHROMIUM_PATH to a Chromium binary (` +
      `${DEBIAN_CHROMIUM} is missing and the @sparticuz/chromium package from \`npm ci\` could not be unpacked).`,
  );
}
