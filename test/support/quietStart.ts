// The 'browser-quiet' project's files read budgets by the clock. `npm test` runs the unit tests beside
// the browser tests and names, in DRAMATIS_QUIET_AFTER, a file it writes once they have finished:
// the quiet files wait for that file (a state, not a time), so nothing of ours shares the cores with
// them. Without the variable (npx vitest run, which runs unit tests first anyway) nothing waits.
import { existsSync } from 'node:fs';
import { beforeAll } from 'vitest';

const MARKER = process.env.DRAMATIS_QUIET_AFTER;
/** A backstop for a unit run that never writes its marker; the contention check still says what it saw. */
const BACKSTOP_MS = 15 * 60_000;

beforeAll(async () => {
  if (!MARKER) return;
  const started = Date.now();
  while (!existsSync(MARKER)) {
    if (Date.now() - started > BACKSTOP_MS) {
      console.warn(`browser-quiet: ${MARKER} did not appear; running beside whatever is still running`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, BACKSTOP_MS + 60_000);
