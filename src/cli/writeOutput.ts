// Where `npm run extract -- --out FILE` writes: checked before any work, written atomically
// (a temporary file beside it, then a rename), so a failed run never leaves half a graph.
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why `out` cannot be written, or null when it can (its folder is created if missing). */
export function outputProblem(out: string): string | null {
  const dir = dirname(out);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    return `Cannot write ${out}: its folder cannot be created (${(err as Error).message}).`;
  }
  try {
    if (existsSync(out) && statSync(out).isDirectory()) return `Cannot write ${out}: it is a folder.`;
    accessSync(dir, constants.W_OK);
    if (existsSync(out)) accessSync(out, constants.W_OK);
  } catch (err) {
    return `Cannot write ${out}: ${(err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (err as Error).message}.`;
  }
  return null;
}

/** Writes `text` to `out` through a temporary file in the same folder and a rename. */
export function writeAtomically(out: string, text: string): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, out);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
