// Tabulates the per-file lines test/support/cpuPerFile.ts wrote (DRAMATIS_CPU_LOG), slowest first,
// as a Markdown table with totals per project. Usage: node scripts/cpuTable.mjs <log> [rows]
import { readFileSync } from 'node:fs';

const [log, rowsArg] = process.argv.slice(2);
if (!log) {
  console.error('Usage: node scripts/cpuTable.mjs <log> [rows]');
  process.exit(2);
}
const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const cpu = (l) => l.cpuMs + l.childCpuMs + l.browserCpuMs;
const s = (ms) => (ms / 1000).toFixed(1);
const project = (l) => (l.file.startsWith('test/e2e/') ? 'browser' : 'unit');
lines.sort((a, b) => cpu(b) - cpu(a));
const rows = Number(rowsArg) > 0 ? Number(rowsArg) : lines.length;
console.log('| file | wall s | CPU s (test process + spawned children + Chromium) |');
console.log('|---|---:|---:|');
for (const l of lines.slice(0, rows)) console.log(`| ${l.file} | ${s(l.wallMs)} | ${s(cpu(l))} (${s(l.cpuMs)} + ${s(l.childCpuMs)} + ${s(l.browserCpuMs)}) |`);
for (const name of ['unit', 'browser']) {
  const of = lines.filter((l) => project(l) === name);
  const sum = (f) => of.reduce((t, l) => t + f(l), 0);
  console.log(`| **${name}: ${of.length} files** | ${s(sum((l) => l.wallMs))} | ${s(sum(cpu))} |`);
}
