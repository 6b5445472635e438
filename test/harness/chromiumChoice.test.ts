// Which Chromium the browser tests use (test/e2e/chromium.ts), on machines that have one or not.
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findChromium, type ChromiumProbe } from '../e2e/chromium';

function probe(files: string[], options: { override?: string; sparticuz?: string | null } = {}): ChromiumProbe & { unpacked: number } {
  const result = {
    override: options.override,
    unpacked: 0,
    exists: (path: string) => files.includes(path),
    sparticuz: async () => {
      result.unpacked += 1;
      return options.sparticuz ?? null;
    },
  };
  return result;
}

describe('the Chromium for the browser tests', () => {
  it('is Debian’s when it is installed, without unpacking the npm one', async () => {
    const machine = probe([DEBIAN_CHROMIUM], { sparticuz: '/tmp/chromium' });
    const found = await findChromium(machine);
    expect(found).toMatchObject({ executablePath: DEBIAN_CHROMIUM, source: 'debian' });
    expect(found.args).toContain('--headless');
    expect(machine.unpacked).toBe(0);
  });

  it('is the one CHROMIUM_PATH names, before Debian’s', async () => {
    const found = await findChromium(probe([DEBIAN_CHROMIUM, '/opt/chrome/chrome'], { override: '/opt/chrome/chrome' }));
    expect(found).toMatchObject({ executablePath: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that names no file, saying so and how to install one', async () => {
    await expect(findChromium(probe([DEBIAN_CHROMIUM], { override: '/nowhere/chrome' }))).rejects.toThrow(
      /CHROMIUM_PATH is \/nowhere\/chrome, but there is no file there.*apt-get install -y chromium/,
    );
  });

  it('falls back to @sparticuz/chromium when Debian’s is missing, with software WebGL', async () => {
    const found = await findChromium(probe([], { sparticuz: '/tmp/chromium' }));
    expect(found).toMatchObject({ executablePath: '/tmp/chromium', source: '@sparticuz/chromium' });
    expect(found.args).toContain('--use-angle=swiftshader');
  });

  it('with none at all, fails with the install command and the override', async () => {
    const failure = findChromium(probe([]));
    await expect(failure).rejects.toThrow(/install it with `apt-get install -y chromium`, or set CHROMIUM_PATH/);
  });
});
