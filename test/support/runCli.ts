// Runs a command-line tool the way `npm run <tool>` does (scripts/cli.mjs, the esbuild bundle), with
// a bound on the CPU time it may use instead of on the wall clock: a runaway or looping tool is
// stopped by the kernel (RLIMIT_CPU) whatever else the machine is doing, while a busy machine, which
// only stretches the wall clock, fails nothing. The wall-clock limit left is a backstop for a tool
// that waits forever without computing (a deadlock), far above any run.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** CPU seconds one tool run may take: the slowest here (extract on two folders) takes about 5. */
export const CLI_CPU_SECONDS = 60;
/** Wall-clock backstop of one run, for a tool stuck without computing. */
export const CLI_WALL_BACKSTOP_MS = 5 * 60_000;
/** Test timeout for tests that run a tool `runs` times: the wall-clock backstops of those runs. */
export const cliTestTimeout = (runs = 1): number => runs * CLI_WALL_BACKSTOP_MS + 30_000;

/**
 * `node scripts/cli.mjs <tool> ...args` in the project folder, under the CPU-time bound. A run stopped
 * from outside has status null and says why at the end of its stderr.
 */
export function runCli(tool: 'extract' | 'score' | 'parse' | 'gen', args: string[], options: { maxBuffer?: number } = {}): SpawnSyncReturns<string> {
  // The shell sets the limit on itself, then becomes node: the bound covers node and its threads.
  const script = `ulimit -t ${CLI_CPU_SECONDS} && exec "$0" "$@"`;
  const result = spawnSync('/bin/sh', ['-c', script, process.execPath, 'scripts/cli.mjs', tool, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: CLI_WALL_BACKSTOP_MS,
    maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
  });
  const stoppedBecause =
    result.signal === 'SIGXCPU' || result.signal === 'SIGKILL'
      ? `npm run ${tool} used more than ${CLI_CPU_SECONDS} s of CPU (signal ${result.signal})`
      : result.error
        ? `npm run ${tool} did not finish within ${CLI_WALL_BACKSTOP_MS / 60_000} min without using its CPU bound (${result.error.message})`
        : null;
  return stoppedBecause ? { ...result, stderr: `${result.stderr}\n${stoppedBecause}` } : result;
}

/** The CLI bundle's worker-thread code, brought up to date first (`node scripts/cli.mjs build`). */
export function bundledThreadEntry(): URL {
  const built = spawnSync(process.execPath, ['scripts/cli.mjs', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: CLI_WALL_BACKSTOP_MS });
  if (built.status !== 0) throw new Error(`node scripts/cli.mjs build failed: ${built.stderr || built.error?.message}`);
  return pathToFileURL(`${ROOT}dist-cli/cli/extractionThread.mjs`);
}
