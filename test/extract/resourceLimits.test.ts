// Resource limits: oversized files are refused by their size before they are read, graphs too big to
// draw are refused before they are fitted, and a 1 MB line is read in bounded time.
import { describe, expect, it } from 'vitest';
import { articleDocument, readArticleDraft } from '../../src/extract/articleDraft';
import { MAX_SENTENCE_CHARS } from '../../src/extract/documentSyntax';
import { checkImportSize, importGraphText, MAX_IMPORT_ACTORS, MAX_IMPORT_BYTES, MAX_IMPORT_RELATIONS } from '../../src/graph/formats';
import { checkCombinedCounts, csvRowCount } from '../../src/graph/formats/importLimits';
import { backupOverLimit, fileTooBig, MAX_BACKUP_BYTES, MAX_PASTED_CHARS, pastedTooLong } from '../../src/store/fileLimits';
import { readArticle } from '../../src/workers/readArticle';

/**
 * Runs `work` and gives the CPU time this process spent on it: the bounds below are on the work
 * (no runaway parsing), not on wall time, which other processes on a busy machine stretch.
 */
function cpuTimed<T>(work: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

const MB = 1024 * 1024;
const EDGES = { csvMapping: { source: 'source', target: 'target', evidence: 'evidence' } };

describe('file sizes, checked before reading', () => {
  it('refuses a 100 MB file on every way in, naming its size and the limit', () => {
    const bytes = 100 * MB;
    expect(checkImportSize('big.gexf', bytes)).toBe('big.gexf is 100.0 MB; files over 50.0 MB are not imported.');
    expect(fileTooBig('article', 'big.txt', bytes)).toBe('big.txt is 100.0 MB; articles over 5.0 MB are not read.');
    expect(fileTooBig('backup', 'big.dramatis-workspace.json', bytes)).toBe('big.dramatis-workspace.json is 100.0 MB; workspace backups over 80.0 MB are not read.');
    expect(fileTooBig('story', 'big.json', bytes)).toBe('big.json is 100.0 MB; story files over 50.0 MB are not read.');
  });

  it('takes files up to each limit', () => {
    expect(checkImportSize('ok.json', MAX_IMPORT_BYTES)).toBeNull();
    expect(fileTooBig('article', 'ok.md', 5 * MB)).toBeNull();
    expect(fileTooBig('backup', 'ok.json', MAX_BACKUP_BYTES)).toBeNull();
    expect(fileTooBig('backup', 'over.json', MAX_BACKUP_BYTES + 1)).toMatch(/over 80\.0 MB/);
    expect(fileTooBig('story', 'ok.json', MAX_IMPORT_BYTES)).toBeNull();
  });

  it('warns when a saved backup is too big to be restored', () => {
    expect(backupOverLimit(MAX_BACKUP_BYTES)).toBeNull();
    expect(backupOverLimit(90 * MB)).toBe(
      'This backup is about 90.0 MB, over the 80.0 MB that Restore backup reads, so it cannot be restored as it is. Remove large imported files under Loaded data and save again to get a backup that can be restored.',
    );
  });

  it('refuses pasted text over the article limit, counting characters', () => {
    expect(pastedTooLong('Iran said on Monday it would talk.')).toBeNull();
    expect(pastedTooLong('a'.repeat(MAX_PASTED_CHARS))).toBeNull();
    expect(pastedTooLong('a'.repeat(MAX_PASTED_CHARS + 1))).toBe(
      'The pasted text is 5,242,881 characters long; articles over 5,242,880 characters are not read. Paste one article at a time.',
    );
  });
});

describe('graphs too big to draw', () => {
  it('refuses a 100,000-actor CSV edge list before its columns are mapped, and again after (bound: 5 s of CPU)', () => {
    let csv = 'source,target,evidence\n';
    for (let i = 0; i < 50_000; i++) csv += `a${2 * i},a${2 * i + 1},\n`;
    const { value: outcome, ms } = cpuTimed(() => importGraphText('huge.csv', csv, EDGES));
    expect(ms).toBeLessThan(5_000);
    expect(outcome).toEqual({
      ok: false,
      message: `huge.csv: it holds 100,000 actors; Dramatis imports up to 20,000 actors and 200,000 relations per file, as larger graphs cannot be laid out and drawn in a browser tab. Import a part of it (filter it in Gephi or split the file).`,
    });
    // The rows alone, counted before parsing, refuse an edge list with too many relations.
    expect(csvRowCount(csv)).toBe(50_000);
    expect(csvRowCount('a,b\n' + 'x,y\n'.repeat(MAX_IMPORT_RELATIONS + 1))).toBe(MAX_IMPORT_RELATIONS + 1);
    expect(csvRowCount('a,b\nx,y')).toBe(1);
  });

  it('refuses a JSON graph over the actor limit before reading its nodes (bound: 2 s of CPU), and takes one at the limit', () => {
    const nodes = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `n${i}` }));
    const big = JSON.stringify({ nodes: nodes(100_000), edges: [{ source: 'n0', target: 'n1' }] });
    const { value: refused, ms } = cpuTimed(() => importGraphText('big.json', big));
    expect(ms).toBeLessThan(2_000);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^big\.json: it holds 100,000 actors; Dramatis imports up to 20,000 actors/);
    const atLimit = importGraphText('limit.json', JSON.stringify({ nodes: nodes(MAX_IMPORT_ACTORS), edges: [{ source: 'n0', target: 'n1' }] }));
    expect(atLimit.ok ? 'ok' : atLimit.message).toBe('ok');
    if (atLimit.ok) expect(atLimit.graph.nodes).toHaveLength(MAX_IMPORT_ACTORS);
  });
});

describe('several imports adding up', () => {
  it('refuses an import that would take the graph on screen past the limits, naming what it would hold', () => {
    expect(checkCombinedCounts(MAX_IMPORT_ACTORS, MAX_IMPORT_RELATIONS)).toBeNull();
    expect(checkCombinedCounts(30_000, 1_000)).toBe(
      'with it the graph would hold 30,000 actors; Dramatis shows up to 20,000 actors and 200,000 relations at once. Remove a source under Loaded data first, or import a part of the file.',
    );
    expect(checkCombinedCounts(100, MAX_IMPORT_RELATIONS + 1)).toMatch(/^with it the graph would hold 200,001 relations;/);
  });
});

describe('a 1 MB single line', () => {
  const line = 'Iran and the United States met in Geneva on Monday and Russia accused Ukraine of attacks on March 3, while France urged China to talk, '.repeat(8_000);

  it('an article whose text is one 1 MB line is read within 20 s of CPU, its over-long sentence skipped with a warning, the next paragraph still read', () => {
    expect(line.length).toBeGreaterThan(1_000_000);
    const text = `Talks in Geneva\n\n${line}\n\nRussia accused Ukraine of attacks on Monday.\n`;
    const draft = readArticleDraft({ kind: 'paste', fileName: null, text });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const doc = articleDocument(draft.draft, { title: 'Talks in Geneva', published: '2025-03-05', source: '', url: '' });
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    const { value: result, ms } = cpuTimed(() => readArticle({ id: 1, kind: 'article', doc: doc.doc, actors: [] }));
    expect(ms).toBeLessThan(20_000);
    expect(result.warnings).toContain(
      `${doc.doc.id}: 1 sentence is longer than 2,000 characters (text without sentence breaks?) and was not read for relations.`,
    );
    // Only the short sentence gives relations; each quotes its document exactly.
    expect(result.events.length).toBeGreaterThan(0);
    for (const e of result.events) {
      expect(e.evidence.end - e.evidence.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(doc.doc.body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
    expect(result.events.some((e) => e.relation === 'accusation' && e.evidence.text === 'Russia accused Ukraine of attacks on Monday.')).toBe(true);
  });

  it('a CSV with a 1 MB cell, a JSON and a GEXF with a 1 MB attribute import whole within 5 s of CPU each', () => {
    const long = 'x'.repeat(MB);
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="${long}"/><node id="b" label="b"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`;
    const json = JSON.stringify({ nodes: [{ key: 'a', attributes: { label: long } }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { evidence: long } }] });
    const read = (name: string, text: string, options = {}) => {
      const { value: outcome, ms } = cpuTimed(() => importGraphText(name, text, options));
      expect(ms, name).toBeLessThan(5_000);
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.graph;
    };
    const csvGraph = read('long.csv', `source,target,evidence\na,b,${long}\n`, EDGES);
    expect(csvGraph.edges[0]!.attributes!.evidence.text).toBe(long);
    const jsonGraph = read('long.json', json);
    expect(jsonGraph.nodes.find((n) => n.key === 'a')!.attributes!.label).toBe(long);
    expect(jsonGraph.edges[0]!.attributes!.evidence.text).toBe(long);
    const gexfGraph = read('long.gexf', gexf);
    expect(gexfGraph.nodes.find((n) => n.key === 'a')!.attributes!.label).toBe(long);
  });
});
