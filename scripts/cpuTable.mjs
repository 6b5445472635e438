// Tabulates the per-file lines test/support/cpuPerFile.ts wrote (DRAMATIS_CPU_LOG), costliest
// first, as a Markdown table with totals per project; with --before OLD, beside the same files'
// figures from an earlier run; with --tests, the per-test lines (DRAMATIS_CPU_LOG_TESTS=1) instead.
// Usage: node scripts/cpuTable.mjs LOG [ROWS] [--before OLD_LOG] [--tests]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const beforeLog = beforeAt >= 0 ? args.splice(beforeAt, 2)[1] : undefined;
const testsAt = args.indexOf('--tests');
const perTest = testsAt >= 0 && args.splice(testsAt, 1).length > 0;
const [log, rowsArg] = args;
if (!log) {
  console.error('Usage: node scripts/cpuTable.mjs LOG [ROWS] [--before OLD_LOG] [--tests]');
  process.exit(2);
}
const read = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((l) => (l.test !== undefined) === perTest)
    .map((l) => (perTest ? { ...l, file: `${l.file} › ${l.test}`, childCpuMs: 0 } : l));
const cpu = (l) => l.cpuMs + l.childCpuMs + l.browserCpuMs;
const s = (ms) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const project = (file) => (file.startsWith('test/e2e/') ? 'browser' : 'unit');
const lines = read(log).sort((a, b) => cpu(b) - cpu(a));
const before = beforeLog ? new Map(read(beforeLog).map((l) => [l.file, l])) : null;
const rows = Number(rowsArg) > 0 ? Number(rowsArg) : lines.length;

if (before) {
  console.log('| file | CPU s before | CPU s now | wall s before | wall s now |');
  console.log('|---|---:|---:|---:|---:|');
} else {
  console.log('| file | wall s | CPU s (test process + spawned children + Chromium) |');
  console.log('|---|---:|---:|');
}
for (const l of lines.slice(0, rows)) {
  if (before) {
    const b = before.get(l.file);
    console.log(`| ${l.file} | ${s(b && cpu(b))} | ${s(cpu(l))} | ${s(b?.wallMs)} | ${s(l.wallMs)} |`);
  } else {
    console.log(`| ${l.file} | ${s(l.wallMs)} | ${s(cpu(l))} (${s(l.cpuMs)} + ${s(l.childCpuMs)} + ${s(l.browserCpuMs)}) |`);
  }
}
for (const name of ['unit', 'browser']) {
  const now = lines.filter((l) => project(l.file) === name);
  const sum = (ls, f) => ls.reduce((t, l) => t + f(l), 0);
  if (before) {
    const old = [...before.values()].filter((l) => project(l.file) === name);
    console.log(`| **${name}: ${old.length} → ${now.length} files** | ${s(sum(old, cpu))} | ${s(sum(now, cpu))} | ${s(sum(old, (l) => l.wallMs))} | ${s(sum(now, (l) => l.wallMs))} |`);
  } else {
    console.log(`| **${name}: ${now.length} files** | ${s(sum(now, (l) => l.wallMs))} | ${s(sum(now, cpu))} |`);
  }
}
