// `npm run extract` on real folders: files of every encoding, unreadable and binary files, symlink
// loops, the same text twice, an output that cannot be written, atomic compact output, the summary.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/cli/collectInputs';
import { decodeText } from '../../src/cli/decodeText';
import { warningsByKind } from '../../src/cli/extractSummary';
import { cliTestTimeout, runCli } from '../support/runCli';

const tmp = mkdtempSync(join(tmpdir(), 'dramatis-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => runCli('extract', args);
const article = (title: string, body: string) => `---\ntitle: ${title}\npublished: 2024-03-13\n---\n${body}\n`;
const utf16le = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

/** A folder with one file of each kind the CLI meets in the wild. */
function messyFolder(): string {
  const dir = mkdtempSync(join(tmp, 'messy-'));
  writeFileSync(join(dir, 'a-utf8.md'), article('Nairobi talks', 'Kenya hosted Somali envoys in Nairobi on Monday.'));
  writeFileSync(join(dir, 'b-latin1.md'), Buffer.from(article('Bogotá talks', 'Colombia met Ecuadorian officials in Bogotá on Tuesday.'), 'latin1'));
  writeFileSync(join(dir, 'c-utf16-bom.txt'), utf16le('Addis Ababa talks\nEthiopia hosted Eritrean envoys on Monday, 12 February 2024.\n', true));
  writeFileSync(join(dir, 'd-utf16-nobom.md'), utf16le(article('Dakar talks', 'Senegal met Malian officials in Dakar on Monday.'), false));
  writeFileSync(join(dir, 'e-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'f-same-text.md'), article('Nairobi talks', 'Kenya hosted Somali envoys in Nairobi on Monday.'));
  symlinkSync(join(dir, 'missing.md'), join(dir, 'g-broken-link.md'));
  symlinkSync(join(dir, 'i-loop.md'), join(dir, 'j-loop.md'));
  symlinkSync(join(dir, 'j-loop.md'), join(dir, 'i-loop.md'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'h-nested.md'), article('Luanda talks', 'Angola mediated between Congo and Rwanda on Monday.'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  writeFileSync(join(dir, 'notes.json'), '{}');
  return dir;
}

describe('decoding files', () => {
  it('reads UTF-8 (BOM or not), UTF-16 by BOM or by bytes, and Latin-1 with a note; refuses binary data', () => {
    expect(decodeText(Buffer.from('\uFEFFKenya hosted Somalia.', 'utf8'))).toEqual({ ok: true, text: 'Kenya hosted Somalia.' });
    expect(decodeText(utf16le('Ethiopia met Eritrea.', true))).toMatchObject({ ok: true, text: 'Ethiopia met Eritrea.', note: expect.stringContaining('UTF-16') });
    expect(decodeText(utf16le('Ethiopia met Eritrea.', false))).toMatchObject({ ok: true, text: 'Ethiopia met Eritrea.', note: expect.stringContaining('no BOM') });
    expect(decodeText(Buffer.from('Bogotá said Quito erred.', 'latin1'))).toMatchObject({ ok: true, text: 'Bogotá said Quito erred.', note: expect.stringContaining('Latin-1') });
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });

  it('walks folders once: symlink loops, broken links, binary files and repeated texts are reported and skipped', () => {
    const dir = messyFolder();
    const report = collectInputs([dir, join(dir, 'a-utf8.md')]);
    expect(report.files.map((f) => f.name)).toEqual(['a-utf8.md', 'b-latin1.md', 'c-utf16-bom.txt', 'd-utf16-nobom.md', 'h-nested.md']);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason]));
    expect(reasons).toEqual({
      'e-binary.md': expect.stringContaining('not a text file'),
      'f-same-text.md': expect.stringContaining('same text as'),
      'g-broken-link.md': expect.stringContaining('cannot be read'),
      'i-loop.md': 'cannot be read: symlink loop',
      'j-loop.md': 'cannot be read: symlink loop',
      'sub/loop': expect.stringContaining('symlink loop'),
    });
    expect(report.notes.map((n) => n.path.slice(dir.length + 1))).toEqual(['b-latin1.md', 'c-utf16-bom.txt', 'd-utf16-nobom.md']);
  });

  it('groups warnings by kind, with the documents that gave them', () => {
    const groups = warningsByKind(['a: 2 relations were left out because the article has no date: add one.', 'b: 1 relations were left out because the article has no date: add one.', 'c: something else']);
    expect(groups[0]).toEqual({ kind: 'N relations were left out because the article has no date: add one.', documents: ['a', 'b'] });
  });
});

describe('npm run extract on a real folder', () => {
  it('reads what it can, skips the rest with reasons, writes compact JSON atomically and a short summary', () => {
    const dir = messyFolder();
    const out = join(tmp, 'out', 'graph.json');
    const r = run(dir, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/\n\s/); // compact: no indentation
    const graph = JSON.parse(text) as { attributes: { documents: { id: string; body: string }[] } };
    expect(graph.attributes.documents.map((d) => d.id)).toEqual(['a-utf8', 'b-latin1', 'c-utf16-bom', 'd-utf16-nobom', 'h-nested']);
    expect(graph.attributes.documents.find((d) => d.id === 'b-latin1')!.body).toContain('Bogotá');
    expect(readdirSync(join(tmp, 'out'))).toEqual(['graph.json']); // no temporary file left
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^5 documents read, 6 files skipped: \d+ actors, \d+ events/);
    expect(lines.length).toBeLessThanOrEqual(14);
    expect(r.stderr).toContain('e-binary.md: not a text file');
    expect(r.stderr).toMatch(/b-latin1\.md: not UTF-8: read as Latin-1/);
    expect(r.stderr).not.toContain('(2024-03-13'); // per-document lines only with --verbose
  }, cliTestTimeout(1));

  it('--verbose adds a line per document; --strict refuses to write when a file was skipped', () => {
    const dir = messyFolder();
    const verbose = run(dir, '--verbose');
    expect(verbose.status, verbose.stderr).toBe(0);
    expect(verbose.stderr).toContain('  h-nested (2024-03-13)');
    const out = join(tmp, 'strict.json');
    const strict = run(dir, '--strict', '--out', out);
    expect(strict.status, strict.stderr).toBe(1);
    expect(strict.stderr).toContain('--strict: 6 files were skipped, so nothing was written.');
    expect(existsSync(out)).toBe(false);
  }, cliTestTimeout(2));

  it('checks --out before any work, and leaves an existing output untouched when nothing could be read', () => {
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const refused = run(messyFolder(), '--out', join(blocker, 'graph.json'));
    expect(refused.status, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/^Cannot write .*graph\.json: its folder cannot be created/);
    expect(refused.stderr).not.toContain('documents read');
    const out = join(tmp, 'kept.json');
    writeFileSync(out, '{"old":true}');
    const dir = mkdtempSync(join(tmp, 'unreadable-'));
    writeFileSync(join(dir, 'x.md'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    const nothing = run(dir, '--out', out);
    expect(nothing.status, nothing.stderr).toBe(1);
    expect(nothing.stderr).toContain('Nothing could be read.');
    expect(readFileSync(out, 'utf8')).toBe('{"old":true}');
  }, cliTestTimeout(2));
});
