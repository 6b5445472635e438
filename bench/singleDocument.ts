// One long document, extracted on one core at 1, 5, 10 and 20 MB: time and peak memory per MB, which
// should stay flat (linear cost). Each size runs in a child process of its own so its peak resident
// memory is its alone. `node --import tsx bench/singleDocument.ts --one <MB>` runs a single size.
// The dependency parser reads every sentence, as in the app; SINGLE_DOCUMENT_PARSER=0 leaves it out.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateArticles } from '../src/cli/synthetic/textCorpus';

const SIZES_MB = (process.env.SINGLE_DOCUMENT_MB ?? '1,5,10,20').split(',').map(Number);
const MB = 1_000_000;

/** One news-like document of at least `mb` million characters: generated articles' bodies, one after another. */
function longDocument(mb: number): string {
  const bodies: string[] = [];
  let length = 0;
  for (let seed = 1; length < mb * MB; seed++) {
    for (const a of generateArticles(50, 700, seed)) {
      const body = a.text.split('---\n')[2]!;
      bodies.push(body);
      length += body.length;
    }
  }
  return `---\ntitle: One long document\npublished: 2025-06-01\n---\n${bodies.join('\n')}`;
}

async function measureOne(mb: number): Promise<void> {
  const { defaultResources } = await import('../src/extract/defaultResources');
  const { extractCorpus } = await import('../src/extract/extractCorpus');
  const { readSyntaxModelFile } = await import('../src/cli/syntaxModelFile');
  const resources = process.env.SINGLE_DOCUMENT_PARSER === '0' ? defaultResources() : { ...defaultResources(), syntax: readSyntaxModelFile() };
  extractCorpus(generateArticles(40, 700, 1), resources); // warm up the model and the JIT (the parser needs more than a few sentences)
  const text = longDocument(mb);
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = extractCorpus([{ name: 'long.md', text }], resources);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ chars: text.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: process.resourceUsage().maxRSS * 1024, rssBefore, events: result.events.length }));
}

function runAll(): void {
  const script = fileURLToPath(import.meta.url);
  const rows: string[] = [];
  const perMb: { ms: number; mem: number }[] = [];
  for (const mb of SIZES_MB) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', script, '--one', String(mb)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the ${mb} MB run failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { chars: number; ms: number; cpuMs: number; peakRss: number; rssBefore: number; events: number };
    const size = r.chars / MB;
    const extra = (r.peakRss - r.rssBefore) / MB;
    perMb.push({ ms: r.cpuMs / size, mem: extra / size });
    rows.push(`| ${size.toFixed(1)} | ${(r.ms / 1000).toFixed(1)} | ${(r.cpuMs / 1000).toFixed(1)} | ${(r.cpuMs / 1000 / size).toFixed(2)} | ${(r.peakRss / MB).toFixed(0)} | ${(extra / size).toFixed(0)} | ${r.events} |`);
  }
  console.log('| MB of text | wall s | CPU s | CPU s per MB | peak RSS MB | peak RSS over the text, MB per MB | events |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs) - 1;
  console.log(`\nCPU time per MB (wall time depends on what else the machine runs) varies by ${(100 * spread(perMb.map((p) => p.ms))).toFixed(0)}% across sizes, memory per MB by ${(100 * spread(perMb.map((p) => p.mem))).toFixed(0)}% (linear: within 20%).`);
}

const at = process.argv.indexOf('--one');
if (at >= 0) await measureOne(Number(process.argv[at + 1]));
else runAll();
