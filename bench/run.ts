// npm run bench [-- section ...]: runs each benchmark section in its own Node process (so one
// section's heap does not weigh on the next) and prints their Markdown tables in order.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Section name → script under bench/. Sections add themselves here. */
const SECTIONS: Record<string, string> = {
  extraction: 'bench/extraction.ts',
  extractionBeforeAfter: 'bench/extractionBeforeAfter.ts',
  extractionOutputs: 'bench/extractionOutputs.ts',
  extractionProcesses: 'bench/extractionProcesses.ts',
  window: 'bench/windowUpdate.ts',
  bundle: 'bench/bundleSize.ts',
  cores: 'bench/extractionCores.ts',
  pageLoad: 'bench/pageLoad.ts',
  memory: 'bench/memory.ts',
  parser: 'bench/parser.ts',
  parserBeforeAfter: 'bench/parserBeforeAfter.ts',
  singleDocument: 'bench/singleDocument.ts',
  responsiveness: 'bench/responsiveness.ts',
  filterEngine: 'bench/filterEngine.ts',
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !(a in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark section(s): ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(SECTIONS);
let failed = 0;
for (const name of names) {
  const script = SECTIONS[name]!;
  if (!existsSync(`${ROOT}/${script}`)) throw new Error(`missing ${script}`);
  console.log(`\n## ${name}\n`);
  // Flags (such as responsiveness's --no-build) go on to every section.
  const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', script, ...flags], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`Section ${name} failed (exit ${run.status ?? run.signal}).`);
  }
}
process.exit(failed > 0 ? 1 : 0);
